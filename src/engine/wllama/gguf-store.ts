import { EngineError } from '../engine-error';

/** The Cache Storage bucket that keeps downloaded GGUF files between visits. */
const CACHE_NAME = 'strategy-lab-gguf-v1';

export interface FetchProgress {
  loadedBytes: number;
  /** null when the server did not say how big the file is. */
  totalBytes: number | null;
  /** True when the file came from this browser's cache, not the network. */
  fromCache: boolean;
}

/** `blob:` URLs are files the user opened from disk: already local, never cached again. */
function isLocal(url: string): boolean {
  return url.startsWith('blob:');
}

function cacheStorage(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

/**
 * The GGUF file at `url` as a Blob: from this browser's cache when it was downloaded before,
 * otherwise streamed from the network (reporting bytes as they arrive) and then cached.
 * Aborting rejects with an EngineError of kind "aborted" and caches nothing.
 */
export async function fetchGguf(url: string, onProgress: (progress: FetchProgress) => void, signal?: AbortSignal): Promise<Blob> {
  signal?.throwIfAborted();
  const store = isLocal(url) ? null : cacheStorage();
  const cache = store ? await store.open(CACHE_NAME) : null;
  const cached = await cache?.match(url);
  if (cached) {
    const blob = await cached.blob();
    onProgress({ loadedBytes: blob.size, totalBytes: blob.size, fromCache: true });
    return blob;
  }
  const blob = await download(url, onProgress, signal);
  if (cache) await storeInCache(cache, url, blob);
  return blob;
}

async function download(url: string, onProgress: (progress: FetchProgress) => void, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw downloadError(error, url, signal);
  }
  if (!response.ok) {
    throw new EngineError(response.status === 404 ? 'unknown-model' : 'network', `The model file could not be downloaded from ${url}: HTTP ${response.status}.`);
  }
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loadedBytes = 0;
  onProgress({ loadedBytes, totalBytes, fromCache: false });
  try {
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loadedBytes += value.byteLength;
      onProgress({ loadedBytes, totalBytes, fromCache: false });
    }
  } catch (error) {
    throw downloadError(error, url, signal);
  }
  if (totalBytes !== null && loadedBytes !== totalBytes) {
    throw new EngineError('network', `The download of ${url} stopped at ${loadedBytes} of ${totalBytes} bytes. Try again.`);
  }
  return new Blob(chunks);
}

function downloadError(error: unknown, url: string, signal?: AbortSignal): EngineError {
  if (signal?.aborted) return new EngineError('aborted', 'Loading was cancelled.');
  const detail = error instanceof Error ? error.message : String(error);
  return new EngineError('network', `The network failed while downloading ${url} (${detail}). Check the connection and try again.`);
}

async function storeInCache(cache: Cache, url: string, blob: Blob): Promise<void> {
  try {
    await cache.put(url, new Response(blob, { headers: { 'content-length': String(blob.size) } }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      throw new EngineError('storage-quota', `This browser has no room left to keep the model (${formatMegabytes(blob.size)}). Delete cached models on the Models page, or allow more storage.`);
    }
    throw error;
  }
}

/** The URLs of every GGUF file kept in this browser, with their sizes in bytes. */
export async function cachedGgufs(): Promise<{ url: string; bytes: number }[]> {
  const store = cacheStorage();
  if (!store) return [];
  const cache = await store.open(CACHE_NAME);
  const requests = await cache.keys();
  return Promise.all(
    requests.map(async (request) => {
      const response = await cache.match(request);
      return { url: request.url, bytes: Number(response?.headers.get('content-length') ?? 0) };
    }),
  );
}

/** Removes one downloaded GGUF file from this browser; true when there was one. */
export async function deleteCachedGguf(url: string): Promise<boolean> {
  const store = cacheStorage();
  if (!store) return false;
  return (await store.open(CACHE_NAME)).delete(url);
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6)} MB`;
}
