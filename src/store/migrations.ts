import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** One step of the database schema: upgrades version `version - 1` to `version`. */
export interface Migration {
  version: number;
  description: string;
  /**
   * Runs inside the versionchange transaction. It may await IndexedDB requests only: awaiting
   * anything else lets the transaction commit early.
   */
  upgrade(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void | Promise<void>;
}

/**
 * The schema of Strategy Lab's database, oldest first. Never edit a shipped migration: add one.
 * Records inside the stores carry their own `schemaVersion` and are validated when read.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'runs, newest first by creation time; settings by key',
    upgrade(db) {
      const runs = db.createObjectStore('runs', { keyPath: 'id' });
      runs.createIndex('by-created', 'createdAt');
      db.createObjectStore('settings');
    },
  },
  {
    version: 2,
    description: 'verdicts from the Rust playground, by cache key',
    upgrade(db) {
      db.createObjectStore('playground-verdicts', { keyPath: 'key' });
    },
  },
  {
    version: 3,
    description: 'sweeps (plan and status) and their finished cells, one record per cell',
    upgrade(db) {
      const sweeps = db.createObjectStore('sweeps', { keyPath: 'id' });
      sweeps.createIndex('by-created', 'createdAt');
      const cells = db.createObjectStore('sweep-cells', { keyPath: 'key' });
      cells.createIndex('by-sweep', 'sweepId');
    },
  },
  {
    version: 4,
    description: 'the tasks of the task pack a teacher writes, by task id, in the order they were added',
    upgrade(db) {
      const tasks = db.createObjectStore('pack-tasks', { keyPath: 'id' });
      tasks.createIndex('by-created', 'createdAt');
    },
  },
];

/** Checks that versions run 1, 2, 3… without gaps, and returns the latest. */
export function latestVersion(list: readonly Migration[]): number {
  list.forEach((migration, i) => {
    if (migration.version !== i + 1) {
      throw new Error(`Migration ${i} has version ${migration.version}; expected ${i + 1}.`);
    }
  });
  return list.length;
}
