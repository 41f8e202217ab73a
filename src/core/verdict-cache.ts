import type { Verdict } from './verdict';

/**
 * Verdicts already decided for a program, by cache key (see `judge/playground/cache.ts` for the
 * key). Implemented in IndexedDB by `store/verdict-cache-store.ts`; a miss, or an unreadable
 * record, is null.
 */
export interface PlaygroundVerdictCache {
  get(key: string): Promise<Verdict | null>;
  put(key: string, verdict: Verdict): Promise<void>;
}
