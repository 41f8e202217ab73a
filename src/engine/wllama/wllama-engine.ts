import type { Wllama } from '@wllama/wllama';
import type { Generation, GenerationRequest, SentParameters, TokenDelta } from '../../core/generation';
import type { ModelRef } from '../../core/model';
import type { Engine, EngineCapabilities, LoadProgress } from '../engine';
import { EngineError } from '../engine-error';
import { cpuSupport } from './cpu-support';
import { fetchGguf, formatMegabytes } from './gguf-store';

/** The parts of the wllama package this engine uses (the package loads lazily, inside the worker). */
export interface WllamaModule {
  Wllama: typeof Wllama;
}

export interface WllamaEngineOptions {
  /** Imports @wllama/wllama; called on the first load. */
  loadModule: () => Promise<WllamaModule>;
  /** Where the wllama.wasm file is served. */
  wasmUrl: string;
  /** Context window to allocate (tokens). */
  contextTokens?: number;
  now?: () => number;
}

interface Loaded {
  source: string;
  wllama: Wllama;
}

/** One streamed chunk as wllama sends it (llama.cpp server's OpenAI-style chunk plus its timings). */
interface Chunk {
  choices: { delta: { content?: string | null }; finish_reason: string | null }[];
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  /** `cache_n` prompt tokens were reused from the previous request's KV cache, `prompt_n` processed anew. */
  timings?: { cache_n?: number; prompt_n: number; prompt_per_second: number; predicted_n: number; predicted_per_second: number };
}

const QUIET_LOGGER = { debug: () => {}, log: () => {}, warn: () => {}, error: () => {} };

/**
 * llama.cpp compiled to WebAssembly, on the CPU: the engine for browsers without WebGPU. Models are
 * GGUF files, fetched from their hub (and kept in Cache Storage) or opened from disk as `blob:` URLs.
 *
 * Cancelling: aborting `load` stops the download (or discards the model) and rejects with
 * "aborted"; aborting `generate` stops llama.cpp between tokens and resolves with the partial reply.
 */
export class WllamaEngine implements Engine {
  readonly #options: WllamaEngineOptions;
  readonly #now: () => number;
  #module: Promise<WllamaModule> | null = null;
  #loaded: Loaded | null = null;

  constructor(options: WllamaEngineOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
  }

  async capabilities(): Promise<EngineCapabilities> {
    const support = cpuSupport();
    return { engine: 'wllama', available: support.missing === null, reason: support.missing, details: support.details };
  }

