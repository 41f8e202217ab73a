import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Generation, GenerationRequest, TokenDelta } from '../../src/core/generation';
import type { ModelRef } from '../../src/core/model';
import type { Engine, EngineCapabilities, LoadProgress } from '../../src/engine/engine';
import { EngineError } from '../../src/engine/engine-error';
import { openDatabase } from '../../src/store/db';
import { SettingsStore } from '../../src/store/settings-store';
import { DEFAULT_TRY_IT, ModelSession, type EngineFactories } from '../../src/ui/models/model-session.svelte';

/* The Models page's state, with scripted engines (the real ones have tests of their own). */

class ScriptedEngine implements Engine {
  readonly requests: GenerationRequest[] = [];
  readonly loaded: ModelRef[] = [];
  unloads = 0;
  /** Resolves the pending load when called. */
  finishLoad: (() => void) | null = null;

  constructor(
    readonly kind: EngineCapabilities['engine'],
    readonly options: { available?: boolean; loadError?: EngineError; reply?: string; holdLoad?: boolean; apiKey?: string | null } = {},
  ) {}

  async capabilities(): Promise<EngineCapabilities> {
    const available = this.options.available ?? true;
    return { engine: this.kind, available, reason: available ? null : 'No WebGPU in this browser.', details: [] };
  }

  async load(model: ModelRef, onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    onProgress({ phase: 'fetching', fraction: 0.5, loadedBytes: 50, totalBytes: 100, text: 'Fetching' });
    if (this.options.loadError) throw this.options.loadError;
    if (this.options.holdLoad) {
      await new Promise<void>((resolve, reject) => {
        this.finishLoad = resolve;
        signal?.addEventListener('abort', () => reject(new EngineError('aborted', 'Loading was cancelled.')));
      });
    }
    onProgress({ phase: 'ready', fraction: 1, loadedBytes: 100, totalBytes: 100, text: 'Ready' });
    this.loaded.push(model);
  }

  async generate(request: GenerationRequest, onToken: (d: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    this.requests.push(request);
    const pieces = (this.options.reply ?? 'fn main() {}').split(' ');
    let text = '';
    for (const [i, piece] of pieces.entries()) {
      if (signal?.aborted) return generation(text, 'abort', request);
      const delta = (i > 0 ? ' ' : '') + piece;
      text += delta;
      onToken({ text: delta, tokens: 1 });
      await new Promise((r) => setTimeout(r, 5));
    }
    return generation(text, 'stop', request);
  }

  async unload(): Promise<void> {
    this.unloads++;
  }
}

function generation(text: string, finishReason: Generation['finishReason'], request: GenerationRequest): Generation {
  return {
    text,
    textCoverage: 'full',
    finishReason,
    usage: { promptTokens: 10, completionTokens: text.split(' ').length },
    timings: { timeToFirstTokenMs: 1, prefillTokensPerSecond: null, decodeTokensPerSecond: 100, totalMs: 20 },
    sent: { temperature: request.temperature, top_p: request.top_p, max_tokens: request.max_tokens, seed: request.seed },
  };
}

const webllmModel: ModelRef = { engine: 'webllm', modelId: 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC' };
const serverModel: ModelRef = { engine: 'openai-compatible', baseUrl: 'http://localhost:11434/v1', model: 'tinyllama' };

function setup(overrides: Partial<Record<EngineCapabilities['engine'], ScriptedEngine['options']>> = {}, settings: SettingsStore | null = null) {
  const engines: ScriptedEngine[] = [];
  const make = (kind: EngineCapabilities['engine'], extra: ScriptedEngine['options'] = {}) => {
    const engine = new ScriptedEngine(kind, { ...overrides[kind], ...extra });
    engines.push(engine);
    return engine;
  };
  const factories: EngineFactories = {
    webllm: () => make('webllm'),
    wllama: () => make('wllama'),
    'openai-compatible': (apiKey) => make('openai-compatible', { apiKey }),
  };
  return { session: new ModelSession(factories, settings), engines };
}

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => deleteDB(name)));
});

