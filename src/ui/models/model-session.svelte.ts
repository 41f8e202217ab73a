import * as v from 'valibot';
import type { Generation, GenerationRequest } from '../../core/generation';
import type { EngineKind, ModelRef } from '../../core/model';
import type { Engine, EngineCapabilities, LoadProgress } from '../../engine/engine';
import { engineErrorKind, type EngineErrorKind } from '../../engine/engine-error';
import { LoadEta } from '../../engine/load-eta';
import type { Setting, SettingsStore } from '../../store/settings-store';
import { messageOf } from '../error-message';

/** The engines a user can pick a model from (the replay engine only plays recordings). */
export type LiveEngineKind = Exclude<EngineKind, 'replay'>;

export const LIVE_ENGINES: readonly LiveEngineKind[] = ['webllm', 'wllama', 'openai-compatible'];

/** How to start each engine; each is created once, on first use. */
export interface EngineFactories {
  webllm: () => Engine;
  wllama: () => Engine;
  /** The key is the user's, kept in this browser and sent only to their server. */
  'openai-compatible': (apiKey: string | null) => Engine;
}

export const serverApiKeySetting: Setting<string> = { key: 'server.apiKey', schema: v.string(), fallback: '' };

export type CapabilityState = { kind: 'checking' } | { kind: 'known'; capabilities: EngineCapabilities };

export type ModelState =
  | { kind: 'none' }
  /** `etaSeconds`: time left in a byte-counted phase, null while unknown. */
  | { kind: 'loading'; model: ModelRef; progress: LoadProgress | null; etaSeconds: number | null }
  | { kind: 'ready'; model: ModelRef }
  | { kind: 'problem'; model: ModelRef; errorKind: EngineErrorKind | null; message: string };

export interface TryItSettings {
  prompt: string;
  temperature: number;
  topP: number;
  maxTokens: number;
  seed: number;
}

export type TryItState =
  | { kind: 'idle' }
  | { kind: 'generating'; text: string; tokens: number }
  | { kind: 'done'; generation: Generation }
  | { kind: 'problem'; errorKind: EngineErrorKind | null; message: string };

export const DEFAULT_TRY_IT: TryItSettings = {
  prompt: 'Write a Rust function that checks if a number is prime. Keep it under 15 lines.',
  temperature: 0.3,
  topP: 0.95,
  maxTokens: 512,
  seed: 1,
};

/**
 * The Models page: what this browser can run, loading one model at a time (with progress and
 * cancel), and trying it on a prompt with every sampling parameter visible and actually sent.
 */
export class ModelSession {
  capabilities = $state.raw<Record<LiveEngineKind, CapabilityState>>({
    webllm: { kind: 'checking' },
    wllama: { kind: 'checking' },
    'openai-compatible': { kind: 'checking' },
  });
  model = $state.raw<ModelState>({ kind: 'none' });
  tryIt = $state.raw<TryItState>({ kind: 'idle' });
  apiKey = $state('');

  readonly #factories: EngineFactories;
  readonly #settings: SettingsStore | null;
  readonly #engines = new Map<LiveEngineKind, Engine>();
  /** The engine holding the loaded (or loading) model. */
  #active: Engine | null = null;
  #loadAbort: AbortController | null = null;
  #generateAbort: AbortController | null = null;

  constructor(factories: EngineFactories, settings: SettingsStore | null) {
    this.#factories = factories;
    this.#settings = settings;
  }

