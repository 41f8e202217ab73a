import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { cellKey, type SweepPlan, type SweepRecord } from '../core/sweep';
import { planOf, sweepPlanSchema, sweepRecordSchema } from '../core/sweep-results';
import { asStoreError, StoreError } from './store-error';

export type SweepStatus = 'running' | 'complete' | 'cancelled' | 'failed';

/** A sweep as stored: its plan and how it ended (its cells are stored one by one beside it). */
export interface StoredSweep {
  schemaVersion: 1;
  id: string;
  /** ISO 8601. */
  createdAt: string;
  title: string;
  plan: SweepPlan;
  status: SweepStatus;
  /** Why it failed, in words; null otherwise. */
  problem: string | null;
}

const sweepSchema: v.GenericSchema<StoredSweep> = v.object({
  schemaVersion: v.literal(1),
  id: v.pipe(v.string(), v.minLength(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  title: v.pipe(v.string(), v.maxLength(500)),
  plan: sweepPlanSchema,
  status: v.picklist(['running', 'complete', 'cancelled', 'failed']),
  problem: v.nullable(v.string()),
});

interface CellRow {
  key: string;
  sweepId: string;
  record: SweepRecord;
}

/**
 * Sweeps kept in this browser. Each finished cell is written on its own the moment it finishes, so
 * a reload or a crash resumes where it stopped; everything read back is validated, and records
 * that fail are counted, never dropped from storage.
 */
export class SweepStore {
  constructor(private readonly db: IDBPDatabase<unknown>) {}

  async create(plan: SweepPlan, title: string, now: Date = new Date()): Promise<StoredSweep> {
    const sweep: StoredSweep = { schemaVersion: 1, id: crypto.randomUUID(), createdAt: now.toISOString(), title, plan, status: 'running', problem: null };
    await this.#putSweep(sweep);
    return sweep;
  }

  /** Every readable sweep, newest first, and how many stored sweeps could not be read. */
  async list(): Promise<{ sweeps: StoredSweep[]; unreadable: number }> {
    const rows: unknown[] = await this.db.getAllFromIndex('sweeps', 'by-created');
    const parsed = rows.reverse().map((row) => v.safeParse(sweepSchema, row));
    return { sweeps: parsed.flatMap((p) => (p.success ? [p.output] : [])), unreadable: parsed.filter((p) => !p.success).length };
  }

  async get(id: string): Promise<StoredSweep | null> {
    const parsed = v.safeParse(sweepSchema, await this.db.get('sweeps', id));
    return parsed.success ? parsed.output : null;
  }

  async setStatus(id: string, status: SweepStatus, problem: string | null = null): Promise<void> {
    const sweep = await this.get(id);
    if (!sweep) throw new StoreError('invalid-record', `There is no sweep ${id}.`);
    await this.#putSweep({ ...sweep, status, problem });
  }

  /** The finished cells of a sweep (by cell, not by finishing time), and how many could not be read. */
  async records(id: string): Promise<{ records: SweepRecord[]; unreadable: number }> {
    const rows: unknown[] = await this.db.getAllFromIndex('sweep-cells', 'by-sweep', id);
    const parsed = rows.map((row) => v.safeParse(sweepRecordSchema, (row as Partial<CellRow>).record));
    return { records: parsed.flatMap((p) => (p.success ? [p.output] : [])), unreadable: parsed.filter((p) => !p.success).length };
  }

  /** Where a running sweep puts its cells (the runner's CellStore). */
  cells(id: string): { finishedKeys(): Promise<ReadonlySet<string>>; put(record: SweepRecord): Promise<void> } {
    return {
      finishedKeys: async () => new Set((await this.records(id)).records.map((r) => cellKey(r.cell))),
      put: (record) => this.#putCell(id, record),
    };
  }

  /** Stores the records of a results file (from `npm run sweep`) as a finished sweep. */
  async importRecords(records: SweepRecord[], title: string, now: Date = new Date()): Promise<StoredSweep> {
    const sweep = await this.create(planOf(records), title, now);
    for (const record of records) await this.#putCell(sweep.id, record);
    await this.setStatus(sweep.id, 'complete');
    return { ...sweep, status: 'complete' };
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(['sweeps', 'sweep-cells'], 'readwrite');
    const keys = await tx.objectStore('sweep-cells').index('by-sweep').getAllKeys(id);
    await Promise.all([...keys.map((key) => tx.objectStore('sweep-cells').delete(key)), tx.objectStore('sweeps').delete(id)]);
    await tx.done;
  }

  async #putSweep(sweep: StoredSweep): Promise<void> {
    const checked = v.safeParse(sweepSchema, sweep);
    if (!checked.success) throw new StoreError('invalid-record', `Sweep ${sweep.id} is malformed: ${v.summarize(checked.issues)}`);
    try {
      await this.db.put('sweeps', checked.output);
    } catch (error) {
      throw asStoreError(error, `sweep ${sweep.id}`);
    }
  }

  async #putCell(sweepId: string, record: SweepRecord): Promise<void> {
    const checked = v.safeParse(sweepRecordSchema, record);
    if (!checked.success) throw new StoreError('invalid-record', `A result of sweep ${sweepId} is malformed: ${v.summarize(checked.issues)}`);
    const row: CellRow = { key: `${sweepId} ${cellKey(record.cell)}`, sweepId, record: checked.output };
    try {
      await this.db.put('sweep-cells', row);
    } catch (error) {
      throw asStoreError(error, `a result of sweep ${sweepId}`);
    }
  }
}
