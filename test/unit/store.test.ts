import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db';
import { latestVersion, migrations, type Migration } from '../../src/store/migrations';
import { RunStore } from '../../src/store/run-store';
import { asStoreError, StoreError } from '../../src/store/store-error';
import { SettingsStore } from '../../src/store/settings-store';
import { playbackSpeedSetting } from '../../src/ui/replay/replay-session.svelte';
import { waitUntil } from '../fixtures/wait';
import { replayOriginal } from './helpers/original-run';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** The version a test migration gets: one past the product's latest. */
const next = migrations.length + 1;

describe('openDatabase', () => {
  it('creates the current schema on a fresh browser', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(migrations.length);
    expect([...db.objectStoreNames].sort()).toEqual(['pack-tasks', 'playground-verdicts', 'runs', 'settings', 'sweep-cells', 'sweeps']);
    expect([...db.transaction('runs').store.indexNames]).toEqual(['by-created']);
    db.close();
  });

  it('upgrades an older database in order, keeping and transforming its records', async () => {
    // A store at the current version holding data, then a (test) next version that rewrites records and adds a store.
    const v1 = await openDatabase({ name: 'upgrade' });
    await v1.put('runs', { id: 'a', createdAt: '2026-01-01T00:00:00.000Z', title: 'old' });
    v1.close();

    const order: number[] = [];
    const v2: Migration = {
      version: next,
      description: 'title → label, plus a tasks store',
      async upgrade(db, tx) {
        order.push(next);
        db.createObjectStore('tasks', { keyPath: 'id' });
        const runs = tx.objectStore('runs');
        for (let cursor = await runs.openCursor(); cursor; cursor = await cursor.continue()) {
          const { title, ...rest } = cursor.value as { title: string };
          await cursor.update({ ...rest, label: title });
        }
      },
    };
    const upgraded = await openDatabase({ name: 'upgrade', migrations: [...migrations, v2] });
    expect(upgraded.version).toBe(next);
    expect(order).toEqual([next]);
    expect(await upgraded.get('runs', 'a')).toEqual({ id: 'a', createdAt: '2026-01-01T00:00:00.000Z', label: 'old' });
    expect([...upgraded.objectStoreNames]).toContain('tasks');
    upgraded.close();
  });

  it('runs every pending migration when jumping several versions', async () => {
    const seen: number[] = [];
    const step = (version: number): Migration => ({ version, description: `step ${version}`, upgrade: () => void seen.push(version) });
    const db = await openDatabase({ name: 'jump', migrations: [...migrations, step(next), step(next + 1)] });
    expect(db.version).toBe(next + 1);
    expect(seen).toEqual([next, next + 1]);
    db.close();
  });

  it('leaves the stored data untouched when a migration fails', async () => {
    const v1 = await openDatabase({ name: 'broken' });
    await v1.put('runs', { id: 'keep', createdAt: '2026-01-01T00:00:00.000Z' });
    v1.close();
    const failing: Migration = {
      version: next,
      description: 'fails halfway',
      async upgrade(db, tx) {
        await tx.objectStore('runs').delete('keep');
        db.createObjectStore('half-made');
        throw new Error('bad data');
      },
    };
    await expect(openDatabase({ name: 'broken', migrations: [...migrations, failing] })).rejects.toMatchObject({
      name: 'StoreError',
      kind: 'migration-failed',
      message: expect.stringContaining('bad data'),
    });
    const after = await openDB('broken');
    expect(after.version).toBe(migrations.length);
    expect(await after.get('runs', 'keep')).toMatchObject({ id: 'keep' });
    expect([...after.objectStoreNames]).not.toContain('half-made');
    after.close();
  });

  it('refuses a migration list with gaps', () => {
    expect(() => latestVersion([migrations[0]!, { ...migrations[0]!, version: 3 }])).toThrow(/expected 2/);
  });

  it('tells the user when another tab blocks an upgrade, and finishes once it closes', async () => {
    // An old tab that never reacts to upgrade requests.
    const old = await openDB('blocked', 1, { upgrade: (db) => void db.createObjectStore('runs') });
    const blocked: StoreError[] = [];
    const next: Migration = { version: 2, description: 'noop', upgrade: () => {} };
    const opening = openDatabase({ name: 'blocked', migrations: [migrations[0]!, next], onBlocked: (e) => blocked.push(e) });
    await waitUntil(() => blocked.length > 0);
    expect(blocked[0]).toMatchObject({ kind: 'blocked', message: expect.stringContaining('another tab') });
    old.close();
    expect((await opening).version).toBe(2);
  });

  it('closes its own connection when a newer version opens elsewhere, and says to reload', async () => {
    const notices: StoreError[] = [];
    const current = await openDatabase({ name: 'yield', onVersionChange: (e) => notices.push(e) });
    const noop: Migration = { version: next, description: 'noop', upgrade: () => {} };
    const newer = await openDatabase({ name: 'yield', migrations: [...migrations, noop] });
    expect(newer.version).toBe(next);
    expect(notices[0]).toMatchObject({ kind: 'blocked', message: expect.stringContaining('Reload') });
    await expect(current.get('runs', 'x')).rejects.toThrow();
    newer.close();
  });
});