  async restore(): Promise<void> {
    if (this.#settings) this.apiKey = await this.#settings.get(serverApiKeySetting);
  }

  /** Asks every engine what this browser can run; engines answer independently. */
  async checkCapabilities(): Promise<void> {
    await Promise.all(
      LIVE_ENGINES.map(async (kind) => {
        let capabilities: EngineCapabilities;
        try {
          capabilities = await this.#engine(kind).capabilities();
        } catch (error) {
          capabilities = { engine: kind, available: false, reason: messageOf(error), details: [] };
        }
        this.capabilities = { ...this.capabilities, [kind]: { kind: 'known', capabilities } };
      }),
    );
  }

  async setApiKey(apiKey: string): Promise<void> {
    this.apiKey = apiKey.trim();
    // A new key needs a new client; the next load creates it.
    this.#engines.delete('openai-compatible');
    await this.#settings?.set(serverApiKeySetting, this.apiKey);
  }

  /** Loads `model`, unloading whatever was loaded before (one model at a time keeps memory in check). */
  async load(model: ModelRef): Promise<void> {
    if (model.engine === 'replay') throw new Error('Recordings are replayed from the landing page.');
    this.cancelLoad();
    this.stop();
    const abort = new AbortController();
    this.#loadAbort = abort;
    const engine = this.#engine(model.engine);
    if (this.#active && this.#active !== engine) await this.#active.unload().catch(() => {});
    this.#active = engine;
    this.model = { kind: 'loading', model, progress: null, etaSeconds: null };
    const eta = new LoadEta();
    try {
      await engine.load(model, (progress) => {
        const etaSeconds = eta.update(progress, performance.now());
        if (this.#loadAbort === abort) this.model = { kind: 'loading', model, progress, etaSeconds };
      }, abort.signal);
      if (this.#loadAbort === abort) this.model = { kind: 'ready', model };
    } catch (error) {
      if (this.#loadAbort !== abort) return;
      const errorKind = engineErrorKind(error);
      this.model = errorKind === 'aborted' ? { kind: 'none' } : { kind: 'problem', model, errorKind, message: messageOf(error) };
    } finally {
      if (this.#loadAbort === abort) this.#loadAbort = null;
    }
  }

  cancelLoad(): void {
    this.#loadAbort?.abort();
  }

  async unload(): Promise<void> {
    this.cancelLoad();
    this.stop();
    await this.#active?.unload().catch(() => {});
    this.#active = null;
    this.model = { kind: 'none' };
  }

  /** Generates a reply to the prompt with the loaded model, streaming it into `tryIt`. */
  async generate(settings: TryItSettings): Promise<void> {
    const engine = this.#active;
    if (!engine || this.model.kind !== 'ready') return;
    this.stop();
    const abort = new AbortController();
    this.#generateAbort = abort;
    const request: GenerationRequest = {
      messages: [{ role: 'user', content: settings.prompt }],
      temperature: settings.temperature,
      top_p: settings.topP,
      max_tokens: settings.maxTokens,
      seed: settings.seed,
      stop: [],
    };
    let text = '';
    let tokens = 0;
    this.tryIt = { kind: 'generating', text, tokens };
    try {
      const generation = await engine.generate(request, (delta) => {
        text += delta.text;
        tokens += delta.tokens;
        if (this.#generateAbort === abort) this.tryIt = { kind: 'generating', text, tokens };
      }, abort.signal);
      if (this.#generateAbort === abort) this.tryIt = { kind: 'done', generation };
    } catch (error) {
      if (this.#generateAbort === abort) this.tryIt = { kind: 'problem', errorKind: engineErrorKind(error), message: messageOf(error) };
    } finally {
      if (this.#generateAbort === abort) this.#generateAbort = null;
    }
  }

  /** The loaded model and its engine, for strategies and sweeps; null while none is ready. */
  loaded(): { engine: Engine; model: ModelRef } | null {
    return this.model.kind === 'ready' && this.#active ? { engine: this.#active, model: this.model.model } : null;
  }

  /** Stops the generation in progress; the engine returns what it has so far. */
  stop(): void {
    this.#generateAbort?.abort();
  }

  #engine(kind: LiveEngineKind): Engine {
    let engine = this.#engines.get(kind);
    if (!engine) {
      engine = kind === 'openai-compatible' ? this.#factories[kind](this.apiKey || null) : this.#factories[kind]();
      this.#engines.set(kind, engine);
    }
    return engine;
  }
}

