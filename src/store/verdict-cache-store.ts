import type { IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { verdictSchema } from '../core/run-schema';
import type { Verdict } from '../core/verdict';
import type { PlaygroundVerdictCache } from '../core/verdict-cache';
import { asStoreError, StoreError } from './store-error';

/** The object store (migration 2), keyed by the record's `key`. */
export const PLAYGROUND_VERDICTS_STORE = 'playground-verdicts';

/** One cached verdict as stored. */
const recordSchema = v.object({
  schemaVersion: v.literal(1),
  key: v.pipe(v.string(), v.minLength(1)),
  verdict: verdictSchema,
  storedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/**
 * The Rust playground's verdicts kept in this browser, so the same program is not sent twice.
 * Records are validated when read: an unreadable one is a miss (it is overwritten by the next put).
 */
export class PlaygroundVerdictStore implements PlaygroundVerdictCache {
  constructor(
    private readonly db: IDBPDatabase<unknown>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(key: string): Promise<Verdict | null> {
    let record: unknown;
    try {
      record = await this.db.get(PLAYGROUND_VERDICTS_STORE, key);
    } catch (error) {
      throw asStoreError(error, 'a cached playground verdict');
    }
    const parsed = v.safeParse(recordSchema, record);
    return parsed.success && parsed.output.key === key ? parsed.output.verdict : null;
  }

  /** Stores (or replaces) a verdict. An invalid verdict is refused before anything is written. */
  async put(key: string, verdict: Verdict): Promise<void> {
    const checked = v.safeParse(recordSchema, { schemaVersion: 1, key, verdict, storedAt: this.now().toISOString() });
    if (!checked.success) {
      throw new StoreError('invalid-record', `A playground verdict is malformed: ${v.summarize(checked.issues)}`);
    }
    try {
      await this.db.put(PLAYGROUND_VERDICTS_STORE, checked.output);
    } catch (error) {
      throw asStoreError(error, 'a playground verdict');
    }
  }
}