  async load(model: ModelRef, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    if (model.engine !== 'wllama') throw new EngineError('unsupported-model', `The CPU engine runs GGUF models, not ${model.engine} models.`);
    const missing = cpuSupport().missing;
    if (missing) throw new EngineError('load-failed', missing);
    if (this.#loaded?.source === model.source) return onProgress(progress('ready', 1, null, null, `${model.label} is loaded.`));
    await this.unload();

    const blob = await fetchGguf(
      model.source,
      ({ loadedBytes, totalBytes, fromCache }) =>
        onProgress(
          progress(
            'fetching',
            totalBytes ? loadedBytes / totalBytes : 0,
            loadedBytes,
            totalBytes,
            fromCache ? `Found ${model.label} in this browser (${formatMegabytes(loadedBytes)}).` : `Downloading ${model.label}: ${formatMegabytes(loadedBytes)}${totalBytes ? ` of ${formatMegabytes(totalBytes)}` : ''}.`,
          ),
        ),
      signal,
    );
    signal?.throwIfAborted();
    // llama.cpp reports a file it cannot read only in its log, so check the format first.
    if (!(await isGguf(blob))) throw new EngineError('load-failed', `${model.label} could not be loaded: it is not a GGUF model file.`);
    onProgress(progress('loading', 0, 0, blob.size, `Loading ${model.label} into memory…`));
    const wllama = await this.#create(signal);
    try {
      await wllama.loadModel([blob], { n_ctx: this.#options.contextTokens ?? 2048 });
    } catch (error) {
      await wllama.exit().catch(() => {});
      throw new EngineError('load-failed', `${model.label} could not be loaded: ${describe(error)}. Is it a GGUF model file?`);
    }
    if (signal?.aborted) {
      await wllama.exit();
      throw new EngineError('aborted', 'Loading was cancelled.');
    }
    this.#loaded = { source: model.source, wllama };
    onProgress(progress('loading', 1, blob.size, blob.size, `${model.label} is in memory.`));
    onProgress(progress('ready', 1, null, null, `${model.label} is ready on the CPU (${wllama.getNumThreads()} thread${wllama.getNumThreads() === 1 ? '' : 's'}).`));
  }

  async #create(signal?: AbortSignal): Promise<Wllama> {
    this.#module ??= this.#options.loadModule();
    const { Wllama } = await this.#module;
    if (signal?.aborted) throw new EngineError('aborted', 'Loading was cancelled.');
    return new Wllama({ default: this.#options.wasmUrl }, { suppressNativeLog: true, logger: QUIET_LOGGER });
  }

  async generate(request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    const loaded = this.#loaded;
    if (!loaded) throw new EngineError('not-loaded', 'Load a GGUF model before generating.');
    const sent: SentParameters = { temperature: request.temperature, top_p: request.top_p, max_tokens: request.max_tokens, seed: request.seed };
    const started = this.#now();
    let firstTokenAt: number | null = null;
    let text = '';
    let chunks = 0;
    let finish: Chunk['choices'][number]['finish_reason'] = null;
    let last: Chunk | null = null;
    try {
      await loaded.wllama.createChatCompletion({
        messages: request.messages,
        stream: true,
        temperature: request.temperature,
        top_p: request.top_p,
        max_tokens: request.max_tokens,
        seed: request.seed,
        // llama.cpp's server reads `stop` like every OpenAI-style server; wllama's types omit it.
        ...({ stop: request.stop } as object),
        abortSignal: signal,
        onData: (chunk: Chunk) => {
          last = chunk;
          const choice = chunk.choices[0];
          const piece = choice?.delta.content ?? '';
          if (choice?.finish_reason) finish = choice.finish_reason;
          if (!piece) return;
          firstTokenAt ??= this.#now();
          text += piece;
          chunks++;
          onToken({ text: piece, tokens: 1 });
        },
      });
    } catch (error) {
      if (!signal?.aborted) throw generationError(error);
      finish = 'abort';
    }
    const done = this.#now();
    const timings = (last as Chunk | null)?.timings;
    const completionTokens = finish === 'abort' ? chunks : (timings?.predicted_n ?? chunks);
    return {
      text,
      textCoverage: 'full',
      finishReason: finish === 'abort' ? 'abort' : finish === 'length' ? 'length' : 'stop',
      // The prompt's size, whether llama.cpp processed it or found it in its cache.
      usage: { promptTokens: timings ? timings.prompt_n + (timings.cache_n ?? 0) : null, completionTokens },
      timings: {
        timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - started,
        prefillTokensPerSecond: timings?.prompt_per_second ?? null,
        decodeTokensPerSecond: timings?.predicted_per_second ?? null,
        totalMs: done - started,
      },
      sent,
    };
  }

  async unload(): Promise<void> {
    const loaded = this.#loaded;
    this.#loaded = null;
    await loaded?.wllama.exit();
  }
}

function progress(phase: LoadProgress['phase'], fraction: number, loadedBytes: number | null, totalBytes: number | null, text: string): LoadProgress {
  return { phase, fraction: Math.min(1, Math.max(0, fraction)), loadedBytes, totalBytes, text };
}

async function isGguf(blob: Blob): Promise<boolean> {
  const magic = new TextDecoder().decode(await blob.slice(0, 4).arrayBuffer());
  return magic === 'GGUF';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function generationError(error: unknown): EngineError {
  const message = describe(error);
  if (/context|kv.?cache/i.test(message)) {
    return new EngineError('context-window', `The prompt and reply do not fit the model's context window (${message}). Ask for fewer max tokens or a shorter prompt.`);
  }
  return new EngineError('load-failed', `The CPU engine failed while generating: ${message}`);
}
