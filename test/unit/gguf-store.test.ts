import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineErrorKind } from '../../src/engine/engine-error';
import { fetchGguf } from '../../src/engine/wllama/gguf-store';

/* What a model hub can answer instead of a file (Node has no Cache Storage, so nothing is cached here). */

afterEach(() => vi.unstubAllGlobals());

function answer(response: Response): void {
  vi.stubGlobal('fetch', async () => response);
}

describe('fetchGguf errors', () => {
  it('a 404 is an unknown model, other statuses are network errors, both naming the status', async () => {
    answer(new Response('Not found', { status: 404 }));
    const missing = await fetchGguf('https://hub.example/m.gguf', () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(missing)).toBe('unknown-model');
    expect((missing as Error).message).toBe('The model file could not be downloaded from https://hub.example/m.gguf: HTTP 404.');
    answer(new Response('', { status: 503 }));
    const down = await fetchGguf('https://hub.example/m.gguf', () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(down)).toBe('network');
    expect((down as Error).message).toMatch(/HTTP 503/);
  });

  it('a download that ends before its announced length is a network error, not a model', async () => {
    answer(new Response(new Uint8Array(10), { headers: { 'content-length': '1000' } }));
    const error = await fetchGguf('https://hub.example/m.gguf', () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(error)).toBe('network');
    expect((error as Error).message).toMatch(/stopped at 10 of 1000 bytes/);
  });

  it('without a length, progress counts bytes and the total stays unknown', async () => {
    answer(new Response(new Uint8Array(64)));
    const events: { loadedBytes: number; totalBytes: number | null }[] = [];
    const blob = await fetchGguf('https://hub.example/m.gguf', (p) => events.push(p));
    expect(blob.size).toBe(64);
    expect(events.at(-1)).toEqual({ loadedBytes: 64, totalBytes: null, fromCache: false });
  });
});
