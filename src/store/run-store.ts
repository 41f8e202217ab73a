import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import type { Run } from '../core/run';
import { runSchema } from '../core/run-schema';
import { asStoreError, StoreError } from './store-error';

/** A stored record as read back: valid, or kept aside with the reason it could not be read. */
export type StoredRun = { ok: true; run: Run } | { ok: false; id: string; problem: string };

/** Runs and sweeps kept in this browser. Every record is validated on the way in and out. */
export class RunStore {
  constructor(private readonly db: IDBPDatabase<unknown>) {}

  /** Saves (or replaces) a run. Invalid runs are refused before anything is written. */
  async save(run: Run): Promise<void> {
    const checked = v.safeParse(runSchema, run);
    if (!checked.success) {
      throw new StoreError('invalid-record', `Run ${run.id} is malformed: ${v.summarize(checked.issues)}`);
    }
    try {
      await this.db.put('runs', checked.output);
    } catch (error) {
      throw asStoreError(error, `run ${run.id}`);
    }
  }

  /**
   * Every stored run, newest first. Records that fail validation are listed as problems, never
   * dropped or deleted, so nothing already stored is lost.
   */
  async list(): Promise<StoredRun[]> {
    const records: unknown[] = await this.db.getAllFromIndex('runs', 'by-created');
    return records.reverse().map(readRun);
  }

  /** The newest valid run matching `filter`, or null. */
  async latest(filter: (run: Run) => boolean = () => true): Promise<Run | null> {
    const tx = this.db.transaction('runs');
    for (let cursor = await tx.store.index('by-created').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
      const stored = readRun(cursor.value);
      if (stored.ok && filter(stored.run)) return stored.run;
    }
    return null;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('runs', id);
  }
}

function readRun(record: unknown): StoredRun {
  const parsed = v.safeParse(runSchema, record);
  if (parsed.success) return { ok: true, run: parsed.output };
  const id = typeof record === 'object' && record !== null && 'id' in record ? String(record.id) : '(no id)';
  return { ok: false, id, problem: v.summarize(parsed.issues) };
}
