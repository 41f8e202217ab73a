import { describe, expect, it } from 'vitest';
import type { CachedCatalogEntry } from '../../src/engine/webllm/model-cache';
import { ModelLibrary, type ModelStorage } from '../../src/ui/models/model-library.svelte';

/* The Models page's storage state, over a scripted storage: listing, deleting, persisting, failures. */

function fakeStorage(overrides: Partial<ModelStorage> = {}) {
  const ggufs = new Map([['https://hub.example/a.gguf', 100]]);
  const cached = new Set(['TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC']);
  const storage: ModelStorage = {
    listWebLlmModels: async () => [...cached].map((modelId) => ({ modelId, cached: true }) as CachedCatalogEntry),
    deleteWebLlmModel: async (modelId) => void cached.delete(modelId),
    cachedGgufs: async () => [...ggufs].map(([url, bytes]) => ({ url, bytes })),
    deleteGguf: async (url) => ggufs.delete(url),
    estimate: async () => ({ usageBytes: [...ggufs.values()].reduce((a, b) => a + b, 0), quotaBytes: 1000, persisted: false }),
    persist: async () => false,
    ...overrides,
  };
  return storage;
}

describe('ModelLibrary', () => {
  it('lists GGUF files and storage use, and a delete refreshes both', async () => {
    const library = new ModelLibrary(fakeStorage());
    await library.refreshStorage();
    expect(library.ggufs).toEqual([{ url: 'https://hub.example/a.gguf', bytes: 100 }]);
    expect(library.storage).toEqual({ usageBytes: 100, quotaBytes: 1000, persisted: false });
    await library.deleteGguf('https://hub.example/a.gguf');
    expect(library.ggufs).toEqual([]);
    expect(library.storage?.usageBytes).toBe(0);
  });

  it('lists the WebLLM catalog on request, and deleting a model lists it again', async () => {
    const library = new ModelLibrary(fakeStorage());
    expect(library.webllm.kind).toBe('idle');
    await library.listWebLlm();
    expect(library.webllm).toMatchObject({ kind: 'ready', items: [{ modelId: 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC' }] });
    await library.deleteWebLlm('TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC');
    expect(library.webllm).toEqual({ kind: 'ready', items: [] });
  });

  it('says so when the catalog cannot be read, or a delete fails, or the browser declines to persist', async () => {
    const library = new ModelLibrary(
      fakeStorage({
        listWebLlmModels: async () => Promise.reject(new Error('offline')),
        deleteGguf: async () => Promise.reject(new Error('storage is blocked')),
      }),
    );
    await library.listWebLlm();
    expect(library.webllm).toEqual({ kind: 'problem', message: 'The WebLLM catalog could not be read: offline' });
    await library.deleteGguf('https://hub.example/a.gguf');
    expect(library.problem).toBe('storage is blocked');
    await library.persist();
    expect(library.problem).toMatch(/declined to keep this site’s storage/);
  });
});
