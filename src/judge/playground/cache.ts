import type { PlaygroundVerdictCache } from '../../core/verdict-cache';
import { executeOnPlayground, PLAYGROUND_EDITION, type PlaygroundOptions, type PlaygroundResult } from './client';

export type { PlaygroundVerdictCache } from '../../core/verdict-cache';

/**
 * Bump when anything that decides a playground verdict changes (the request, or how output is
 * read), so old cached verdicts are no longer found.
 */
const KEY_VERSION = 'strategy-lab/playground-verdict/v1';

/**
 * The cache key of a program's playground verdict: SHA-256 (hex) of a JSON array of the key
 * version, the request's fixed settings, the edition and the program — unambiguous, since JSON
 * escapes every string boundary.
 */
export async function playgroundCacheKey(program: string, edition: string = PLAYGROUND_EDITION): Promise<string> {
  const encoded = new TextEncoder().encode(JSON.stringify([KEY_VERSION, 'stable', 'debug', edition, program]));
  const digest = await crypto.subtle.digest('SHA-256', encoded);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type JudgedOnPlayground = PlaygroundResult & { cached: boolean };

/**
 * The playground's verdict on `program`, from the cache when it has one. Fresh verdicts are
 * stored; problems (offline, rate-limited …) never are, so the next attempt asks again. The cache
 * is an optimisation: if it fails to read or write, the program is judged as if it were empty.
 */
export async function judgeWithPlayground(
  program: string,
  cache: PlaygroundVerdictCache,
  options: PlaygroundOptions,
): Promise<JudgedOnPlayground> {
  const key = await playgroundCacheKey(program);
  const hit = await cache.get(key).catch(() => null);
  if (hit !== null) return { ok: true, verdict: hit, cached: true };

  const result = await executeOnPlayground(program, options);
  if (result.ok && result.verdict.kind !== 'unknown') {
    await cache.put(key, result.verdict).catch(() => {});
  }
  return { ...result, cached: false };
}
