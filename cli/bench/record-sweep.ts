/*
 * Records a sweep as a Recording the replay engine can play back: a scripted "small model" answers
 * every request (mostly the task's reference solution, sometimes a broken variant chosen from the
 * request's seed), each call is given the timings a real model would have taken at `pace`, and the
 * calls of each finished cell become one recorded strategy run. For `npm run bench:strategies`.
 */
import type { Generation, GenerationRequest } from '../../src/core/generation';
import type { SweepPlan, SweepRecord } from '../../src/core/sweep';
import type { Task } from '../../src/core/task';
import type { Engine } from '../../src/engine/engine';
import type { RecordedCall, RecordedStrategyRun, Recording } from '../../src/engine/replay/recording';
import type { Judge } from '../../src/judge/judge';
import { runSweep } from '../../src/strategies/sweep-runner';
import { systemClock } from '../../src/core/clock';

/** How fast the recorded model is: TinyLlama 1.1B on a laptop GPU. */
export interface Pace {
  decodeTokensPerSecond: number;
  timeToFirstTokenMs: number;
}

export const TINYLLAMA_LAPTOP_PACE: Pace = { decodeTokensPerSecond: 25, timeToFirstTokenMs: 300 };

/** Tokens of a text, the usual ≈ 4 characters per token (at least 1). */
export function approxTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/** A well-mixed 32-bit hash of a request seed, so neighbouring seeds pick unrelated variants. */
function mix(seed: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const INTROS = ['Here is a Rust function that does this:', 'Sure! Here is an implementation:', "Here's a simple solution in Rust:"];
const OUTROS = [
  'This function handles the edge cases and runs in linear time or better.',
  'You can call it from `main` to check the examples.',
  'Let me know if you want a version with more comments.',
];

/** The code without one `let` statement's semicolon (any statement's, when there is no `let`). */
export function dropSemicolon(code: string, pick: number): string {
  const lines = code.split('\n');
  const lets = lines.flatMap((l, i) => (/^\s*let .*;\s*$/.test(l) ? [i] : []));
  const ends = lets.length > 0 ? lets : lines.flatMap((l, i) => (/;\s*$/.test(l) ? [i] : []));
  if (ends.length === 0) return `${code}\n;;`;
  const at = ends[pick % ends.length]!;
  lines[at] = lines[at]!.replace(/;(\s*)$/, '$1');
  return lines.join('\n');
}

/** An off-by-one: the first comparison or range bound moved by one; a missing semicolon when there is none. */
export function offByOne(code: string, pick: number): string {
  const edits: [RegExp, string][] = [
    [/<=/, '<'],
    [/ < /, ' <= '],
    [/>=/, '>'],
    [/\.\.=/, '..'],
    [/ - 1\b/, ''],
    [/ \+ 1\b/, ''],
  ];
  for (const [pattern, replacement] of edits) if (pattern.test(code)) return code.replace(pattern, replacement);
  return dropSemicolon(code, pick);
}

/** The task a request is about: the one whose prompt its first user message quotes (the longest such prompt). */
function taskOf(request: GenerationRequest, tasks: readonly Task[]): Task | undefined {
  const asked = request.messages.find((m) => m.role === 'user')?.content ?? '';
  return tasks.filter((t) => asked.includes(t.prompt)).sort((a, b) => b.prompt.length - a.prompt.length)[0];
}

/**
 * What a plausible small model replies: for a rating request, a score (high when the rated reply
 * holds the reference solution); for a repair turn, usually the reference solution; for a fresh
 * question, the reference solution in a ```rust fence with prose around it, broken about a third of
 * the time (a missing semicolon or an off-by-one). Deterministic in the request's seed.
 */
export function plausibleReply(request: GenerationRequest, tasks: readonly Task[]): string {
  const h = mix(request.seed);
  const task = taskOf(request, tasks);
  const reference = task?.referenceSolution ?? null;
  if (request.messages[0]?.content.includes('reviewer')) {
    const rated = request.messages.at(-1)?.content ?? '';
    const good = reference !== null && rated.includes(reference);
    return String(good ? 7 + (h % 3) : 3 + (h % 4));
  }
  if (reference === null) return "I'm not sure how to write this in Rust.";
  const repairing = request.messages.some((m) => m.role === 'assistant');
  const brokenShare = repairing ? 15 : 35;
  let code = reference;
  if (h % 100 < brokenShare) code = (h >>> 8) % 2 === 0 ? dropSemicolon(reference, h >>> 12) : offByOne(reference, h >>> 12);
  const intro = repairing ? 'You are right, here is the corrected function:' : INTROS[(h >>> 16) % INTROS.length]!;
  return `${intro}\n\n\`\`\`rust\n${code}\n\`\`\`\n\n${OUTROS[(h >>> 20) % OUTROS.length]!}`;
}

/** One captured call: the request, the reply and the figures the model would have reported. */
export interface CapturedCall {
  request: GenerationRequest;
  text: string;
  completionTokens: number;
  totalMs: number;
}

/** The call's wall time at `pace`: time to first token, then the tokens at the decode rate. */
export function callMs(completionTokens: number, pace: Pace): number {
  return Math.round(pace.timeToFirstTokenMs + (completionTokens * 1000) / pace.decodeTokensPerSecond);
}

/**
 * An engine that answers at once with `plausibleReply`, reporting the timings it would have taken
 * at `pace`, and captures every call.
 */
export function capturingEngine(tasks: readonly Task[], pace: Pace) {
  const calls: CapturedCall[] = [];
  const engine: Engine = {
    capabilities: async () => ({ engine: 'replay', available: true, reason: null, details: ['Scripted replies for recording a benchmark.'] }),
    load: async () => {},
    unload: async () => {},
    async generate(request, onToken): Promise<Generation> {
      const text = plausibleReply(request, tasks);
      const completionTokens = approxTokens(text);
      const totalMs = callMs(completionTokens, pace);
      calls.push({ request, text, completionTokens, totalMs });
      onToken({ text, tokens: completionTokens });
      return {
        text,
        textCoverage: 'full',
        finishReason: 'stop',
        usage: { promptTokens: approxTokens(request.messages.map((m) => m.content).join('\n')), completionTokens },
        timings: { timeToFirstTokenMs: pace.timeToFirstTokenMs, prefillTokensPerSecond: null, decodeTokensPerSecond: pace.decodeTokensPerSecond, totalMs },
        sent: { temperature: request.temperature, top_p: request.top_p, max_tokens: request.max_tokens, seed: request.seed },
      };
    },
  };
  return { engine, calls };
}

/** A finished cell's captured calls as one recorded strategy run. */
function recordedRun(record: SweepRecord, calls: CapturedCall[]): RecordedStrategyRun {
  const { result } = record;
  const recordedCalls: RecordedCall[] = calls.map((call, i) => ({
    label: `${record.cell.taskId} · seed ${record.cell.seed} · call ${i + 1}`,
    messages: call.request.messages,
    intended: { temperature: call.request.temperature, max_tokens: call.request.max_tokens },
    sent: { temperature: call.request.temperature, top_p: call.request.top_p, max_tokens: call.request.max_tokens, seed: call.request.seed },
    completionTokens: call.completionTokens,
    seconds: call.totalMs / 1000,
    text: call.text,
    textCoverage: 'full',
  }));
  const completionTokens = calls.reduce((sum, c) => sum + c.completionTokens, 0);
  const ms = calls.reduce((sum, c) => sum + c.totalMs, 0);
  const verdict = result.selection.verdict?.kind ?? 'none';
  return {
    strategyId: result.strategyId,
    strategyLabel: result.strategyLabel,
    summary: `${result.strategyLabel} on ${record.cell.taskId}, seed ${record.cell.seed}: ${calls.length} call${calls.length === 1 ? '' : 's'}.`,
    calls: recordedCalls,
    totals: { completionTokens, seconds: ms / 1000 },
    selection: { callIndex: result.selection.index, code: result.selection.code ?? '', reason: result.selection.reason },
    claims: {
      speed: `${ms > 0 ? ((completionTokens * 1000) / ms).toFixed(1) : '0'} tokens/s`,
      cost: `${completionTokens} tokens`,
      quality: verdict,
      approved: verdict === 'pass',
      notes: [],
    },
  };
}

export interface RecordSweepDeps {
  judge: Judge;
  tasks: readonly Task[];
  recordingId: string;
  pace?: Pace;
}

export interface RecordedSweep {
  recording: Recording;
  /** The sweep's records as the recording run produced them (to compare a replay with). */
  records: SweepRecord[];
  /** Every call in order, with the figures given to it. */
  calls: CapturedCall[];
}

/**
 * Runs `plan` one cell at a time against the capturing engine (and the given judge) and turns what
 * it asked and got into a Recording: one run per cell, in the order the cells ran, so a ReplayEngine
 * loaded with it answers the same sweep with the same replies.
 */
export async function recordSweep(plan: SweepPlan, deps: RecordSweepDeps): Promise<RecordedSweep> {
  const pace = deps.pace ?? TINYLLAMA_LAPTOP_PACE;
  const { engine, calls } = capturingEngine(deps.tasks, pace);
  const runs: RecordedStrategyRun[] = [];
  let taken = 0;
  const outcome = await runSweep(plan, {
    engineFor: async () => engine,
    judge: deps.judge,
    taskById: (id) => deps.tasks.find((t) => t.id === id),
    modelLabel: () => deps.recordingId,
    store: { finishedKeys: async () => new Set(), put: async () => {} },
    clock: systemClock,
    signal: new AbortController().signal,
    onProgress: () => {},
    // One cell at a time (the runner's default), so the calls since the last record are this cell's.
    onRecord: (record) => {
      runs.push(recordedRun(record, calls.slice(taken)));
      taken = calls.length;
    },
  });
  const first = deps.tasks.find((t) => t.id === plan.taskIds[0]);
  const recording: Recording = {
    id: deps.recordingId,
    title: `Benchmark sweep: ${plan.taskIds.length} tasks × ${plan.strategies.length} strategies × ${plan.seeds.length} seeds`,
    provenance: `Scripted small-model replies at ${pace.decodeTokensPerSecond} tokens/s, ${pace.timeToFirstTokenMs} ms to first token (cli/bench/record-sweep.ts).`,
    modelLabel: 'Scripted TinyLlama-like model',
    task: { id: first?.id ?? '', title: first?.title ?? '', prompt: first?.prompt ?? '' },
    runs,
  };
  return { recording, records: outcome.records, calls };
}
