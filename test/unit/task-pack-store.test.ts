import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { taskById } from '../../src/core/tasks';
import { openDatabase } from '../../src/store/db';
import { migrations } from '../../src/store/migrations';
import { PACK_TASKS_STORE, TaskPackStore } from '../../src/store/task-pack-store';

/* The teacher's task pack in IndexedDB (fake-indexeddb): saved in order, renamed in place, validated both ways. */

const gcd = { ...taskById('gcd')!, id: 'my-gcd' };
const prime = { ...taskById('is-prime')!, id: 'my-prime' };
const clock = (iso: string[]) => () => new Date(iso.shift() ?? '2026-06-01T00:00:00Z');

let db: IDBPDatabase<unknown>;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
});

describe('TaskPackStore', () => {
  it('keeps tasks in the order they were added, across connections', async () => {
    const store = new TaskPackStore(db, clock(['2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', '2026-05-03T00:00:00Z']));
    await store.save(prime);
    await store.save(gcd);
    // Saving an existing task again (edited) keeps its place.
    await store.save({ ...prime, title: 'Primes, edited' }, 'my-prime');
    db.close();
    const again = new TaskPackStore(await openDatabase());
    expect(await again.list()).toEqual({ tasks: [{ ...prime, title: 'Primes, edited' }, gcd], unreadable: 0 });
  });

  it('renames a task in its place and refuses to overwrite another task', async () => {
    const store = new TaskPackStore(db, clock(['2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', '2026-05-03T00:00:00Z']));
    await store.save(prime);
    await store.save(gcd);
    await store.save({ ...prime, id: 'primes' }, 'my-prime');
    expect((await store.list()).tasks.map((t) => t.id)).toEqual(['primes', 'my-gcd']);

    await expect(store.save({ ...gcd, id: 'primes' }, 'my-gcd')).rejects.toMatchObject({ kind: 'invalid-record', message: expect.stringContaining('already has a task with the id “primes”') });
    await expect(store.save({ ...gcd, title: 'new task, same id' })).rejects.toMatchObject({ kind: 'invalid-record' });
    expect((await store.list()).tasks).toEqual([{ ...prime, id: 'primes' }, gcd]);
  });

  it('refuses a malformed task before writing, and counts unreadable records without dropping them', async () => {
    const store = new TaskPackStore(db);
    await expect(store.save({ ...gcd, id: 'Not Kebab' })).rejects.toMatchObject({ kind: 'invalid-record', message: expect.stringContaining('kebab-case') });
    expect(await db.count(PACK_TASKS_STORE)).toBe(0);

    await store.save(gcd);
    await db.put(PACK_TASKS_STORE, { schemaVersion: 1, id: 'broken', createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z', task: { ...gcd, id: 'broken', difficulty: 'trivial' } });
    await db.put(PACK_TASKS_STORE, { schemaVersion: 1, id: 'elsewhere', createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z', task: gcd });
    expect(await store.list()).toEqual({ tasks: [gcd], unreadable: 2 });
    expect(await db.count(PACK_TASKS_STORE)).toBe(3);
  });

  it('deletes a task', async () => {
    const store = new TaskPackStore(db);
    await store.save(gcd);
    await store.save(prime);
    await store.delete('my-gcd');
    expect((await store.list()).tasks).toEqual([prime]);
  });
});

describe('migration to version 4', () => {
  it('adds the pack’s task store to a version-3 database and keeps its runs and sweeps', async () => {
    const v3 = await openDatabase({ name: 'old', migrations: migrations.slice(0, 3) });
    await v3.put('runs', { id: 'kept', createdAt: '2026-01-01T00:00:00.000Z' });
    await v3.put('sweeps', { id: 'sweep', createdAt: '2026-01-01T00:00:00.000Z' });
    v3.close();
    const v4 = await openDatabase({ name: 'old', migrations: migrations.slice(0, 4) });
    expect(v4.version).toBe(4);
    expect([...v4.objectStoreNames]).toContain(PACK_TASKS_STORE);
    expect([...v4.transaction(PACK_TASKS_STORE).store.indexNames]).toEqual(['by-created']);
    expect(await v4.get('runs', 'kept')).toMatchObject({ id: 'kept' });
    expect(await v4.get('sweeps', 'sweep')).toMatchObject({ id: 'sweep' });
    await new TaskPackStore(v4).save(gcd);
    expect((await new TaskPackStore(v4).list()).tasks).toEqual([gcd]);
    v4.close();
  });
});
