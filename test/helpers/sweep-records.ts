import type { Candidate, StrategyResult } from '../../src/core/run';
import type { SweepRecord } from '../../src/core/sweep';
import type { Verdict, VerdictKind } from '../../src/core/verdict';

/* Sweep records built from a list of verdicts, for the summary and report tests. */

export function verdict(kind: VerdictKind): Verdict {
  const base = { judge: 'interpreter' as const, ms: 1, stdout: '' };
  switch (kind) {
    case 'no_code':
      return { ...base, kind };
    case 'syntax_error':
    case 'compile_error':
      return { ...base, kind, diagnostics: [] };
    case 'runtime_error':
      return { ...base, kind, message: 'panic', line: null, column: null, tests: [] };
    case 'timeout':
      return { ...base, kind, limitMs: 1000, tests: [] };
    case 'wrong_answer':
    case 'pass':
      return { ...base, kind, tests: [] };
    case 'unknown':
      return { ...base, kind, reason: 'undecided' };
  }
}

export interface RecordOptions {
  strategy?: string;
  label?: string;
  model?: string;
  task?: string;
  seed?: number;
  /** The selection's verdict; defaults to the first candidate's. */
  selected?: VerdictKind | null;
  /** Per candidate. */
  promptTokens?: number | null;
  completionTokens?: number;
  generationMs?: number;
  /** Defaults to 1000 ms per candidate. */
  wallMs?: number;
}

/** A finished cell whose candidates got `verdicts` on the hidden tests. */
export function record(verdicts: (VerdictKind | null)[], options: RecordOptions = {}): SweepRecord {
  const strategyId = options.strategy ?? 'baseline';
  const promptTokens = options.promptTokens === undefined ? 50 : options.promptTokens;
  const completionTokens = options.completionTokens ?? 100;
  const candidates: Candidate[] = verdicts.map((kind, index) => ({
    index,
    request: { messages: [], temperature: 0.3, top_p: 1, max_tokens: 512, seed: index, stop: [] },
    generation: {
      text: '',
      textCoverage: 'full',
      finishReason: 'stop',
      usage: { promptTokens, completionTokens },
      timings: { timeToFirstTokenMs: null, prefillTokensPerSecond: null, decodeTokensPerSecond: null, totalMs: options.generationMs ?? 800 },
      sent: { temperature: 0.3, top_p: 1, max_tokens: 512, seed: index },
    },
    code: 'fn main() {}',
    verdict: kind === null ? null : verdict(kind),
  }));
  const selected = options.selected === undefined ? (verdicts[0] ?? null) : options.selected;
  const result: StrategyResult = {
    strategyId,
    strategyLabel: options.label ?? strategyId,
    candidates,
    selection: { index: 0, reason: 'test', code: 'fn main() {}', verdict: selected === null ? null : verdict(selected) },
    cost: {
      calls: verdicts.length,
      promptTokens: promptTokens === null ? null : promptTokens * verdicts.length,
      completionTokens: completionTokens * verdicts.length,
      wallMs: options.wallMs ?? 1000 * verdicts.length,
    },
  };
  const model = options.model ?? 'tiny';
  return {
    cell: { model: { engine: 'webllm', modelId: model }, taskId: options.task ?? 'is-prime', strategyId, seed: options.seed ?? 1 },
    modelLabel: model,
    result,
  };
}
