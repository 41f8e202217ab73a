import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/verdict';
import { judgeWithPlayground, playgroundCacheKey } from '../../src/judge/playground/cache';
import { openDatabase } from '../../src/store/db';
import { migrations } from '../../src/store/migrations';
import { RunStore } from '../../src/store/run-store';
import { PLAYGROUND_VERDICTS_STORE, PlaygroundVerdictStore } from '../../src/store/verdict-cache-store';
import { playgroundResponse, transcript } from '../fixtures/rustc/transcripts';
import { replayOriginal } from './helpers/original-run';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const verdict: Verdict = {
  kind: 'wrong_answer',
  judge: 'playground',
  ms: 1234,
  stdout: '',
  tests: [
    { source: 'assert_eq!(candidate(1), false)', passed: true },
    { source: 'assert_eq!(candidate(2), true)', passed: false, left: 'false', right: 'true' },
  ],
};
const key = 'a'.repeat(64);

describe('PlaygroundVerdictStore', () => {
  it('keeps verdicts by key across connections', async () => {
    const db = await openDatabase();
    const store = new PlaygroundVerdictStore(db, () => new Date('2026-05-01T00:00:00Z'));
    expect(await store.get(key)).toBeNull();
    await store.put(key, verdict);
    expect(await store.get(key)).toEqual(verdict);
    expect(await db.get(PLAYGROUND_VERDICTS_STORE, key)).toEqual({ schemaVersion: 1, key, verdict, storedAt: '2026-05-01T00:00:00.000Z' });
    db.close();

    const again = await openDatabase();
    expect(await new PlaygroundVerdictStore(again).get(key)).toEqual(verdict);
    again.close();
  });

  it('reads an invalid record as a miss', async () => {
    const db = await openDatabase();
    const store = new PlaygroundVerdictStore(db);
    await db.put(PLAYGROUND_VERDICTS_STORE, { schemaVersion: 1, key, verdict: { ...verdict, kind: 'great' }, storedAt: '2026-05-01T00:00:00.000Z' });
    expect(await store.get(key)).toBeNull();
    await db.put(PLAYGROUND_VERDICTS_STORE, { schemaVersion: 2, key, verdict, storedAt: '2026-05-01T00:00:00.000Z' });
    expect(await store.get(key)).toBeNull();
    await db.put(PLAYGROUND_VERDICTS_STORE, { key });
    expect(await store.get(key)).toBeNull();
    // The next verdict for the key replaces the unreadable record.
    await store.put(key, verdict);
    expect(await store.get(key)).toEqual(verdict);
    db.close();
  });

  it('refuses to store a malformed verdict', async () => {
    const db = await openDatabase();
    const store = new PlaygroundVerdictStore(db);
    await expect(store.put(key, { ...verdict, ms: -1 })).rejects.toMatchObject({ name: 'StoreError', kind: 'invalid-record' });
    expect(await db.count(PLAYGROUND_VERDICTS_STORE)).toBe(0);
    db.close();
  });

  it('is the cache judgeWithPlayground uses', async () => {
    const db = await openDatabase();
    const store = new PlaygroundVerdictStore(db);
    const t = transcript('wrong-answer-eq', 'cargo');
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      return new Response(JSON.stringify(playgroundResponse(t)), { status: 200 });
    };
    const first = await judgeWithPlayground(t.program, store, { endpoint: 'https://play.example', fetch });
    const second = await judgeWithPlayground(t.program, store, { endpoint: 'https://play.example', fetch });
    expect(first).toMatchObject({ ok: true, cached: false, verdict: { kind: 'wrong_answer' } });
    expect(second).toEqual({ ...first, cached: true });
    expect(calls).toBe(1);
    expect(await store.get(await playgroundCacheKey(t.program))).toMatchObject({ kind: 'wrong_answer' });
    db.close();
  });
});

describe('migration 2', () => {
  it('adds the cache to a version-1 database and keeps its runs', async () => {
    const v1 = await openDatabase({ name: 'from-v1', migrations: migrations.slice(0, 1) });
    expect(v1.version).toBe(1);
    const run = await replayOriginal();
    await new RunStore(v1).save(run);
    v1.close();

    const upgraded = await openDatabase({ name: 'from-v1', migrations: migrations.slice(0, 2) });
    expect(upgraded.version).toBe(2);
    expect([...upgraded.objectStoreNames].sort()).toEqual(['playground-verdicts', 'runs', 'settings']);
    expect(await new RunStore(upgraded).list()).toEqual([{ ok: true, run }]);
    const store = new PlaygroundVerdictStore(upgraded);
    await store.put(key, verdict);
    expect(await store.get(key)).toEqual(verdict);
    upgraded.close();
  });
});
