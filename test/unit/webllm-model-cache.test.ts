import { prebuiltAppConfig, type AppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { buildWebLlmCatalog } from '../../src/engine/webllm/catalog';
import {
  deleteCachedModel,
  estimateStorage,
  isModelCached,
  listWebLlmModels,
  modelBaseUrl,
  requestPersistentStorage,
  type CacheStorageLike,
  type WebLlmCacheApi,
} from '../../src/engine/webllm/model-cache';

/** A cache holding some model ids, recording the calls and the app config each looked in. */
function fakeCache(cached: string[], failing: string[] = []) {
  const store = new Set(cached);
  const configs: (AppConfig | undefined)[] = [];
  const calls: string[] = [];
  const api: WebLlmCacheApi = {
    prebuiltAppConfig,
    hasModelInCache: async (id, config) => {
      configs.push(config);
      if (failing.includes(id)) throw new DOMException('blocked', 'SecurityError');
      return store.has(id);
    },
    deleteModelAllInfoInCache: async (id, config) => {
      configs.push(config);
      calls.push(`all ${id}`);
      store.delete(id);
    },
    deleteModelWasmInCache: async (id) => void calls.push(`wasm ${id}`),
    deleteChatConfigInCache: async (id) => void calls.push(`config ${id}`),
  };
  return { api: async () => api, store, configs, calls };
}

/** The Cache API, holding the given URLs in web-llm's "webllm/model" bucket. */
function fakeCacheStorage(urls: string[]) {
  const entries = new Set(urls);
  const cache = {
    match: async (url: string) => (entries.has(url) ? new Response('{}') : undefined),
    delete: async (url: string) => entries.delete(url),
  } as unknown as Cache;
  const storage: CacheStorageLike = { has: async (name) => name === 'webllm/model', open: async () => cache };
  return { storage, entries };
}

const TINY_BASE = 'https://huggingface.co/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC/resolve/main/';

const catalog = async () => buildWebLlmCatalog(prebuiltAppConfig);
const TINY = 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC';

describe('WebLLM model cache', () => {
  it('lists the catalog with each model’s cache status, unknown where the cache cannot be read', async () => {
    const { api, configs } = fakeCache([TINY], ['Phi-3-mini-4k-instruct-q4f32_1-MLC']);
    const models = await listWebLlmModels(api, catalog);
    expect(models.length).toBe((await catalog()).length);
    expect(models.find((m) => m.modelId === TINY)?.cached).toBe(true);
    expect(models.find((m) => m.modelId === 'TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC')?.cached).toBe(false);
    expect(models.find((m) => m.modelId === 'Phi-3-mini-4k-instruct-q4f32_1-MLC')?.cached).toBeNull();
    // Looked up in the same cache the engine stores into.
    expect(configs.every((c) => c === prebuiltAppConfig)).toBe(true);
  });

  it('deletes a downloaded model through web-llm, found by its cached manifest', async () => {
    const { api, store, calls } = fakeCache([TINY, 'SmolLM2-360M-Instruct-q4f32_1-MLC']);
    const { storage, entries } = fakeCacheStorage([`${TINY_BASE}tensor-cache.json`]);
    await deleteCachedModel(TINY, api, storage);
    expect(calls).toEqual([`all ${TINY}`]);
    expect([...entries]).toEqual([]);
    expect([...store]).toEqual(['SmolLM2-360M-Instruct-q4f32_1-MLC']);
    expect(await isModelCached(TINY, api)).toBe(false);
  });

  it('without a cached manifest deletes only the small files (web-llm would download the manifest to delete)', async () => {
    const { api, calls } = fakeCache([]);
    const { storage, entries } = fakeCacheStorage([`${TINY_BASE}tokenizer.json`, 'https://elsewhere/tokenizer.json']);
    await deleteCachedModel(TINY, api, storage);
    expect(calls).toEqual([`wasm ${TINY}`, `config ${TINY}`]);
    expect([...entries]).toEqual(['https://elsewhere/tokenizer.json']);
    await expect(deleteCachedModel('No-Such-Model', api, storage)).rejects.toMatchObject({ kind: 'unknown-model' });
  });

  it('computes the storage URL the way web-llm does', () => {
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC')).toBe(TINY_BASE);
    expect(modelBaseUrl('https://huggingface.co/u/m/resolve/dev/')).toBe('https://huggingface.co/u/m/resolve/dev/');
    expect(prebuiltAppConfig.model_list.find((r) => r.model_id === TINY)!.model).toBe(TINY_BASE.replace(/\/resolve\/main\/$/, ''));
  });

  it('estimates storage, and says "unknown" where the browser has no storage manager', async () => {
    const storage = { estimate: async () => ({ usage: 700e6, quota: 10e9 }), persisted: async () => false, persist: async () => true };
    expect(await estimateStorage(storage)).toEqual({ usageBytes: 700e6, quotaBytes: 10e9, persisted: false });
    const broken = { estimate: async () => Promise.reject(new Error('no')), persisted: async () => true, persist: async () => true };
    expect(await estimateStorage(broken)).toEqual({ usageBytes: null, quotaBytes: null, persisted: true });
  });

  it('asks for persistent storage only when not yet granted, and reports the answer', async () => {
    let asked = 0;
    const storage = (already: boolean, grant: boolean) => ({
      estimate: async () => ({}),
      persisted: async () => already,
      persist: async () => {
        asked += 1;
        return grant;
      },
    });
    expect(await requestPersistentStorage(storage(true, false))).toBe(true);
    expect(asked).toBe(0);
    expect(await requestPersistentStorage(storage(false, true))).toBe(true);
    expect(await requestPersistentStorage(storage(false, false))).toBe(false);
    expect(asked).toBe(2);
  });
});
