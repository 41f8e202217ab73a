import type { Generation, GenerationRequest, SentParameters, TokenDelta } from '../../core/generation';
import type { ModelRef } from '../../core/model';
import type { Engine, EngineCapabilities, LoadProgress } from '../engine';
import { EngineError } from '../engine-error';
import { brokenStreamError, fetchFailure, httpError, notStreamedError, type CallContext } from './errors';
import { parseJson, parseModelList, type ListedModel } from './schemas';
import { SseParser } from './sse';
import { StreamAccumulator } from './stream';

/** How an OpenAiCompatibleEngine reaches its server; every field is optional. */
export interface OpenAiEngineOptions {
  /** The fetch to use (default: the global one). Injectable for tests and for Node. */
  fetch?: typeof fetch;
  /** Sent as `Authorization: Bearer <key>` when set; null or blank sends no Authorization header. */
  apiKey?: string | null;
  /** Milliseconds from an arbitrary origin, monotonic (default: performance.now). */
  now?: () => number;
  /**
   * The origin of the page making the requests, to tell CORS refusals from unreachable servers
   * (default: `location.origin` in a browser or worker, null in Node, where there is no CORS).
   */
  pageOrigin?: string | null;
}

interface Target {
  baseUrl: string;
  model: string;
}

/**
 * An engine for any server that speaks the OpenAI chat-completions protocol: Ollama (at
 * http://host:11434/v1), llama.cpp's llama-server and vLLM. Runs wherever fetch does — a page, a
 * worker, Node ≥ 20.
 *
 * `load` asks the server for its models (GET /models) and checks it serves the one named;
 * `generate` streams POST /chat/completions (Server-Sent Events) with every sampling parameter
 * sent explicitly. Cancelling: aborting `load` rejects with "aborted"; aborting `generate` closes
 * the connection — the servers then stop generating — and resolves with the partial Generation.
 */
export class OpenAiCompatibleEngine implements Engine {
  readonly #fetch: typeof fetch | undefined;
  readonly #apiKey: string | null;
  readonly #now: () => number;
  readonly #pageOrigin: string | null;
  #target: Target | null = null;

  constructor(options: OpenAiEngineOptions = {}) {
    this.#fetch = options.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
    const key = options.apiKey?.trim();
    this.#apiKey = key ? key : null;
    this.#now = options.now ?? (() => performance.now());
    this.#pageOrigin = options.pageOrigin !== undefined ? options.pageOrigin : currentOrigin();
  }

  async capabilities(): Promise<EngineCapabilities> {
    const available = this.#fetch !== undefined;
    return {
      engine: 'openai-compatible',
      available,
      reason: available ? null : 'This environment has no fetch, so it cannot talk to a server.',
      details: [
        'Talks to a server you run — Ollama, llama.cpp’s llama-server or vLLM — through its OpenAI-compatible /v1 API; nothing is downloaded into the browser.',
        'The browser shows this page a server’s answers only if the server allows the page’s origin (CORS): Ollama allows localhost pages unless OLLAMA_ORIGINS adds more; llama-server and vLLM allow every origin unless --cors-origins / --allowed-origins restrict them.',
        this.#apiKey === null ? 'No API key is sent.' : 'The API key is sent as “Authorization: Bearer …” to this server only.',
      ],
    };
  }

  async load(model: ModelRef, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    this.#target = null;
    try {
      if (signal?.aborted) throw aborted();
      if (model.engine !== 'openai-compatible') {
        throw new EngineError('unsupported-model', `This engine talks to OpenAI-compatible servers, not ${model.engine} models.`);
      }
      const target = { baseUrl: normalizeBaseUrl(model.baseUrl), model: model.model.trim() };
      if (target.model === '') throw new EngineError('unsupported-model', 'Name the model to use, e.g. “tinyllama” for Ollama.');
      onProgress({ phase: 'loading', fraction: 0, loadedBytes: null, totalBytes: null, text: `Asking ${target.baseUrl} for its models…` });
      const models = await this.#listModels(target, signal);
      if (!servesModel(models, target.model)) {
        throw new EngineError(
          'unknown-model',
          `The server at ${target.baseUrl} has no model “${target.model}”. ${describeListing(models)} Pick one of those, or for ` +
            `Ollama run \`ollama pull ${target.model}\` first.`,
        );
      }
      this.#target = target;
      onProgress({ phase: 'ready', fraction: 1, loadedBytes: null, totalBytes: null, text: `${target.model} on ${target.baseUrl}` });
    } catch (error) {
      throw this.#redact(error);
    }
  }

