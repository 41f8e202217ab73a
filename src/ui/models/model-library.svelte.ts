import type { StorageEstimate } from '../../engine/webllm/model-cache';
import type { CachedCatalogEntry } from '../../engine/webllm/model-cache';
import { messageOf } from '../error-message';

/** What the library needs from the engines' storage helpers (injectable for tests). */
export interface ModelStorage {
  /** WebLLM's catalog with cache status; imports web-llm (6 MB), so called only when WebGPU works. */
  listWebLlmModels(): Promise<CachedCatalogEntry[]>;
  deleteWebLlmModel(modelId: string): Promise<void>;
  cachedGgufs(): Promise<{ url: string; bytes: number }[]>;
  deleteGguf(url: string): Promise<boolean>;
  estimate(): Promise<StorageEstimate>;
  persist(): Promise<boolean>;
}

export type Listing<T> = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; items: T } | { kind: 'problem'; message: string };

/**
 * The models kept in this browser: WebLLM's catalog with what is downloaded, the GGUF files the
 * CPU engine downloaded, storage use, and asking the browser to keep it all.
 */
export class ModelLibrary {
  webllm = $state.raw<Listing<CachedCatalogEntry[]>>({ kind: 'idle' });
  ggufs = $state.raw<{ url: string; bytes: number }[]>([]);
  storage = $state.raw<StorageEstimate | null>(null);
  /** Why the last delete or persist request failed; null when it did not. */
  problem = $state<string | null>(null);

  readonly #storage: ModelStorage;

  constructor(storage: ModelStorage) {
    this.#storage = storage;
  }

  async refreshStorage(): Promise<void> {
    const [ggufs, storage] = await Promise.all([this.#storage.cachedGgufs().catch(() => []), this.#storage.estimate()]);
    this.ggufs = ggufs;
    this.storage = storage;
  }

  async listWebLlm(): Promise<void> {
    this.webllm = { kind: 'loading' };
    try {
      this.webllm = { kind: 'ready', items: await this.#storage.listWebLlmModels() };
    } catch (error) {
      this.webllm = { kind: 'problem', message: `The WebLLM catalog could not be read: ${messageOf(error)}` };
    }
  }

  async deleteWebLlm(modelId: string): Promise<void> {
    await this.#attempt(() => this.#storage.deleteWebLlmModel(modelId));
    if (this.webllm.kind === 'ready') await this.listWebLlm();
    await this.refreshStorage();
  }

  async deleteGguf(url: string): Promise<void> {
    await this.#attempt(() => this.#storage.deleteGguf(url));
    await this.refreshStorage();
  }

  async persist(): Promise<void> {
    await this.#attempt(async () => {
      if (!(await this.#storage.persist())) this.problem = 'The browser declined to keep this site’s storage (it decides by its own rules; bookmarking or installing the site helps).';
    });
    await this.refreshStorage();
  }

  async #attempt(action: () => Promise<unknown>): Promise<void> {
    this.problem = null;
    try {
      await action();
    } catch (error) {
      this.problem = messageOf(error);
    }
  }
}

