import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { cellKey, type SweepPlan, type SweepRecord } from '../../src/core/sweep';
import { openDatabase } from '../../src/store/db';
import { migrations } from '../../src/store/migrations';
import { SweepStore } from '../../src/store/sweep-store';

/* Sweeps in IndexedDB (fake-indexeddb): cells stored one by one, resumable, validated, importable. */

const model = { engine: 'openai-compatible' as const, baseUrl: 'http://localhost:11434/v1', model: 'tinyllama' };
const plan: SweepPlan = { models: [model], taskIds: ['is-prime', 'gcd'], strategies: [{ id: 'baseline', options: {} }], seeds: [1] };

function record(taskId: string, seed = 1): SweepRecord {
  const verdict = { kind: 'pass' as const, judge: 'interpreter' as const, ms: 1, stdout: '', tests: [] };
  const generation = {
    text: 'x',
    textCoverage: 'full' as const,
    finishReason: 'stop' as const,
    usage: { promptTokens: 10, completionTokens: 5 },
    timings: { timeToFirstTokenMs: 1, prefillTokensPerSecond: null, decodeTokensPerSecond: null, totalMs: 10 },
    sent: { temperature: 0.3, top_p: 1, max_tokens: 512, seed: 7 },
  };
  const request = { messages: [{ role: 'user' as const, content: 'q' }], temperature: 0.3, top_p: 1, max_tokens: 512, seed: 7, stop: [] };
  return {
    cell: { model, taskId, strategyId: 'baseline', seed },
    modelLabel: 'tinyllama',
    result: {
      strategyId: 'baseline',
      strategyLabel: 'Baseline',
      candidates: [{ index: 0, request, generation, code: 'fn f() {}', verdict }],
      selection: { index: 0, reason: 'the only reply', code: 'fn f() {}', verdict },
      cost: { calls: 1, promptTokens: 10, completionTokens: 5, wallMs: 12 },
    },
  };
}

let db: IDBPDatabase<unknown>;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
});

describe('SweepStore', () => {
  it('stores cells one by one; the runner sees them as finished', async () => {
    const store = new SweepStore(db);
    const sweep = await store.create(plan, 'first sweep');
    const cells = store.cells(sweep.id);
    await cells.put(record('is-prime'));
    expect(await cells.finishedKeys()).toEqual(new Set([cellKey(record('is-prime').cell)]));
    await cells.put(record('gcd'));
    await cells.put(record('gcd')); // the same cell again replaces it
    expect((await store.records(sweep.id)).records.map((r) => r.cell.taskId)).toEqual(['gcd', 'is-prime'].sort());
    await store.setStatus(sweep.id, 'complete');
    expect(await store.get(sweep.id)).toMatchObject({ status: 'complete', title: 'first sweep', plan });
  });

  it('lists sweeps newest first and keeps one sweep’s cells apart from another’s', async () => {
    const store = new SweepStore(db);
    const older = await store.create(plan, 'older', new Date('2026-01-01T00:00:00Z'));
    const newer = await store.create(plan, 'newer', new Date('2026-02-01T00:00:00Z'));
    await store.cells(older.id).put(record('is-prime'));
    expect((await store.list()).sweeps.map((s) => s.title)).toEqual(['newer', 'older']);
    expect((await store.records(newer.id)).records).toEqual([]);
  });

  it('refuses malformed cells, and counts unreadable stored ones without losing them', async () => {
    const store = new SweepStore(db);
    const sweep = await store.create(plan, 's');
    await expect(store.cells(sweep.id).put({ ...record('gcd'), modelLabel: 7 } as never)).rejects.toThrow(/malformed/);
    await db.put('sweep-cells', { key: 'broken', sweepId: sweep.id, record: { cell: 'nonsense' } });
    await store.cells(sweep.id).put(record('gcd'));
    expect(await store.records(sweep.id)).toMatchObject({ unreadable: 1, records: [{ cell: { taskId: 'gcd' } }] });
    expect(await db.get('sweep-cells', 'broken')).toBeDefined();
  });

  it('imports a results file’s records as a complete sweep, and deletes a sweep with its cells', async () => {
    const store = new SweepStore(db);
    const imported = await store.importRecords([record('is-prime', 1), record('is-prime', 2), record('gcd', 1)], 'from the cluster');
    expect(imported.plan).toMatchObject({ taskIds: ['is-prime', 'gcd'], seeds: [1, 2], strategies: [{ id: 'baseline' }] });
    expect((await store.records(imported.id)).records).toHaveLength(3);
    await store.delete(imported.id);
    expect(await store.get(imported.id)).toBeNull();
    expect(await db.count('sweep-cells')).toBe(0);
  });
});

describe('migration to version 3', () => {
  it('adds the sweep stores to a version-2 database and keeps its runs', async () => {
    globalThis.indexedDB = new IDBFactory();
    const v2 = await openDatabase({ name: 'old', migrations: migrations.slice(0, 2) });
    await v2.put('runs', { id: 'kept', createdAt: '2026-01-01T00:00:00.000Z' });
    v2.close();
    const v3 = await openDatabase({ name: 'old', migrations: migrations.slice(0, 3) });
    expect(v3.version).toBe(3);
    expect([...v3.objectStoreNames]).toEqual(expect.arrayContaining(['sweeps', 'sweep-cells']));
    expect(await v3.get('runs', 'kept')).toMatchObject({ id: 'kept' });
    v3.close();
  });
});
