import type {
  AppConfig,
  ChatCompletionChunk,
  ChatCompletionMessageParam,
  ChatCompletionRequestStreaming,
  CompletionUsage,
  InitProgressReport,
  MLCEngine,
} from '@mlc-ai/web-llm';
import type { ChatMessage, FinishReason, Generation, GenerationRequest, SentParameters, TokenDelta } from '../../core/generation';
import type { ModelRef } from '../../core/model';
import type { Engine, LoadPhase, LoadProgress } from '../engine';
import { EngineError } from '../engine-error';
import { buildWebLlmCatalog, recordNeedsShaderF16, type WebLlmCatalogEntry } from './catalog';
import { toLoadProgress } from './progress';
import { assessWebGpu, webLlmCapabilities, type GpuDescription, type WebLlmCapabilities } from './webgpu-capability';
import { probeWebGpu } from './webgpu-probe';
import { toEngineError } from './webllm-errors';

/**
 * The part of web-llm's MLCEngine this engine drives, typed from the real class so that a fake
 * cannot drift from it. Only the streaming form of `chat.completions.create` is used.
 */
export interface MlcEngineLike {
  reload: MLCEngine['reload'];
  unload: MLCEngine['unload'];
  interruptGenerate: MLCEngine['interruptGenerate'];
  setInitProgressCallback: MLCEngine['setInitProgressCallback'];
  chat: { completions: { create(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>> } };
}

/** web-llm once loaded: its model list and a way to make its engine. */
export interface WebLlmRuntime {
  appConfig: AppConfig;
  createEngine(): MlcEngineLike;
}

export interface WebLlmEngineOptions {
  /** Loads web-llm (lazily: called on the first load, or capabilities on a GPU that has an adapter). */
  loadRuntime: () => Promise<WebLlmRuntime>;
  /** Describes this browser's WebGPU; the real probe by default. */
  probeGpu?: () => Promise<GpuDescription>;
  /** Milliseconds, for timings web-llm does not report. */
  now?: () => number;
}

interface RuntimeFacts {
  runtime: WebLlmRuntime;
  catalog: WebLlmCatalogEntry[];
  knownIds: ReadonlySet<string>;
}

/**
 * WebLLM (MLC) models on WebGPU, behind the app's Engine interface. Runs one model at a time;
 * generations run one after another in the order they were asked for.
 *
 * Cancelling a load: web-llm cannot stop a download midway from outside, so the engine unloads
 * (which aborts web-llm's own fetches), rejects at once with "aborted", and lets the next call wait
 * until web-llm has settled. Files already downloaded stay cached. Cancelling a generation calls
 * `interruptGenerate()` and resolves with the partial reply (finish reason "abort").
 */
export class WebLlmEngine implements Engine {
  readonly #loadRuntime: () => Promise<WebLlmRuntime>;
  readonly #probeGpu: () => Promise<GpuDescription>;
  readonly #now: () => number;
  #facts: Promise<RuntimeFacts> | null = null;
  #mlc: MlcEngineLike | null = null;
  #loaded: string | null = null;
  /** Bumped whenever a load is superseded; its progress reports and outcome are then ignored. */
  #loadToken = 0;
  #onReport: ((report: InitProgressReport) => void) | null = null;
  /** The reload running now, to cancel it. */
  #inflight: { reloading: Promise<void>; controller: AbortController } | null = null;
  /** Settles once web-llm is free after a cancelled load. */
  #idle: Promise<void> = Promise.resolve();
  /** Settles after the last queued generation. */
  #queue: Promise<void> = Promise.resolve();

  constructor(options: WebLlmEngineOptions) {
    this.#loadRuntime = options.loadRuntime;
    this.#probeGpu = options.probeGpu ?? (() => probeWebGpu());
    this.#now = options.now ?? (() => performance.now());
  }

  /** What this browser's WebGPU can run. Loads web-llm only when there is an adapter to assess. */
  async capabilities(): Promise<WebLlmCapabilities> {
    const gpu = await this.#probeGpu();
    if (gpu.kind !== 'adapter') return webLlmCapabilities(assessWebGpu(gpu, []), []);
    const { catalog } = await this.#runtimeFacts();
    return webLlmCapabilities(assessWebGpu(gpu, catalog), catalog);
  }