describe('RunStore', () => {
  it('saves runs and lists them newest first', async () => {
    const store = new RunStore(await openDatabase());
    const older = await replayOriginal({ newId: () => 'older', now: () => new Date('2026-01-01T00:00:00Z') });
    const newer = await replayOriginal({ newId: () => 'newer', now: () => new Date('2026-02-01T00:00:00Z') });
    await store.save(older);
    await store.save(newer);
    const listed = await store.list();
    expect(listed.map((s) => (s.ok ? s.run.id : s.id))).toEqual(['newer', 'older']);
    expect(listed[0]).toEqual({ ok: true, run: newer });
    expect(await store.latest()).toEqual(newer);
    expect((await store.latest((run) => run.id === 'older'))?.id).toBe('older');
    await store.delete('newer');
    expect((await store.latest())?.id).toBe('older');
  });

  it('refuses to save a malformed run', async () => {
    const store = new RunStore(await openDatabase());
    const run = await replayOriginal();
    const broken = { ...run, createdAt: 'not a date' };
    await expect(store.save(broken)).rejects.toMatchObject({ kind: 'invalid-record' });
    expect(await store.list()).toEqual([]);
  });

  it('lists unreadable records as problems instead of dropping them', async () => {
    const db = await openDatabase();
    const store = new RunStore(db);
    const good = await replayOriginal();
    await store.save(good);
    await db.put('runs', { id: 'corrupt', createdAt: '2030-01-01T00:00:00.000Z', schemaVersion: 99 });
    const listed = await store.list();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({ ok: false, id: 'corrupt', problem: expect.any(String) });
    expect(await store.latest()).toEqual(good);
    expect(await db.get('runs', 'corrupt')).toBeDefined();
  });
});

describe('SettingsStore', () => {
  it('returns the fallback until a valid value is stored, and ignores tampered values', async () => {
    const db = await openDatabase();
    const settings = new SettingsStore(db);
    expect(await settings.get(playbackSpeedSetting)).toBe(playbackSpeedSetting.fallback);
    await settings.set(playbackSpeedSetting, 50);
    expect(await settings.get(playbackSpeedSetting)).toBe(50);
    await db.put('settings', 7, playbackSpeedSetting.key);
    expect(await settings.get(playbackSpeedSetting)).toBe(playbackSpeedSetting.fallback);
    await expect(settings.set(playbackSpeedSetting, 3)).rejects.toThrow();
  });
});

describe('asStoreError', () => {
  it('explains a full quota and says nothing stored was lost', () => {
    const error = asStoreError(new DOMException('full', 'QuotaExceededError'), 'run r1');
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('quota-exceeded');
    expect(error.message).toMatch(/run r1 was not saved.*Everything saved before is intact/);
  });

  it('keeps other failures as "unavailable" with their message', () => {
    expect(asStoreError(new Error('disk on fire'), 'x')).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('disk on fire') });
  });
});

