import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/verdict';
import { judgeWithPlayground, playgroundCacheKey, type PlaygroundVerdictCache } from '../../src/judge/playground/cache';
import { playgroundResponse, transcript } from '../fixtures/rustc/transcripts';

class MemoryCache implements PlaygroundVerdictCache {
  readonly entries = new Map<string, Verdict>();
  async get(key: string) {
    return this.entries.get(key) ?? null;
  }
  async put(key: string, verdict: Verdict) {
    this.entries.set(key, verdict);
  }
}

/** A fetch that answers like the playground, counting its calls. */
function playground(answer: () => Response) {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    calls.push(String(input));
    return answer();
  };
  return { fetch, calls };
}

const pass = transcript('pass', 'cargo');
const passing = () => new Response(JSON.stringify(playgroundResponse(pass)), { status: 200 });

describe('playgroundCacheKey', () => {
  it('is the SHA-256 hex of a versioned JSON encoding of the request settings, edition and program', async () => {
    const key = await playgroundCacheKey('fn main() {}');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const expected = createHash('sha256')
      .update(JSON.stringify(['strategy-lab/playground-verdict/v1', 'stable', 'debug', '2021', 'fn main() {}']))
      .digest('hex');
    expect(key).toBe(expected);
  });

  it('differs by program and edition, without ambiguity at the boundary', async () => {
    const keys = await Promise.all([
      playgroundCacheKey('fn main() {}'),
      playgroundCacheKey('fn main() { }'),
      playgroundCacheKey('fn main() {}', '2024'),
      playgroundCacheKey('1fn main() {}', '202'),
      playgroundCacheKey('', '2021fn main() {}'),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await playgroundCacheKey('fn main() {}', '2021')).toBe(keys[0]);
  });
});

describe('judgeWithPlayground', () => {
  it('asks the playground once, then answers from the cache', async () => {
    const cache = new MemoryCache();
    const { fetch, calls } = playground(passing);
    const first = await judgeWithPlayground(pass.program, cache, { endpoint: 'https://play.example', fetch });
    expect(first).toMatchObject({ ok: true, cached: false, verdict: { kind: 'pass' } });
    expect(cache.entries.get(await playgroundCacheKey(pass.program))).toMatchObject({ kind: 'pass', judge: 'playground' });

    const second = await judgeWithPlayground(pass.program, cache, { endpoint: 'https://play.example', fetch });
    expect(second).toEqual({ ...first, cached: true });
    expect(calls).toHaveLength(1);
  });

  it('caches failing verdicts too', async () => {
    const cache = new MemoryCache();
    const t = transcript('compile-borrow', 'cargo');
    const { fetch } = playground(() => new Response(JSON.stringify(playgroundResponse(t)), { status: 200 }));
    await judgeWithPlayground(t.program, cache, { endpoint: 'https://play.example', fetch });
    expect([...cache.entries.values()]).toMatchObject([{ kind: 'compile_error' }]);
  });

  it('never caches problems', async () => {
    const cache = new MemoryCache();
    const { fetch, calls } = playground(() => new Response('', { status: 429, headers: { 'Retry-After': '5' } }));
    const result = await judgeWithPlayground(pass.program, cache, { endpoint: 'https://play.example', fetch });
    expect(result).toMatchObject({ ok: false, problem: 'rate-limited', retryAfterSeconds: 5, cached: false });
    expect(cache.entries.size).toBe(0);
    await judgeWithPlayground(pass.program, cache, { endpoint: 'https://play.example', fetch });
    expect(calls).toHaveLength(2);
  });

  it('still judges when the cache cannot be read or written', async () => {
    const broken: PlaygroundVerdictCache = {
      get: () => Promise.reject(new Error('storage unavailable')),
      put: () => Promise.reject(new Error('quota exceeded')),
    };
    const { fetch } = playground(passing);
    expect(await judgeWithPlayground(pass.program, broken, { endpoint: 'https://play.example', fetch })).toMatchObject({
      ok: true,
      cached: false,
      verdict: { kind: 'pass' },
    });
  });
});
