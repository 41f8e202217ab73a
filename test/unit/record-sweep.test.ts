import { beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock';
import { describeModel, type ModelRef } from '../../src/core/model';
import { cellKey, type SweepPlan, type SweepRecord } from '../../src/core/sweep';
import { builtinTasks, taskById } from '../../src/core/tasks';
import { ReplayEngine } from '../../src/engine/replay/replay-engine';
import { createLocalJudge } from '../../src/judge/local-judge';
import type { Judge } from '../../src/judge/judge';
import { loadRustParser } from '../../src/judge/syntax/tree-sitter';
import { runSweep } from '../../src/strategies/sweep-runner';
import { nodeParserAssets } from '../../cli/node-parser-assets';
import { approxTokens, callMs, dropSemicolon, offByOne, recordSweep, TINYLLAMA_LAPTOP_PACE } from '../../cli/bench/record-sweep';

/* A sweep recorded against scripted small-model replies plays back through the replay engine unchanged. */

const RECORDING = 'bench-test';
const model: ModelRef = { engine: 'replay', recordingId: RECORDING, speed: 10_000 };
const plan: SweepPlan = {
  models: [model],
  taskIds: ['is-prime', 'gcd'],
  strategies: [{ id: 'baseline', options: {} }, { id: 'self-repair', options: {} }],
  seeds: [1],
};

let judge: Judge;
beforeAll(() => {
  const parser = loadRustParser(nodeParserAssets());
  judge = createLocalJudge(() => parser);
});

const outcomeOf = (r: SweepRecord) => ({
  cell: cellKey(r.cell),
  selected: r.result.selection.index,
  code: r.result.selection.code,
  verdict: r.result.selection.verdict?.kind,
  candidates: r.result.candidates.map((c) => [c.generation.text, c.verdict?.kind]),
  completionTokens: r.result.cost.completionTokens,
});

describe('recordSweep', () => {
  it('records one run per cell with every call, its reply, tokens ≈ chars/4 and time at 25 tokens/s after 300 ms', async () => {
    const { recording, records, calls } = await recordSweep(plan, { judge, tasks: builtinTasks, recordingId: RECORDING });
    expect(recording.runs).toHaveLength(4);
    expect(records).toHaveLength(4);
    expect(recording.runs.map((r) => r.strategyId)).toEqual(['baseline', 'self-repair', 'baseline', 'self-repair']);
    expect(recording.runs.flatMap((r) => r.calls)).toHaveLength(calls.length);
    for (const call of recording.runs.flatMap((r) => r.calls)) {
      expect(call.completionTokens).toBe(approxTokens(call.text!));
      expect(call.seconds! * 1000).toBe(Math.round(300 + (call.completionTokens! * 1000) / 25));
    }
    expect(callMs(100, TINYLLAMA_LAPTOP_PACE)).toBe(4300);
    // Every reply is a fenced answer to the task (the reference solution or a broken variant of it).
    expect(calls.every((c) => c.text.includes('```rust\n'))).toBe(true);
  });

  it('replays through the ReplayEngine with the same replies and verdicts as the recording run', async () => {
    const recorded = await recordSweep(plan, { judge, tasks: builtinTasks, recordingId: RECORDING });
    const engine = new ReplayEngine(systemClock, new Map([[RECORDING, recorded.recording]]));
    await engine.load(model, () => {});
    const replayed = await runSweep(plan, {
      engineFor: async () => engine,
      judge,
      taskById,
      modelLabel: describeModel,
      store: { finishedKeys: async () => new Set(), put: async () => {} },
      clock: systemClock,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(replayed.status).toBe('complete');
    expect(replayed.records.map(outcomeOf)).toEqual(recorded.records.map(outcomeOf));
    // Passing and broken candidates both occur, so the comparison is not vacuous.
    const verdicts = new Set(recorded.records.flatMap((r) => r.result.candidates.map((c) => c.verdict?.kind)));
    expect(verdicts.has('pass')).toBe(true);
    expect(verdicts.size).toBeGreaterThan(1);
  });
});

describe('broken variants', () => {
  const code = 'fn f(n: u32) -> u32 {\n    let mut s = 0;\n    for i in 0..=n {\n        s += i;\n    }\n    s\n}';
  it('drops a let statement’s semicolon', () => {
    expect(dropSemicolon(code, 0)).toContain('let mut s = 0\n');
  });
  it('moves a range bound by one', () => {
    expect(offByOne(code, 0)).toContain('0..n');
  });
});
