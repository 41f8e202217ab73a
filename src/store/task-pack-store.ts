import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import type { Task } from '../core/task';
import { taskSchema } from '../core/task-pack';
import { asStoreError, StoreError } from './store-error';

/** The object store (migration 4), keyed by the task's id. */
export const PACK_TASKS_STORE = 'pack-tasks';

/** One task of the pack as stored. `createdAt` keeps the pack's order when a task is edited or renamed. */
interface PackTaskRow {
  schemaVersion: 1;
  id: string;
  /** ISO 8601: when the task first joined the pack. */
  createdAt: string;
  /** ISO 8601: when it was last saved. */
  updatedAt: string;
  task: Task;
}

const rowSchema: v.GenericSchema<PackTaskRow> = v.pipe(
  v.object({
    schemaVersion: v.literal(1),
    id: v.pipe(v.string(), v.minLength(1)),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    updatedAt: v.pipe(v.string(), v.isoTimestamp()),
    task: taskSchema,
  }),
  v.check((row) => row.id === row.task.id, 'the key differs from the task’s id'),
);

/**
 * The tasks a teacher saved for their task pack, kept in this browser. Every task is validated
 * on the way in and out with the task-pack schema; records that cannot be read are counted and
 * left in storage, never dropped.
 */
export class TaskPackStore {
  constructor(
    private readonly db: IDBPDatabase<unknown>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The readable tasks in the order they joined the pack, and how many stored ones could not be read. */
  async list(): Promise<{ tasks: Task[]; unreadable: number }> {
    let rows: unknown[];
    try {
      rows = await this.db.getAllFromIndex(PACK_TASKS_STORE, 'by-created');
    } catch (error) {
      throw asStoreError(error, 'the task pack');
    }
    const parsed = rows.map((row) => v.safeParse(rowSchema, row));
    return { tasks: parsed.flatMap((p) => (p.success ? [p.output.task] : [])), unreadable: parsed.filter((p) => !p.success).length };
  }

  /**
   * Saves a task. `replacing` is the id it was stored under before (when it was opened from the
   * pack): a renamed task takes the old one's place in the order. Refuses to overwrite a different
   * task that already has the new id.
   */
  async save(task: Task, replacing: string | null = null): Promise<void> {
    const now = this.now().toISOString();
    try {
      const tx = this.db.transaction(PACK_TASKS_STORE, 'readwrite');
      // An aborted save is reported by the throw below; the transaction's own rejection adds nothing.
      tx.done.catch(() => {});
      const store = tx.objectStore(PACK_TASKS_STORE);
      const [existing, previous] = await Promise.all([store.get(task.id), replacing !== null && replacing !== task.id ? store.get(replacing) : undefined]);
      if (existing !== undefined && replacing !== task.id) {
        tx.abort();
        throw new StoreError('invalid-record', `The pack already has a task with the id “${task.id}”; choose another id.`);
      }
      const earlier = v.safeParse(rowSchema, previous ?? existing);
      const createdAt = earlier.success ? earlier.output.createdAt : now;
      const checked = v.safeParse(rowSchema, { schemaVersion: 1, id: task.id, createdAt, updatedAt: now, task });
      if (!checked.success) {
        tx.abort();
        throw new StoreError('invalid-record', `Task “${task.id}” is malformed: ${v.summarize(checked.issues)}`);
      }
      if (previous !== undefined && replacing !== null) await store.delete(replacing);
      await store.put(checked.output);
      await tx.done;
    } catch (error) {
      throw asStoreError(error, `task “${task.id}”`);
    }
  }

  async delete(id: string): Promise<void> {
    try {
      await this.db.delete(PACK_TASKS_STORE, id);
    } catch (error) {
      throw asStoreError(error, `task “${id}”`);
    }
  }
}