  /** GET /models, validated. Rejects with an EngineError ("aborted" when `signal` fired). */
  async #listModels(target: Target, signal: AbortSignal | undefined): Promise<ListedModel[]> {
    const context: CallContext = { ...target, stage: 'models', hasApiKey: this.#apiKey !== null };
    const url = `${target.baseUrl}/models`;
    let response: Response;
    let body: string;
    try {
      response = await this.#fetchOrThrow()(url, { headers: this.#headers(false), signal });
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) throw aborted();
      throw await this.#failure(error, context, signal);
    }
    if (!response.ok) throw httpError(response.status, body, response.headers.get('Retry-After'), context);
    const models = parseModelList(parseJson(body));
    if (models === null) {
      throw new EngineError(
        'server-error',
        `${url} did not answer with a model list (${clipBody(body)}). Check that the address points at an OpenAI-compatible ` +
          'API: it usually ends in /v1.',
      );
    }
    return models;
  }

  async generate(request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    const target = this.#target;
    if (target === null) throw new EngineError('not-loaded', 'Connect to a server and model before generating.');
    try {
      return await this.#generate(target, request, onToken, signal);
    } catch (error) {
      throw this.#redact(error);
    }
  }

  async #generate(target: Target, request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    const context: CallContext = { ...target, stage: 'chat', hasApiKey: this.#apiKey !== null };
    const body = {
      model: target.model,
      messages: request.messages.map(({ role, content }) => ({ role, content })),
      stream: true,
      stream_options: { include_usage: true },
      temperature: request.temperature,
      top_p: request.top_p,
      max_tokens: request.max_tokens,
      seed: request.seed,
      stop: request.stop,
    };
    const sent: SentParameters = { temperature: body.temperature, top_p: body.top_p, max_tokens: body.max_tokens, seed: body.seed };
    const startedAt = this.#now();
    const stream = new StreamAccumulator(context, onToken, this.#now);
    const cancelled = () => stream.finish(startedAt, true, sent);
    if (signal?.aborted) return cancelled();

    let response: Response;
    try {
      response = await this.#fetchOrThrow()(`${target.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: this.#headers(true),
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) return cancelled();
      throw await this.#failure(error, context, signal);
    }
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!response.ok || response.body === null || contentType.includes('application/json')) {
      const text = await response.text().catch(() => '');
      if (signal?.aborted) return cancelled();
      if (response.ok) throw notStreamedError(text, context);
      const error = httpError(response.status, text, response.headers.get('Retry-After'), context);
      if (error.kind === 'unknown-model') throw await this.#withListing(error, target, signal);
      throw error;
    }

    const reader = response.body.getReader();
    const parser = new SseParser();
    try {
      while (!stream.done) {
        const { done, value } = await reader.read();
        for (const event of done ? parser.end() : parser.push(value)) stream.accept(event);
        if (done) break;
      }
    } catch (error) {
      if (signal?.aborted) return cancelled();
      if (error instanceof EngineError) throw error;
      throw brokenStreamError(error instanceof Error ? error.message : String(error), context);
    } finally {
      // Stopping early ([DONE], a bad chunk, an abort) must still close the connection.
      reader.cancel().catch(() => {});
    }
    if (!stream.complete) throw brokenStreamError('it closed before the reply was complete', context);
    return stream.finish(startedAt, false, sent);
  }

  /** An "unknown-model" error with the models the server does serve, when it will say (best effort). */
  async #withListing(error: EngineError, target: Target, signal: AbortSignal | undefined): Promise<EngineError> {
    try {
      const models = await this.#listModels(target, signal);
      return new EngineError(error.kind, `${error.message} ${describeListing(models)}`);
    } catch {
      return error;
    }
  }

  /** The error with the API key blanked out, should a server or fetch ever echo it. */
  #redact(error: unknown): unknown {
    const key = this.#apiKey;
    if (key === null || !(error instanceof EngineError) || !error.message.includes(key)) return error;
    return new EngineError(error.kind, error.message.split(key).join('[API key]'));
  }

  async unload(): Promise<void> {
    this.#target = null;
  }

  #headers(json: boolean): Record<string, string> {
    const headers: Record<string, string> = json ? { 'Content-Type': 'application/json', Accept: 'text/event-stream' } : { Accept: 'application/json' };
    if (this.#apiKey !== null) headers.Authorization = `Bearer ${this.#apiKey}`;
    return headers;
  }

  #fetchOrThrow(): typeof fetch {
    if (this.#fetch === undefined) throw new EngineError('network', 'This environment has no fetch, so it cannot talk to a server.');
    return this.#fetch;
  }

  /** Why a fetch rejected: CORS or an unreachable server (see fetchFailure for the rule). */
  #failure(error: unknown, context: CallContext, signal: AbortSignal | undefined): Promise<EngineError> {
    if (error instanceof EngineError) return Promise.resolve(error);
    const probe = async (): Promise<boolean | null> => {
      // A cross-origin-isolated page (COEP require-corp) may not read no-cors answers: no verdict.
      if ((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true) return null;
      try {
        await this.#fetchOrThrow()(`${context.baseUrl}/models`, { mode: 'no-cors', credentials: 'omit', signal });
        return true;
      } catch {
        return false;
      }
    };
    return fetchFailure(error, context, this.#pageOrigin, probe);
  }
}

/**
 * Whether a /models listing serves `model`. Ollama lists "tinyllama:latest" for "tinyllama";
 * llama-server (one model, owned by "llamacpp") answers every request with its model whatever
 * the request names, so any name will do there.
 */
export function servesModel(models: ListedModel[], model: string): boolean {
  if (models.some((m) => m.id === model || m.id === `${model}:latest`)) return true;
  return models.length === 1 && models[0]!.ownedBy === 'llamacpp';
}

function describeListing(models: ListedModel[]): string {
  return models.length === 0 ? 'It serves no models yet.' : `It serves: ${models.map((m) => m.id).join(', ')}.`;
}

function clipBody(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return 'an empty answer';
  return oneLine.length > 120 ? `“${oneLine.slice(0, 119)}…”` : `“${oneLine}”`;
}

/** The /v1 address without trailing slashes; "unsupported-model" when it is not an http(s) URL. */
function normalizeBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new EngineError('unsupported-model', `“${baseUrl}” is not a web address. Enter the server's address, e.g. http://localhost:11434/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngineError('unsupported-model', `“${baseUrl}” is not an http(s) address. Enter the server's address, e.g. http://localhost:11434/v1.`);
  }
  return trimmed;
}

function currentOrigin(): string | null {
  const location = (globalThis as { location?: { origin?: unknown } }).location;
  return typeof location?.origin === 'string' && location.origin !== 'null' ? location.origin : null;
}

function aborted(): EngineError {
  return new EngineError('aborted', 'Connecting to the server was cancelled.');
}