describe('ModelSession', () => {
  it('reports each engine’s capabilities, including the ones this browser lacks', async () => {
    const { session } = setup({ webllm: { available: false } });
    await session.checkCapabilities();
    expect(session.capabilities.webllm).toMatchObject({ kind: 'known', capabilities: { available: false, reason: 'No WebGPU in this browser.' } });
    expect(session.capabilities.wllama).toMatchObject({ kind: 'known', capabilities: { available: true } });
  });

  it('loads with progress, then generates with exactly the settings shown, streaming the reply', async () => {
    const { session, engines } = setup({ webllm: { reply: 'fn is_prime(n: u32) -> bool { n > 1 }' } });
    const seen: string[] = [];
    const loading = session.load(webllmModel);
    expect(session.model).toMatchObject({ kind: 'loading', model: webllmModel });
    await loading;
    expect(session.model).toEqual({ kind: 'ready', model: webllmModel });

    const settings = { ...DEFAULT_TRY_IT, temperature: 0.9, seed: 42, maxTokens: 64 };
    const done = session.generate(settings);
    await new Promise((r) => setTimeout(r, 12));
    if (session.tryIt.kind === 'generating') seen.push(session.tryIt.text);
    await done;
    expect(seen[0]?.length).toBeGreaterThan(0);
    expect(seen[0]!.length).toBeLessThan('fn is_prime(n: u32) -> bool { n > 1 }'.length);
    expect(session.tryIt).toMatchObject({ kind: 'done', generation: { text: 'fn is_prime(n: u32) -> bool { n > 1 }', finishReason: 'stop' } });
    expect(engines[0]!.requests[0]).toEqual({
      messages: [{ role: 'user', content: DEFAULT_TRY_IT.prompt }],
      temperature: 0.9,
      top_p: DEFAULT_TRY_IT.topP,
      max_tokens: 64,
      seed: 42,
      stop: [],
    });
  });

  it('stop keeps the partial reply', async () => {
    const { session } = setup({ webllm: { reply: 'one two three four five six seven eight nine ten' } });
    await session.load(webllmModel);
    const done = session.generate(DEFAULT_TRY_IT);
    await new Promise((r) => setTimeout(r, 12));
    session.stop();
    await done;
    expect(session.tryIt).toMatchObject({ kind: 'done', generation: { finishReason: 'abort' } });
    const text = session.tryIt.kind === 'done' ? session.tryIt.generation.text : '';
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toBe('one two three four five six seven eight nine ten');
  });

  it('cancelling a load returns to no model; a failed load says why with its kind', async () => {
    const { session, engines } = setup({ webllm: { holdLoad: true }, wllama: { loadError: new EngineError('device-lost', 'The GPU ran out of memory. Try a -1k variant.') } });
    const loading = session.load(webllmModel);
    await new Promise((r) => setTimeout(r, 5));
    session.cancelLoad();
    await loading;
    expect(session.model).toEqual({ kind: 'none' });
    expect(engines[0]!.loaded).toEqual([]);

    await session.load({ engine: 'wllama', source: 'https://example.test/model.gguf', label: 'tiny' });
    expect(session.model).toMatchObject({ kind: 'problem', errorKind: 'device-lost', message: 'The GPU ran out of memory. Try a -1k variant.' });
  });

  it('loading a model of another engine unloads the previous one', async () => {
    const { session, engines } = setup();
    await session.load(webllmModel);
    await session.load(serverModel);
    expect(engines.map((e) => [e.kind, e.unloads])).toEqual([
      ['webllm', 1],
      ['openai-compatible', 0],
    ]);
    expect(session.model).toEqual({ kind: 'ready', model: serverModel });
  });

  it('keeps the server API key in this browser and gives it to the server engine only', async () => {
    const name = `model-session-${crypto.randomUUID()}`;
    names.push(name);
    const db = await openDatabase({ name });
    const first = setup({}, new SettingsStore(db));
    await first.session.setApiKey('  sk-local  ');
    await first.session.load(serverModel);
    await first.session.load(webllmModel);
    expect(first.engines.map((e) => [e.kind, e.options.apiKey ?? null])).toEqual([
      ['openai-compatible', 'sk-local'],
      ['webllm', null],
    ]);

    const second = setup({}, new SettingsStore(db));
    await second.session.restore();
    expect(second.session.apiKey).toBe('sk-local');
    db.close();
  });
});
