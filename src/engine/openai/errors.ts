import { EngineError } from '../engine-error';
import { parseErrorBody, parseJson, type ServerErrorBody } from './schemas';

/** What an error message needs to know about the call that failed. */
export interface CallContext {
  /** The server's /v1 address, without a trailing slash. */
  baseUrl: string;
  model: string;
  /** Which request failed: the model list (during load) or a chat completion. */
  stage: 'models' | 'chat';
  hasApiKey: boolean;
}

const ADDRESS_HINT =
  'Check that the server is running and that the address is right: it usually ends in /v1, e.g. ' +
  'http://localhost:11434/v1 for Ollama or http://localhost:8000/v1 for vLLM.';

/** How to let a page's origin read a server's answers, for each server this engine targets. */
export function corsHint(pageOrigin: string): string {
  return (
    `Allow this page's origin (${pageOrigin}) on the server. Ollama: restart it with ` +
    `OLLAMA_ORIGINS=${pageOrigin} (it allows only localhost pages by default). llama-server: it allows ` +
    `every origin unless started with --cors-origins, so add ${pageOrigin} to that list. vLLM: start it ` +
    `with --allowed-origins '["${pageOrigin}"]' (every origin is allowed by default).`
  );
}

/** An error answer (status ≥ 400) as an EngineError whose message says what to do. */
export function httpError(status: number, bodyText: string, retryAfter: string | null, context: CallContext): EngineError {
  const body = parseErrorBody(parseJson(bodyText));
  const said = body === null ? `HTTP ${status}` : `HTTP ${status}: ${clip(body.message)}`;
  const server = `The server at ${context.baseUrl}`;

  if (status === 401 || status === 403) {
    const fix = context.hasApiKey
      ? 'The API key entered was not accepted: enter the key the server was started with'
      : 'It wants an API key: enter the key the server was started with';
    return new EngineError(
      'unauthorized',
      `${server} refused the request (${said}). ${fix} (llama-server --api-key, vllm serve --api-key), in the API key field.`,
    );
  }
  if (context.stage === 'chat' && body !== null && isContextError(body)) return contextWindowError(body);
  if (context.stage === 'chat' && (status === 404 || (body !== null && isModelNotFound(body)))) {
    return new EngineError(
      'unknown-model',
      `${server} does not know the model “${context.model}” (${said}). For Ollama, run \`ollama pull ${context.model}\`; ` +
        'otherwise pick a model the server lists at /models.',
    );
  }
  if (context.stage === 'models' && status === 404) {
    return new EngineError('server-error', `${server} has no model list at ${context.baseUrl}/models (${said}). ${ADDRESS_HINT}`);
  }
  if (status === 429) {
    const seconds = retryAfterSeconds(retryAfter);
    const wait = seconds === null ? 'Wait a minute' : `Wait ${seconds} second${seconds === 1 ? '' : 's'}`;
    return new EngineError('server-error', `${server} is turning requests away (${said}). ${wait} and try again.`);
  }
  if (status >= 500) {
    return new EngineError(
      'server-error',
      `${server} failed (${said}). This is the server's trouble, not the prompt's: check its log, or wait until it has ` +
        'finished loading or is less busy, and try again.',
    );
  }
  return new EngineError(
    'server-error',
    `${server} rejected the request (${said}). Check the address and that the server speaks the OpenAI chat-completions API.`,
  );
}

/** An error the server reported inside the stream (vLLM and llama-server do) as an EngineError. */
export function streamedServerError(body: ServerErrorBody, context: CallContext): EngineError {
  if (isContextError(body)) return contextWindowError(body);
  return new EngineError(
    'server-error',
    `The server at ${context.baseUrl} stopped the reply with an error: ${clip(body.message)}. Check the server's log and try again.`,
  );
}

/** A chunk that is not valid JSON or not a chat-completion chunk. */
export function malformedChunkError(problem: string, data: string, context: CallContext): EngineError {
  return new EngineError(
    'server-error',
    `The server at ${context.baseUrl} sent a stream chunk Strategy Lab cannot read (${problem}): ${clip(data, 120)}. ` +
      'Check that the address points at an OpenAI-compatible server (Ollama, llama-server or vLLM).',
  );
}

