import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../../src/engine/engine';
import { LoadEta } from '../../src/engine/load-eta';
import { toLoadProgress } from '../../src/engine/webllm/progress';

const MIB = 1024 * 1024;

/** The texts web-llm 0.2.86 reports, character for character (see its lib/index.js). */
const REAL = {
  start: 'Start to fetch params',
  fetching:
    'Fetching param cache[3/22]: 95MB fetched. 13% completed, 4 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.',
  loading: 'Loading model from cache[5/22]: 150MB loaded. 22% completed, 6 secs elapsed.',
  compiling: 'Loading GPU shader modules[40/98]: 40% completed, 12 secs elapsed.',
  ready: 'Finish loading on WebGPU - google',
};

describe('WebLLM load progress', () => {
  it('still matches the wording of the installed web-llm', () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve('@mlc-ai/web-llm'), 'utf8');
    for (const fragment of [
      '"Fetching param cache["',
      '"MB fetched. "',
      '"Loading model from cache["',
      '"MB loaded. "',
      '"Loading GPU shader modules["',
      '"Start to fetch params"',
      '"Finish loading on "',
      '" It can take a while when we first visit this page to populate the cache."',
    ]) {
      expect(source).toContain(fragment);
    }
  });

  it('maps each phase from the report text, since the fraction restarts at 0 in each', () => {
    expect(toLoadProgress({ progress: 0, timeElapsed: 0, text: REAL.start }).phase).toBe('fetching');
    expect(toLoadProgress({ progress: 0.13, timeElapsed: 4, text: REAL.fetching }).phase).toBe('fetching');
    expect(toLoadProgress({ progress: 0.22, timeElapsed: 6, text: REAL.loading }).phase).toBe('loading');
    expect(toLoadProgress({ progress: 0.4, timeElapsed: 12, text: REAL.compiling }).phase).toBe('compiling');
    expect(toLoadProgress({ progress: 1, timeElapsed: 20, text: REAL.ready }).phase).toBe('ready');
  });

  it('reads the byte count from "MB fetched" / "MB loaded" and derives the total from the exact fraction', () => {
    const fetching = toLoadProgress({ progress: 95 / 730, timeElapsed: 4, text: REAL.fetching });
    expect(fetching).toMatchObject({ fraction: 95 / 730, loadedBytes: 95 * MIB });
    expect(fetching.totalBytes).toBe(Math.round(730 * MIB));
    const loading = toLoadProgress({ progress: 0.5, timeElapsed: 6, text: REAL.loading });
    expect(loading).toMatchObject({ loadedBytes: 150 * MIB, totalBytes: 300 * MIB, fraction: 0.5 });
  });

  it('leaves bytes unknown where the text has none, and keeps the fraction within 0..1', () => {
    const compiling = toLoadProgress({ progress: 0.4, timeElapsed: 12, text: REAL.compiling });
    expect(compiling).toEqual({ phase: 'compiling', fraction: 0.4, loadedBytes: null, totalBytes: null, text: REAL.compiling });
    // "Start to fetch params" comes with 0/total: no division by zero.
    expect(toLoadProgress({ progress: 0, timeElapsed: 0, text: REAL.start })).toMatchObject({ fraction: 0, loadedBytes: null, totalBytes: null });
    expect(toLoadProgress({ progress: Number.NaN, timeElapsed: 0, text: 'Something new' })).toMatchObject({ phase: 'fetching', fraction: 0 });
    expect(toLoadProgress({ progress: 1.2, timeElapsed: 0, text: REAL.compiling }).fraction).toBe(1);
    expect(toLoadProgress({ progress: 0.3, timeElapsed: 9, text: REAL.ready }).fraction).toBe(1);
  });
});

describe('LoadEta', () => {
  const at = (loadedMB: number, totalMB: number, phase: LoadProgress['phase'] = 'fetching'): LoadProgress => ({
    phase,
    fraction: loadedMB / totalMB,
    loadedBytes: loadedMB * MIB,
    totalBytes: totalMB * MIB,
    text: '',
  });

  it('estimates the time left from the transfer rate', () => {
    const eta = new LoadEta();
    expect(eta.update(at(0, 100), 0)).toBeNull();
    // 10 MB per second, 90 MB left.
    expect(eta.update(at(10, 100), 1000)).toBeCloseTo(9, 5);
    expect(eta.update(at(20, 100), 2000)).toBeCloseTo(8, 5);
  });

  it('starts over when the phase changes and knows nothing without bytes', () => {
    const eta = new LoadEta();
    eta.update(at(0, 100), 0);
    eta.update(at(50, 100), 1000);
    expect(eta.update(at(10, 100, 'loading'), 1500)).toBeNull();
    expect(eta.update(at(30, 100, 'loading'), 2500)).toBeCloseTo(3.5, 5);
    expect(eta.update({ phase: 'compiling', fraction: 0.5, loadedBytes: null, totalBytes: null, text: '' }, 3000)).toBeNull();
  });
});
