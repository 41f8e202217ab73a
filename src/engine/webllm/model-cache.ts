import type { AppConfig } from '@mlc-ai/web-llm';
import { EngineError } from '../engine-error';
import { loadWebLlmCatalog, type WebLlmCatalogEntry } from './catalog';
import { loadWebLlmLibrary } from './web-llm-library';

/*
 * The browser storage WebLLM models live in, for the main thread: which models are downloaded,
 * deleting one, how much space is used and left, and asking the browser to keep it. web-llm is
 * imported lazily by the functions that need it.
 */

/** The cache functions of web-llm these helpers use (injectable for tests). */
export interface WebLlmCacheApi {
  hasModelInCache(modelId: string, appConfig?: AppConfig): Promise<boolean>;
  deleteModelAllInfoInCache(modelId: string, appConfig?: AppConfig): Promise<void>;
  deleteModelWasmInCache(modelId: string, appConfig?: AppConfig): Promise<void>;
  deleteChatConfigInCache(modelId: string, appConfig?: AppConfig): Promise<void>;
  prebuiltAppConfig: AppConfig;
}

/** The Cache API storage web-llm's default backend uses (injectable for tests). */
export type CacheStorageLike = Pick<CacheStorage, 'has' | 'open'>;

/** web-llm's Cache API bucket for weights, tokenizer and the weights' manifest. */
const MODEL_CACHE = 'webllm/model';

const realCacheApi = (): Promise<WebLlmCacheApi> => loadWebLlmLibrary();

/** A catalog entry and whether its weights are already in this browser's cache. */
export interface CachedCatalogEntry extends WebLlmCatalogEntry {
  /** null when the cache could not be read (e.g. storage blocked). */
  cached: boolean | null;
}

/** Whether `modelId`'s weights are in the cache; null when the cache cannot be read. */
export async function isModelCached(modelId: string, api: () => Promise<WebLlmCacheApi> = realCacheApi): Promise<boolean | null> {
  const webllm = await api();
  try {
    return await webllm.hasModelInCache(modelId, webllm.prebuiltAppConfig);
  } catch {
    return null;
  }
}

/** The catalog, each entry with its cache status (looked up in parallel). */
export async function listWebLlmModels(
  api: () => Promise<WebLlmCacheApi> = realCacheApi,
  catalog: () => Promise<WebLlmCatalogEntry[]> = loadWebLlmCatalog,
): Promise<CachedCatalogEntry[]> {
  const entries = await catalog();
  const cached = await Promise.all(entries.map((entry) => isModelCached(entry.modelId, api)));
  return entries.map((entry, i) => ({ ...entry, cached: cached[i] ?? null }));
}

/**
 * Deletes a model's weights, tokenizer, configuration and library from the cache.
 *
 * web-llm's deleteModelAllInfoInCache finds the weight files through their manifest
 * (tensor-cache.json) and fetches that manifest from the network when it is not cached — so for a
 * model that was never (or barely) downloaded it would download to delete, and fail offline. The
 * manifest is looked up first; without it there are no weights, and only the small files that
 * need no manifest are deleted.
 */
export async function deleteCachedModel(
  modelId: string,
  api: () => Promise<WebLlmCacheApi> = realCacheApi,
  cacheStorage: CacheStorageLike | undefined = globalThis.caches,
): Promise<void> {
  const webllm = await api();
  const config = webllm.prebuiltAppConfig;
  const record = config.model_list.find((r) => r.model_id === modelId);
  if (!record) throw new EngineError('unknown-model', `WebLLM has no model “${modelId}”.`);
  const base = modelBaseUrl(record.model);
  if (cacheStorage && (await cacheStorage.has(MODEL_CACHE))) {
    const cache = await cacheStorage.open(MODEL_CACHE);
    const manifest = new URL('tensor-cache.json', base).href;
    if ((await cache.match(manifest)) !== undefined) {
      await webllm.deleteModelAllInfoInCache(modelId, config);
      // web-llm leaves the manifest behind; without it the model reads as never downloaded.
      await cache.delete(manifest);
      return;
    }
    await Promise.all(['tokenizer.json', 'tokenizer.model'].map((file) => cache.delete(new URL(file, base).href)));
  }
  await webllm.deleteModelWasmInCache(modelId, config);
  await webllm.deleteChatConfigInCache(modelId, config);
}

/** The base URL web-llm stores a model's files under (its cleanModelUrl, which it does not export). */
export function modelBaseUrl(model: string): string {
  let url = model.endsWith('/') ? model : `${model}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

/** What this site stores and may store, bytes; null where the browser does not say. */
export interface StorageEstimate {
  usageBytes: number | null;
  quotaBytes: number | null;
  /** The browser promised not to evict this site's data under storage pressure. */
  persisted: boolean | null;
}

type StorageLike = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;

function storageManager(storage: StorageLike | undefined): StorageLike | undefined {
  return storage ?? (globalThis.navigator as Navigator | undefined)?.storage;
}

/** How much storage the site uses and may use (navigator.storage.estimate). */
export async function estimateStorage(storage?: StorageLike): Promise<StorageEstimate> {
  const manager = storageManager(storage);
  if (!manager) return { usageBytes: null, quotaBytes: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    manager.estimate().catch(() => ({}) as StorageEstimate & { usage?: number; quota?: number }),
    manager.persisted().catch(() => null),
  ]);
  const { usage, quota } = estimate as { usage?: number; quota?: number };
  return { usageBytes: usage ?? null, quotaBytes: quota ?? null, persisted };
}

/**
 * Asks the browser to keep this site's storage (models of several GB) when space runs low.
 * Chrome decides without asking the user (granted more often for bookmarked or installed sites);
 * Firefox shows a prompt. Resolves with whether storage is persistent now; false when unsupported.
 */
export async function requestPersistentStorage(storage?: StorageLike): Promise<boolean> {
  const manager = storageManager(storage);
  if (!manager) return false;
  try {
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return false;
  }
}