/** A 200 answer in JSON where a stream was asked for: an error the server put there, or a server that does not stream. */
export function notStreamedError(bodyText: string, context: CallContext): EngineError {
  const body = parseErrorBody(parseJson(bodyText));
  if (body !== null) return streamedServerError(body, context);
  return new EngineError(
    'server-error',
    `The server at ${context.baseUrl} answered without streaming (${clip(bodyText, 120) || 'an empty answer'}). Check that ` +
      'the address points at an OpenAI-compatible server that streams (Ollama, llama-server or vLLM), not a proxy that buffers.',
  );
}

/** The stream broke off: the connection failed, or closed before the reply was complete. */
export function brokenStreamError(detail: string, context: CallContext): EngineError {
  return new EngineError(
    'network',
    `The connection to ${context.baseUrl} broke off in the middle of the reply (${detail}). Check that the server is still ` +
      'running (it may have crashed or run out of memory) and try again.',
  );
}

/**
 * A fetch that rejected (in browsers a TypeError, "Failed to fetch", whatever the cause). The rule:
 * when the page and the server share an origin, or there is no page (Node), the server could not
 * be reached → "network". When they do not, a `no-cors` request settles the question — it needs no
 * CORS permission, so it succeeds exactly when the server answered: then the server refused this
 * origin → "cors"; else it is unreachable → "network", whose message still names the browser-side
 * causes (mixed content, CORS) in case the probe itself was blocked. `probe` answers null when it
 * cannot tell — a cross-origin-isolated page (COEP require-corp, as this app is served for wllama's
 * threads) may not read no-cors answers at all — and then the fetch is reported as "cors", the
 * usual cause for a server on another origin, with the message naming both causes.
 */
export async function fetchFailure(
  error: unknown,
  context: CallContext,
  pageOrigin: string | null,
  probe: () => Promise<boolean | null>,
): Promise<EngineError> {
  const detail = error instanceof Error ? error.message : String(error);
  const server = new URL(context.baseUrl);
  if (pageOrigin === null || pageOrigin === server.origin) {
    return new EngineError('network', `Could not reach ${context.baseUrl} (${detail}). ${ADDRESS_HINT}`);
  }
  const reachable = await probe();
  if (reachable === true) {
    return new EngineError(
      'cors',
      `The server at ${context.baseUrl} is running, but it does not let this page read its answers (CORS). ${corsHint(pageOrigin)}`,
    );
  }
  if (reachable === null) {
    return new EngineError(
      'cors',
      `The browser would not let this page read an answer from ${context.baseUrl} (${detail}). Usually the server does not ` +
        `allow this page's origin (CORS): ${corsHint(pageOrigin)} If that is set, check that the server is running at that address.`,
    );
  }
  const mixed =
    pageOrigin.startsWith('https:') && server.protocol === 'http:' && !isLoopback(server.hostname)
      ? ' This page is served over HTTPS, so the browser blocks plain-HTTP servers other than localhost: serve the API over HTTPS, or use the server from the same machine.'
      : '';
  return new EngineError(
    'network',
    `Could not reach ${context.baseUrl} (${detail}). ${ADDRESS_HINT}${mixed} If it is running and the address is right, ` +
      `the browser may be refusing it: ${corsHint(pageOrigin)}`,
  );
}

const CONTEXT_WORDS = /context (size|length|window)|maximum context|prompt is too long/i;

function isContextError(body: ServerErrorBody): boolean {
  return body.type === 'exceed_context_size_error' || body.code === 'context_length_exceeded' || CONTEXT_WORDS.test(body.message);
}

function isModelNotFound(body: ServerErrorBody): boolean {
  return /\bmodel\b.*\b(not found|does not exist)/i.test(body.message);
}

function contextWindowError(body: ServerErrorBody): EngineError {
  return new EngineError(
    'context-window',
    `The prompt does not fit the model's context window (${clip(body.message)}). Shorten the conversation or lower max_tokens, ` +
      'or restart the server with a larger context: llama-server -c N, vllm serve --max-model-len N, OLLAMA_CONTEXT_LENGTH=N for Ollama.',
  );
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

/** Retry-After as whole seconds (delta-seconds or an HTTP date); null when absent or unreadable. */
function retryAfterSeconds(value: string | null): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function clip(text: string, max = 300): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
