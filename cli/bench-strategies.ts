// How much of a sweep's wall time is spent outside generation (extraction, judging, storage, UI
// updates)? Records a sweep against scripted small-model replies at TinyLlama-on-a-laptop pace,
// replays the same plan through the replay engine with the real judge, and splits the wall time.
//   npm run bench:strategies [-- --tasks N] [--seeds N] [--speed S]
// Target: ≤ 5% outside generation at the recorded pace (speed 1).
import { systemClock } from '../src/core/clock';
import { describeModel, type ModelRef } from '../src/core/model';
import { cellKey, sweepCells, type SweepPlan, type SweepRecord } from '../src/core/sweep';
import { summarizeSweep } from '../src/core/sweep-summary';
import { builtinTasks, taskById } from '../src/core/tasks';
import type { Engine } from '../src/engine/engine';
import { ReplayEngine } from '../src/engine/replay/replay-engine';
import type { Judge } from '../src/judge/judge';
import { createLocalJudge } from '../src/judge/local-judge';
import { loadRustParser } from '../src/judge/syntax/tree-sitter';
import { STRATEGIES } from '../src/strategies/registry';
import { runSweep, type SweepDeps, type SweepProgress } from '../src/strategies/sweep-runner';
import { recordSweep, TINYLLAMA_LAPTOP_PACE } from './bench/record-sweep';
import { nodeParserAssets } from './node-parser-assets';

