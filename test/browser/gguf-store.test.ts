import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { engineErrorKind } from '../../src/engine/engine-error';
import { cachedGgufs, deleteCachedGguf, fetchGguf, type FetchProgress } from '../../src/engine/wllama/gguf-store';
import { randomModel } from '../models/tiny-models';

/*
 * Downloading GGUF files over HTTP (the test server stands in for a model hub): progress by bytes,
 * Cache Storage for the second visit, cancel, and the errors a user meets.
 */

/** Written for the test server to serve (paths are relative to the project root; git ignores it). */
const FILE = 'test/browser/gguf-store-fixture.gguf';
const url = new URL(`/${FILE}`, location.origin).href;
const bytes = randomModel({ seed: 3 });

function base64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

beforeAll(async () => {
  await commands.writeFile(FILE, base64(bytes), 'base64');
  await deleteCachedGguf(url);
});
afterAll(async () => {
  await deleteCachedGguf(url);
  await commands.removeFile(FILE);
});

describe('fetchGguf', () => {
  it('downloads with byte progress, then serves the second request from Cache Storage', async () => {
    const first: FetchProgress[] = [];
    const blob = await fetchGguf(url, (p) => first.push(p));
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    // From 0 to the whole file, never backwards (how many steps depends on how the body arrives).
    expect(first[0]!.loadedBytes).toBe(0);
    expect(first.at(-1)!.loadedBytes).toBe(bytes.length);
    const loaded = first.map((p) => p.loadedBytes);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(first.every((p) => !p.fromCache && p.totalBytes === bytes.length)).toBe(true);
    expect(await cachedGgufs()).toContainEqual({ url, bytes: bytes.length });

    const second: FetchProgress[] = [];
    const again = await fetchGguf(url, (p) => second.push(p));
    expect(second).toEqual([{ loadedBytes: bytes.length, totalBytes: bytes.length, fromCache: true }]);
    expect(again.size).toBe(bytes.length);
  });

  it('deletes a cached file, after which it is downloaded again', async () => {
    await fetchGguf(url, () => {});
    expect(await deleteCachedGguf(url)).toBe(true);
    expect((await cachedGgufs()).map((c) => c.url)).not.toContain(url);
    const events: FetchProgress[] = [];
    await fetchGguf(url, (p) => events.push(p));
    expect(events[0]!.fromCache).toBe(false);
  });

  it('cancels mid-download: rejects with "aborted" and caches nothing', async () => {
    await deleteCachedGguf(url);
    const controller = new AbortController();
    // The first report comes once the server has answered, before the body is read.
    const error = await fetchGguf(url, () => controller.abort(), controller.signal).catch((e: unknown) => e);
    expect(engineErrorKind(error)).toBe('aborted');
    expect((await cachedGgufs()).map((c) => c.url)).not.toContain(url);
  });

  it('an unreachable host is a network error naming the URL', async () => {
    const unreachable = await fetchGguf('http://127.0.0.1:9/model.gguf', () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(unreachable)).toBe('network');
    expect((unreachable as Error).message).toMatch(/network failed while downloading http:\/\/127\.0\.0\.1:9\/model\.gguf/);
  });

  it('reads a file opened from disk (a blob: URL) without caching it', async () => {
    const local = URL.createObjectURL(new Blob([bytes as BlobPart]));
    const blob = await fetchGguf(local, () => {});
    expect(blob.size).toBe(bytes.length);
    expect((await cachedGgufs()).map((c) => c.url)).not.toContain(local);
  });
});
