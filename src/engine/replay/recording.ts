import type { ChatMessage, SentParameters, TextCoverage } from '../../core/generation';

/**
 * A transcription of earlier model calls. Fields are null where the source did not record them;
 * playback never invents text, and marks any figure it had to derive from recorded totals.
 */
export interface Recording {
  id: string;
  title: string;
  /** Where the recording comes from and how it was made, for the "this is a recording" label. */
  provenance: string;
  /** The model as the recording names it, e.g. "TinyLlama 1.1B (Ollama: tinyllama)". */
  modelLabel: string;
  task: { id: string; title: string; prompt: string };
  runs: RecordedStrategyRun[];
}

/** One strategy's calls and the figures the source reported for it. */
export interface RecordedStrategyRun {
  strategyId: string;
  strategyLabel: string;
  /** What the strategy did, in one sentence. */
  summary: string;
  calls: RecordedCall[];
  /** The run's totals as reported: generated tokens and wall time. */
  totals: { completionTokens: number; seconds: number };
  /** The answer the original strategy chose, as recorded. */
  selection: { callIndex: number | null; code: string; reason: string };
  /**
   * The source's own figures and hand-written quality judgement, verbatim; `approved` is its
   * ✅ or ❌ mark.
   */
  claims: { speed: string; cost: string; quality: string; approved: boolean; notes: string[] };
}

export interface RecordedCall {
  label: string;
  messages: ChatMessage[];
  /** What the source meant to send; `sent` records what it did send. */
  intended: { temperature: number; max_tokens: number };
  sent: SentParameters;
  /** null: only the run's total was recorded. */
  completionTokens: number | null;
  /** null: only the run's total was recorded. */
  seconds: number | null;
  /** null: the reply's text was not recorded. */
  text: string | null;
  /** How much of the reply `text` is (ignored when text is null). */
  textCoverage: Exclude<TextCoverage, 'none'>;
}

/** A call ready to play: every figure filled in, derived ones flagged. */
export interface ReplayItem {
  strategyId: string;
  callIndex: number;
  messages: ChatMessage[];
  sent: SentParameters;
  completionTokens: number;
  recordedMs: number;
  text: string;
  textCoverage: TextCoverage;
  /** Which figures were derived from the run's totals because the call's own were not recorded. */
  derived: { tokens: boolean; time: boolean };
}

/**
 * The calls of a recording in order, with missing per-call figures derived from the run's totals:
 * unknown token counts split the total evenly, unknown times split the total in proportion to tokens.
 * Derived figures sum exactly to the recorded totals.
 */
export function planReplay(recording: Recording): ReplayItem[] {
  return recording.runs.flatMap(planRun);
}

function planRun(run: RecordedStrategyRun): ReplayItem[] {
  const tokens = fillShares(
    run.calls.map((c) => c.completionTokens),
    run.totals.completionTokens,
    () => 1,
  );
  const totalMs = Math.round(run.totals.seconds * 1000);
  const ms = fillShares(
    run.calls.map((c) => (c.seconds === null ? null : Math.round(c.seconds * 1000))),
    totalMs,
    (i) => tokens[i] ?? 0,
  );
  return run.calls.map((call, i) => ({
    strategyId: run.strategyId,
    callIndex: i,
    messages: call.messages,
    sent: call.sent,
    completionTokens: tokens[i] ?? 0,
    recordedMs: ms[i] ?? 0,
    text: call.text ?? '',
    textCoverage: call.text === null ? 'none' : call.textCoverage,
    derived: { tokens: call.completionTokens === null, time: call.seconds === null },
  }));
}

/**
 * Fills the null entries so that all entries sum to `total`, sharing what is left in proportion
 * to `weight(i)`; rounding leftovers go to the earliest unknown entries.
 */
function fillShares(known: (number | null)[], total: number, weight: (i: number) => number): number[] {
  const unknown = known.flatMap((v, i) => (v === null ? [i] : []));
  const left = total - known.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const weights = unknown.map(weight);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (weightSum > 0 ? Math.floor((left * w) / weightSum) : 0));
  let leftover = left - shares.reduce((a, b) => a + b, 0);
  const result = known.map((v) => v ?? 0);
  unknown.forEach((index, k) => {
    const extra = leftover > 0 ? 1 : 0;
    leftover -= extra;
    result[index] = (shares[k] ?? 0) + extra;
  });
  return result;
}