const TARGET_SHARE = 0.05;
const RECORDING_ID = 'bench-strategies';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number.`);
  return value;
};
const taskCount = Math.min(builtinTasks.length, Math.round(numberArg('--tasks', 8)));
const seedCount = Math.round(numberArg('--seeds', 2));
const speed = numberArg('--speed', 20);

const model: ModelRef = { engine: 'replay', recordingId: RECORDING_ID, speed };
const plan: SweepPlan = {
  models: [model],
  taskIds: builtinTasks.slice(0, taskCount).map((t) => t.id),
  strategies: STRATEGIES.map((s) => ({ id: s.id, options: {} })),
  seeds: Array.from({ length: seedCount }, (_, i) => i + 1),
};
const cells = sweepCells(plan).length;

const parser = loadRustParser(nodeParserAssets());
const localJudge = createLocalJudge(() => parser);
await parser;

// 1. Record: scripted replies, timed as the real model would have taken.
const recordStart = performance.now();
const recorded = await recordSweep(plan, { judge: localJudge, tasks: builtinTasks, recordingId: RECORDING_ID, pace: TINYLLAMA_LAPTOP_PACE });
const recordMs = performance.now() - recordStart;
const recordedGenerationMs = recorded.calls.reduce((sum, c) => sum + c.totalMs, 0);
const recordedTokens = recorded.calls.reduce((sum, c) => sum + c.completionTokens, 0);
console.log(`Sweep: ${taskCount} tasks × ${plan.strategies.length} strategies × ${seedCount} seeds = ${cells} cells`);
console.log(
  `Recorded ${recorded.calls.length} calls, ${recordedTokens} tokens at ${TINYLLAMA_LAPTOP_PACE.decodeTokensPerSecond} tokens/s after ${TINYLLAMA_LAPTOP_PACE.timeToFirstTokenMs} ms to first token: ` +
    `${(recordedGenerationMs / 1000).toFixed(0)} s of generation at 1× (recording run took ${(recordMs / 1000).toFixed(1)} s)`,
);
console.log(`Replaying at ${speed}× (≈ ${(recordedGenerationMs / speed / 1000).toFixed(0)} s of generation)…\n`);

// 2. Replay the same plan, timing what each part of the work costs as its caller sees it.
let generationMs = 0;
let judgeMs = 0;
let storeMs = 0;
let uiMs = 0;
let judgeCalls = 0;

const replay = new ReplayEngine(systemClock, new Map([[RECORDING_ID, recorded.recording]]));
await replay.load(model, () => {});
const timedEngine: Engine = {
  capabilities: () => replay.capabilities(),
  load: (m, onProgress, signal) => replay.load(m, onProgress, signal),
  unload: () => replay.unload(),
  async generate(request, onToken, signal) {
    const t0 = performance.now();
    try {
      return await replay.generate(request, onToken, signal);
    } finally {
      generationMs += performance.now() - t0;
    }
  },
};
const timedJudge: Judge = {
  async judge(input, signal) {
    const t0 = performance.now();
    try {
      return await localJudge.judge(input, signal);
    } finally {
      judgeMs += performance.now() - t0;
      judgeCalls++;
    }
  },
};

// IndexedDB stand-in: each record serialized as the app's store would.
const stored = new Map<string, string>();
const store: SweepDeps['store'] = {
  finishedKeys: async () => new Set(stored.keys()),
  async put(record) {
    const t0 = performance.now();
    stored.set(cellKey(record.cell), JSON.stringify(record));
    storeMs += performance.now() - t0;
  },
};

// What the UI does on each update: a progress line, and the summary table recomputed per record.
const shown: SweepRecord[] = [];
let progressLine = '';
let summaryRows = 0;
const tty = process.stderr.isTTY;
const onProgress = (p: SweepProgress) => {
  const t0 = performance.now();
  const eta = p.etaMs === null ? '…' : `${Math.round(p.etaMs / 1000)} s`;
  const running = p.running.map((c) => `${c.strategyId} on ${c.taskId} (seed ${c.seed})`).join(', ');
  progressLine = `${p.done}/${p.total} cells · ${Math.round((100 * p.done) / p.total)}% · ETA ${eta}${running ? ` · ${running}` : ''}`;
  if (tty) process.stderr.write(`\r\x1b[2K${progressLine.slice(0, (process.stderr.columns ?? 100) - 1)}`);
  uiMs += performance.now() - t0;
};
const onRecord = (record: SweepRecord) => {
  const t0 = performance.now();
  shown.push(record);
  summaryRows = summarizeSweep(shown).length;
  uiMs += performance.now() - t0;
};

const wallStart = performance.now();
const outcome = await runSweep(plan, {
  engineFor: async () => timedEngine,
  judge: timedJudge,
  taskById,
  modelLabel: describeModel,
  store,
  clock: systemClock,
  signal: new AbortController().signal,
  onProgress,
  onRecord,
});
const wallMs = performance.now() - wallStart;
if (tty) process.stderr.write('\n');

// The replay must have given every cell the recorded replies: same selections, same verdicts.
const key = (r: SweepRecord) => JSON.stringify([cellKey(r.cell), r.result.selection.index, r.result.selection.verdict?.kind, r.result.candidates.map((c) => c.verdict?.kind)]);
const expected = new Set(recorded.records.map(key));
const differing = outcome.records.filter((r) => !expected.has(key(r))).length;

// 3. Measure.
const outsideMs = wallMs - generationMs;
const otherMs = outsideMs - judgeMs - storeMs - uiMs;
const share = outsideMs / wallMs;
const shareAt1 = outsideMs / (outsideMs + generationMs * speed);
const ms = (x: number) => `${x.toFixed(0).padStart(8)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const passes = outcome.records.filter((r) => r.result.selection.verdict?.kind === 'pass').length;

console.log(`Replayed ${outcome.records.length}/${cells} cells (${outcome.status}), ${passes} selections passed, ${summaryRows} summary rows; ${differing} cells differ from the recording run`);
console.log('');
console.log(`Measured at ${speed}×:`);
console.log(`  wall time            ${ms(wallMs)}`);
console.log(`  inside generate      ${ms(generationMs)}   (recorded pace / ${speed} would be ${(recordedGenerationMs / speed).toFixed(0)} ms; the rest is timer lateness)`);
console.log(`  outside generation   ${ms(outsideMs)}   = ${pct(share)} of wall time`);
console.log(`    judging            ${ms(judgeMs)}   (${judgeCalls} verdicts, ${(judgeMs / Math.max(1, judgeCalls)).toFixed(2)} ms each)`);
console.log(`    storage            ${ms(storeMs)}   (JSON into an in-memory map, ${stored.size} records)`);
console.log(`    UI updates         ${ms(uiMs)}   (progress line, summary recomputed per record)`);
console.log(`    other              ${ms(otherMs)}   (code extraction, strategy and runner logic)`);
console.log('');
console.log(`Extrapolated to 1× (generation × ${speed}, outside unchanged): outside share ${pct(shareAt1)}`);
console.log(`Target: ≤ ${pct(TARGET_SHARE)} outside generation at 1× → ${shareAt1 <= TARGET_SHARE ? 'met' : 'NOT met'}  (measured at ${speed}×, where judging weighs ${speed}× more: ${pct(share)}, ${share <= TARGET_SHARE ? 'within' : 'above'} the target)`);

if (differing > 0 || outcome.status !== 'complete') process.exitCode = 1;
