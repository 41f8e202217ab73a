import { openDB, type IDBPDatabase } from 'idb';
import { latestVersion, migrations as productMigrations, type Migration } from './migrations';
import { StoreError } from './store-error';

export const DB_NAME = 'strategy-lab';

export interface OpenOptions {
  name?: string;
  migrations?: readonly Migration[];
  /** Another tab holds an older version open; the open resumes once it closes. */
  onBlocked?: (error: StoreError) => void;
  /** A newer version of the app wants to upgrade: this connection has been closed. */
  onVersionChange?: (error: StoreError) => void;
}

/**
 * Opens (creating or upgrading) the database, applying every migration newer than the stored
 * version in order. A migration that fails aborts the upgrade: the stored data stays at its old
 * version, untouched.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<IDBPDatabase<unknown>> {
  const list = options.migrations ?? productMigrations;
  const version = latestVersion(list);
  let failure: unknown = null;
  try {
    const db = await openDB<unknown>(options.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // A failed upgrade is reported through openDB's rejection below; its aborted
        // transaction's own rejection carries nothing more.
        tx.done.catch(() => {});
        const pending = list.filter((m) => m.version > oldVersion);
        void (async () => {
          for (const migration of pending) await migration.upgrade(db, tx);
        })().catch((error: unknown) => {
          failure = error;
          tx.abort();
        });
      },
      blocked() {
        options.onBlocked?.(
          new StoreError(
            'blocked',
            'Strategy Lab is open in another tab with an older version. Close that tab to continue; nothing stored is lost.',
          ),
        );
      },
      blocking() {
        db.close();
        options.onVersionChange?.(
          new StoreError('blocked', 'A newer version of Strategy Lab was opened in another tab. Reload this tab to continue.'),
        );
      },
    });
    return db;
  } catch (error) {
    if (failure !== null) {
      const detail = failure instanceof Error ? failure.message : String(failure);
      throw new StoreError('migration-failed', `Upgrading stored data failed, so it was left as it was: ${detail}`, {
        cause: failure,
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError('unavailable', `This browser's storage cannot be opened: ${detail}`, { cause: error });
  }
}
