import { describe, expect, it } from 'vitest';
import type { GenerationRequest } from '../../src/core/generation';
import { describeModel, type ModelRef } from '../../src/core/model';
import { cellKey, sweepCells, type SweepPlan, type SweepRecord } from '../../src/core/sweep';
import { taskById } from '../../src/core/tasks';
import type { Engine } from '../../src/engine/engine';
import { cellRng, runSweep, type SweepDeps, type SweepProgress, type CellStore } from '../../src/strategies/sweep-runner';
import { BROKEN, CORRECT, fence, scriptedEngine, scriptedJudge } from '../helpers/scripted-deps';

/* Sweeps over a scripted engine: every cell once, persisted as it finishes, resumable, cancellable, reproducible. */

const model: ModelRef = { engine: 'openai-compatible', baseUrl: 'http://127.0.0.1:1/v1', model: 'tinyllama' };
const plan: SweepPlan = {
  models: [model],
  taskIds: ['is-prime', 'gcd'],
  strategies: [{ id: 'baseline', options: {} }, { id: 'best-of-n', options: { n: 2 } }],
  seeds: [1, 2],
};

function memoryStore(initial: SweepRecord[] = []) {
  const records = new Map(initial.map((r) => [cellKey(r.cell), r]));
  const store: CellStore = {
    finishedKeys: async () => new Set(records.keys()),
    put: async (record) => void records.set(cellKey(record.cell), record),
  };
  return { store, records };
}

/** Correct code at low temperature, broken code above it. */
const byTemperature = (request: GenerationRequest) => fence(request.temperature < 0.5 ? CORRECT : BROKEN);

function sweepDeps(engine: Engine, store: CellStore, extra: Partial<SweepDeps> = {}): SweepDeps & { progress: SweepProgress[] } {
  const progress: SweepProgress[] = [];
  let now = 0;
  return {
    engineFor: async () => engine,
    judge: scriptedJudge().judge,
    taskById,
    modelLabel: describeModel,
    store,
    clock: { now: () => (now += 5), sleep: async () => {} },
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
    progress,
    ...extra,
  };
}

describe('runSweep', () => {
  it('runs every model × task × strategy × seed once and stores each cell as it finishes', async () => {
    const { engine, requests } = scriptedEngine(byTemperature);
    const { store, records } = memoryStore();
    const deps = sweepDeps(engine, store);
    const outcome = await runSweep(plan, deps);
    expect(outcome.status).toBe('complete');
    expect(outcome.records).toHaveLength(8);
    expect(records.size).toBe(8);
    expect(requests).toHaveLength(2 * 2 * (1 + 2));
    expect(deps.progress.at(-1)).toMatchObject({ done: 8, total: 8, running: [] });
    expect(deps.progress[0]).toMatchObject({ done: 0, total: 8, etaMs: null });
    const baseline = outcome.records.find((r) => r.cell.strategyId === 'baseline')!;
    expect(baseline.result.selection.verdict?.kind).toBe('pass');
    expect(baseline.modelLabel).toBe('tinyllama @ http://127.0.0.1:1/v1');
  });

  it('passes each strategy event on with the cell it belongs to', async () => {
    const events: string[] = [];
    const deps = sweepDeps(scriptedEngine(byTemperature).engine, memoryStore().store, {
      onEvent: (cell, event) => events.push(`${cell.taskId}/${cell.strategyId}/${cell.seed}:${event.type}`),
    });
    await runSweep({ ...plan, taskIds: ['gcd'], seeds: [1] }, deps);
    expect(events.filter((e) => e.startsWith('gcd/best-of-n/1:candidate-started'))).toHaveLength(2);
    expect(events).toContain('gcd/baseline/1:selected');
    expect(events.some((e) => e.endsWith(':token'))).toBe(true);
  });

  it('resumes: cells already stored are skipped and counted as done', async () => {
    const first = memoryStore();
    await runSweep(plan, sweepDeps(scriptedEngine(byTemperature).engine, first.store));
    const kept = [...first.records.values()].slice(0, 5);
    const { engine, requests } = scriptedEngine(byTemperature);
    const resumed = memoryStore(kept);
    const deps = sweepDeps(engine, resumed.store);
    const outcome = await runSweep(plan, deps);
    expect(outcome.records).toHaveLength(3);
    expect(resumed.records.size).toBe(8);
    expect(deps.progress[0]).toMatchObject({ done: 5, total: 8 });
    expect(requests.length).toBeLessThan(12);
  });

  it('stops starting cells when cancelled and stores nothing partial', async () => {
    const controller = new AbortController();
    const { engine } = scriptedEngine(byTemperature);
    const { store, records } = memoryStore();
    const deps = sweepDeps(engine, store, {
      signal: controller.signal,
      onRecord: () => controller.abort(),
    });
    const outcome = await runSweep(plan, deps);
    expect(outcome.status).toBe('cancelled');
    expect(records.size).toBe(1);
  });

  it('gives each cell the same seeds whatever the order and concurrency', async () => {
    const sequential = scriptedEngine(byTemperature);
    await runSweep(plan, sweepDeps(sequential.engine, memoryStore().store));
    const parallel = scriptedEngine(byTemperature);
    await runSweep(plan, sweepDeps(parallel.engine, memoryStore().store, { concurrency: 3 }));
    const seeds = (rs: GenerationRequest[]) => rs.map((r) => r.seed).sort((a, b) => a - b);
    expect(seeds(parallel.requests)).toEqual(seeds(sequential.requests));
    const cell = sweepCells(plan)[0]!;
    expect(cellRng(cell).next()).toBe(cellRng(cell).next());
    expect(cellRng(cell).next()).not.toBe(cellRng({ ...cell, seed: 99 }).next());
  });

  it('a failing cell stops the sweep with its error; finished cells stay stored', async () => {
    let calls = 0;
    const failing: Engine = {
      ...scriptedEngine(byTemperature).engine,
      generate: async (request, onToken, signal) => {
        if (++calls === 3) throw new Error('server went away');
        return scriptedEngine(byTemperature).engine.generate(request, onToken, signal);
      },
    };
    const { store, records } = memoryStore();
    await expect(runSweep(plan, sweepDeps(failing, store))).rejects.toThrow('server went away');
    expect(records.size).toBe(1);
  });

  it('refuses unknown tasks and strategies before running anything', async () => {
    const { engine, requests } = scriptedEngine(byTemperature);
    await expect(runSweep({ ...plan, taskIds: ['nope'] }, sweepDeps(engine, memoryStore().store))).rejects.toThrow('Unknown task “nope”.');
    await expect(runSweep({ ...plan, strategies: [{ id: 'magic', options: {} }] }, sweepDeps(engine, memoryStore().store))).rejects.toThrow('Unknown strategy “magic”.');
    expect(requests).toHaveLength(0);
  });
});
