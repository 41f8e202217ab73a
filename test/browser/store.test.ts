import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Run } from '../../src/core/run';
import { openDatabase } from '../../src/store/db';
import { migrations, type Migration } from '../../src/store/migrations';
import { RunStore } from '../../src/store/run-store';

/* The store on Chromium's real IndexedDB (the unit tests use fake-indexeddb). */

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => deleteDB(name)));
});
const dbName = (label: string) => {
  const name = `test-${label}-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

const run: Run = {
  schemaVersion: 1,
  id: 'r1',
  createdAt: '2026-03-04T05:06:07.000Z',
  source: { kind: 'live' },
  status: 'complete',
  task: { id: 'is-prime', title: 'Is it prime?', prompt: 'Write is_prime' },
  model: { engine: 'webllm', modelId: 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC' },
  results: [],
};

describe('store on real IndexedDB', () => {
  it('keeps a run across connections', async () => {
    const name = dbName('persist');
    const first = await openDatabase({ name });
    await new RunStore(first).save(run);
    first.close();
    const second = await openDatabase({ name });
    expect(await new RunStore(second).latest()).toEqual(run);
    second.close();
  });

  it('migrates stored records to a newer schema version', async () => {
    const name = dbName('migrate');
    const v1 = await openDatabase({ name });
    await new RunStore(v1).save(run);
    v1.close();
    const next: Migration = {
      version: migrations.length + 1,
      description: 'index runs by task',
      upgrade(_db, tx) {
        tx.objectStore('runs').createIndex('by-task', 'task.id');
      },
    };
    const upgraded = await openDatabase({ name, migrations: [...migrations, next] });
    expect(await upgraded.getAllFromIndex('runs', 'by-task', 'is-prime')).toEqual([run]);
    upgraded.close();
    const reopened = await openDB(name);
    expect(reopened.version).toBe(migrations.length + 1);
    reopened.close();
  });
});