  async load(model: ModelRef, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    if (model.engine !== 'webllm') throw new EngineError('unsupported-model', `The WebLLM engine cannot load a ${model.engine} model.`);
    const { modelId } = model;
    // A new load supersedes one still running: that one rejects with "aborted".
    this.#cancelLoad();
    const token = ++this.#loadToken;
    const check = () => {
      if (signal?.aborted || token !== this.#loadToken) throw cancelled(modelId);
    };
    check();
    await this.#idle;
    await this.#queue;
    check();
    // Everything that can be decided without downloading is decided first.
    const gpu = await this.#probeGpu();
    check();
    if (gpu.kind !== 'adapter') throw new EngineError('no-webgpu', assessWebGpu(gpu, []).reason!);
    const facts = await this.#runtimeFacts();
    check();
    const assessment = assessWebGpu(gpu, facts.catalog);
    if (!assessment.available) throw new EngineError('no-webgpu', assessment.reason!);
    const record = facts.runtime.appConfig.model_list.find((r) => r.model_id === modelId);
    if (!record) {
      throw new EngineError('unknown-model', `WebLLM has no model “${modelId}”. Pick one from the catalog, e.g. ${facts.catalog[0]?.modelId ?? 'TinyLlama'}.`);
    }
    if (recordNeedsShaderF16(record) && !assessment.shaderF16) {
      throw toEngineError({ name: 'ShaderF16SupportError', message: 'This GPU has no shader-f16.' }, 'load', modelId, facts.knownIds);
    }

    const mlc = this.#engine(facts.runtime);
    this.#loaded = null;
    let lastPhase: LoadPhase | null = null;
    this.#onReport = (report) => {
      if (token !== this.#loadToken) return;
      const progress = toLoadProgress(report);
      lastPhase = progress.phase;
      onProgress(progress);
    };
    const controller = new AbortController();
    const reloading = mlc.reload(modelId);
    this.#inflight = { reloading, controller };
    const onAbort = () => {
      if (this.#inflight?.controller === controller) this.#cancelLoad();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // A progress callback may already have aborted, while reload() was starting.
    if (signal?.aborted) onAbort();
    const outcome = await settleOrAbort(reloading, controller.signal);
    signal?.removeEventListener('abort', onAbort);
    if (this.#inflight?.controller === controller) this.#inflight = null;
    if (token === this.#loadToken) this.#onReport = null;
    // web-llm's reload() resolves quietly when its downloads are aborted: the token tells.
    if (outcome.kind === 'aborted' || token !== this.#loadToken) throw cancelled(modelId);
    if (outcome.kind === 'failed') {
      await mlc.unload().catch(noop);
      throw toEngineError(outcome.error, 'load', modelId, facts.knownIds);
    }
    this.#loaded = modelId;
    if (lastPhase !== 'ready') onProgress({ phase: 'ready', fraction: 1, loadedBytes: null, totalBytes: null, text: `Loaded ${modelId}` });
  }

  generate(request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    const run = this.#queue.then(() => this.#generate(request, onToken, signal));
    this.#queue = run.then(noop, noop);
    return run;
  }

  async unload(): Promise<void> {
    this.#loadToken++;
    this.#cancelLoad();
    this.#loaded = null;
    await this.#idle;
    if (!this.#mlc) return;
    // A generation still streaming ends (partial, "abort") before its model goes away.
    await this.#mlc.interruptGenerate();
    await this.#queue;
    await this.#mlc.unload();
  }

  async #generate(request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    const modelId = this.#loaded;
    const mlc = this.#mlc;
    if (modelId === null || mlc === null) throw new EngineError('not-loaded', 'Load a WebLLM model before generating.');
    const { knownIds } = await this.#runtimeFacts();
    // web-llm rejects a seed that is not an integer.
    const sent: SentParameters = {
      temperature: request.temperature,
      top_p: request.top_p,
      max_tokens: request.max_tokens,
      seed: Math.trunc(request.seed),
    };
    const start = this.#now();
    if (signal?.aborted) return abortedBeforeStart(sent);

    const body: ChatCompletionRequestStreaming = {
      messages: request.messages.map(toWebLlmMessage),
      stream: true,
      stream_options: { include_usage: true },
      temperature: sent.temperature,
      top_p: sent.top_p,
      max_tokens: sent.max_tokens,
      seed: sent.seed,
      stop: request.stop.length > 0 ? request.stop : null,
    };
    const interrupt = () => void mlc.interruptGenerate();
    signal?.addEventListener('abort', interrupt, { once: true });
    let text = '';
    let streamed = 0;
    let firstTokenMs: number | null = null;
    let finish: FinishReason = 'unknown';
    let usage: CompletionUsage | undefined;
    try {
      const stream = await mlc.chat.completions.create(body);
      for await (const chunk of stream) {
        // web-llm clears its interrupt flag when a request starts: repeat it until it takes hold.
        if (signal?.aborted) interrupt();
        const choice = chunk.choices[0];
        const delta = choice?.delta.content ?? '';
        if (delta !== '') {
          firstTokenMs ??= this.#now() - start;
          text += delta;
          streamed += 1;
          onToken({ text: delta, tokens: 1 });
        }
        if (choice?.finish_reason) finish = toFinishReason(choice.finish_reason);
        if (chunk.usage) usage = chunk.usage;
      }
    } catch (error) {
      const engineError = toEngineError(error, 'generate', modelId, knownIds);
      if (engineError.kind === 'device-lost') this.#loaded = null;
      throw engineError;
    } finally {
      signal?.removeEventListener('abort', interrupt);
    }
    if (finish === 'unknown' && signal?.aborted) finish = 'abort';
    // A chunk usually carries one token; the usage count is exact, so the rest is reported last.
    const completionTokens = usage?.completion_tokens ?? streamed;
    if (completionTokens > streamed) onToken({ text: '', tokens: completionTokens - streamed });
    const extra = usage?.extra;
    const ttftSeconds = positive(extra?.time_to_first_token_s);
    const e2eSeconds = positive(extra?.e2e_latency_s);
    return {
      text,
      textCoverage: 'full',
      finishReason: finish,
      usage: { promptTokens: usage?.prompt_tokens ?? null, completionTokens },
      timings: {
        timeToFirstTokenMs: ttftSeconds !== null ? ttftSeconds * 1000 : firstTokenMs,
        prefillTokensPerSecond: positive(extra?.prefill_tokens_per_s),
        decodeTokensPerSecond: positive(extra?.decode_tokens_per_s),
        totalMs: e2eSeconds !== null ? e2eSeconds * 1000 : this.#now() - start,
      },
      sent,
    };
  }

  /**
   * Stops the reload in flight, if any: unload() aborts web-llm's downloads; the reload may still
   * be compiling, so it is unloaded again once it has settled. The next call waits for all of it.
   */
  #cancelLoad(): void {
    const inflight = this.#inflight;
    const mlc = this.#mlc;
    if (!inflight || !mlc) return;
    this.#inflight = null;
    this.#loadToken++;
    inflight.controller.abort();
    this.#idle = mlc
      .unload()
      .catch(noop)
      .then(() => inflight.reloading.then(noop, noop))
      .then(() => mlc.unload())
      .catch(noop);
  }

  #engine(runtime: WebLlmRuntime): MlcEngineLike {
    if (!this.#mlc) {
      this.#mlc = runtime.createEngine();
      this.#mlc.setInitProgressCallback((report) => this.#onReport?.(report));
    }
    return this.#mlc;
  }

  #runtimeFacts(): Promise<RuntimeFacts> {
    this.#facts ??= this.#loadRuntime().then(
      (runtime) => ({
        runtime,
        catalog: buildWebLlmCatalog(runtime.appConfig),
        knownIds: new Set(runtime.appConfig.model_list.map((r) => r.model_id)),
      }),
      (error: unknown) => {
        this.#facts = null;
        throw new EngineError('load-failed', `The WebLLM library could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return this.#facts;
  }
}

type Outcome = { kind: 'done' } | { kind: 'failed'; error: unknown } | { kind: 'aborted' };

/** How `work` ends, or "aborted" as soon as `signal` aborts (work keeps running). */
function settleOrAbort(work: Promise<unknown>, signal: AbortSignal | undefined): Promise<Outcome> {
  const settled = work.then(
    (): Outcome => ({ kind: 'done' }),
    (error: unknown): Outcome => ({ kind: 'failed', error }),
  );
  if (!signal) return settled;
  if (signal.aborted) return Promise.resolve({ kind: 'aborted' });
  let onAbort = noop;
  const aborted = new Promise<Outcome>((resolve) => {
    onAbort = () => resolve({ kind: 'aborted' });
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([settled, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

function toWebLlmMessage(message: ChatMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'user':
      return { role: 'user', content: message.content };
    case 'assistant':
      return { role: 'assistant', content: message.content };
  }
}

function toFinishReason(reason: string): FinishReason {
  if (reason === 'length' || reason === 'abort') return reason;
  // "tool_calls" cannot happen without tools; it is a natural end all the same.
  return 'stop';
}

function abortedBeforeStart(sent: SentParameters): Generation {
  return {
    text: '',
    textCoverage: 'full',
    finishReason: 'abort',
    usage: { promptTokens: null, completionTokens: 0 },
    timings: { timeToFirstTokenMs: null, prefillTokensPerSecond: null, decodeTokensPerSecond: null, totalMs: 0 },
    sent,
  };
}

/** A finite positive number, else null (web-llm divides by zero when a phase took no time). */
function positive(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function cancelled(modelId: string): EngineError {
  return new EngineError('aborted', `Loading ${modelId} was cancelled. Files already downloaded stay cached.`);
}

function noop(): void {}
