import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { GenerationRequest, TokenDelta } from '../../src/core/generation';
import type { OpenAiCompatibleModelRef } from '../../src/core/model';
import { OpenAiCompatibleEngine, type OpenAiEngineOptions } from '../../src/engine/openai/openai-engine';

/*
 * A real HTTP server on 127.0.0.1 (ephemeral port) that replays recorded OpenAI-compatible
 * answers — Ollama's, llama-server's, vLLM's — from test/fixtures/openai-transcripts/. It can
 * deliver a body in awkward pieces with pauses, hang, drop the connection, and refuse CORS the
 * way Ollama does; it records every request (headers and body) for tests to inspect. At the end:
 * what a transcript says, read independently of the engine's parser, and shorthands the
 * OpenAiCompatibleEngine tests share.
 */

export const TRANSCRIPTS = resolve(import.meta.dirname, '../fixtures/openai-transcripts');

/** A recorded HTTP answer: status, headers and the body exactly as sent. */
export interface Transcript {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads a transcript file: a status line, header lines, a blank line, then the body verbatim. */
export function readTranscript(name: string): Transcript {
  const text = readFileSync(join(TRANSCRIPTS, name), 'utf8');
  const split = text.indexOf('\n\n');
  const [statusLine, ...headerLines] = text.slice(0, split).split('\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine!)?.[1]);
  if (!Number.isInteger(status)) throw new Error(`${name}: no status line`);
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status, headers, body: text.slice(split + 2) };
}

/** The `data:` payloads of an SSE body, in order (test-side reading, independent of the engine's parser). */
export function ssePayloads(body: string): string[] {
  return body
    .split('\n\n')
    .flatMap((block) => block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)))
    .filter((data) => data !== '');
}

/** How one route answers. */
export interface Behaviour {
  /** What to send (a transcript file name or a transcript). */
  reply: string | Transcript;
  /** Deliver the body in pieces of these byte sizes, cycling (default: one SSE event per piece, or all at once). */
  pieces?: number[];
  /** Pause before each piece, the first too (time to first token), ms (default 0: just yield to the event loop). */
  delayMs?: number;
  /** Convert the body's line ends to CRLF. */
  crlf?: boolean;
  /** Send only the first N pieces, then hang until the client goes away. */
  hangAfterPieces?: number;
  /** Send only the first N pieces, then destroy the connection. */
  dropAfterPieces?: number;
  /** Send only the first N pieces, then end the response cleanly. */
  endAfterPieces?: number;
}

/** A request the server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The body as JSON, or undefined. */
  json: unknown;
  /** Set when the connection closed before the answer was complete (the client gave up, or a drop). */
  closedEarly: boolean;
}

/** CORS like the three servers: reflect the Origin (llama-server, vLLM by default), or refuse it like Ollama (403, no headers). */
export type CorsPolicy = 'allow' | 'refuse';

export class FakeOpenAiServer {
  readonly requests: ReceivedRequest[] = [];
  cors: CorsPolicy = 'allow';
  readonly #routes = new Map<string, Behaviour>();
  readonly #server: Server;
  #port = 0;

  private constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  /** Starts a server on an ephemeral port. */
  static async start(): Promise<FakeOpenAiServer> {
    const fake = new FakeOpenAiServer();
    await new Promise<void>((done) => fake.#server.listen(0, '127.0.0.1', done));
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** The server's /v1 address. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}/v1`;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Answers `METHOD /v1/<path>` this way from now on (e.g. on('GET', '/models', ...)). */
  on(method: 'GET' | 'POST', path: string, behaviour: Behaviour | string): this {
    this.#routes.set(`${method} /v1${path}`, typeof behaviour === 'string' ? { reply: behaviour } : behaviour);
    return this;
  }

  /** The requests to one path. */
  received(method: string, path: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === `/v1${path}`);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((done) => this.#server.close(() => done()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0]!;
    const record: ReceivedRequest = { method: req.method ?? '', path, headers: req.headers, body, json: parseJson(body), closedEarly: false };
    this.requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.closedEarly = true;
    });

    const origin = req.headers.origin;
    if (origin !== undefined && this.cors === 'refuse') {
      res.writeHead(403).end();
      return;
    }
    const corsHeaders: Record<string, string> =
      origin === undefined ? {} : { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Headers': 'Authorization, Content-Type' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders).end();
      return;
    }

    const behaviour = this.#routes.get(`${req.method} ${path}`);
    if (behaviour === undefined) {
      res.writeHead(404, { 'Content-Type': 'application/json', ...corsHeaders }).end('{"detail":"Not Found"}');
      return;
    }
    const transcript = typeof behaviour.reply === 'string' ? readTranscript(behaviour.reply) : behaviour.reply;
    const text = behaviour.crlf ? transcript.body.replace(/\n/g, '\r\n') : transcript.body;
    res.writeHead(transcript.status, { ...withoutHopByHop(transcript.headers), ...corsHeaders });
    res.flushHeaders();
    res.socket?.setNoDelay(true);
    await this.#send(res, Buffer.from(text, 'utf8'), behaviour);
  }

  async #send(res: ServerResponse, bytes: Buffer, behaviour: Behaviour): Promise<void> {
    const pieces = cut(bytes, behaviour.pieces);
    for (let i = 0; i <= pieces.length; i++) {
      if (i === behaviour.hangAfterPieces) return; // never ends; the client must give up
      if (i === behaviour.dropAfterPieces) {
        res.socket?.destroy();
        return;
      }
      if (i === behaviour.endAfterPieces || i === pieces.length) break;
      await pause(behaviour.delayMs ?? 0);
      if (res.destroyed) return;
      res.write(pieces[i]);
    }
    res.end();
  }
}

/** Splits into the given byte sizes (cycling), or else one piece per SSE event (each ends in a blank line). */
function cut(bytes: Buffer, sizes: number[] | undefined): Buffer[] {
  const pieces: Buffer[] = [];
  if (sizes !== undefined && sizes.length > 0) {
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = sizes[i % sizes.length]!;
      pieces.push(bytes.subarray(at, at + size));
      at += size;
    }
    return pieces;
  }
  const text = bytes.toString('utf8');
  const events = text.match(/[\s\S]*?(\r?\n\r?\n|$)/g)?.filter((e) => e !== '') ?? [text];
  return events.map((e) => Buffer.from(e, 'utf8'));
}

function withoutHopByHop(headers: Record<string, string>): Record<string, string> {
  const dropped = new Set(['transfer-encoding', 'connection', 'keep-alive', 'content-length', 'date', 'access-control-allow-origin']);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped.has(name.toLowerCase())));
}

function pause(ms: number): Promise<void> {
  return new Promise((done) => (ms > 0 ? setTimeout(done, ms) : setImmediate(done)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/* Test-side readings of the transcripts and shorthands for the engine tests. */

/** What a recorded stream says, read straight from the transcript (not through the engine's code). */
export interface StreamFacts {
  text: string;
  /** The content of each chunk that carried some, in order. */
  contents: string[];
  usage: { prompt_tokens: number; completion_tokens: number } | null;
  finishReason: string | null;
  timings: { prompt_per_second: number; predicted_per_second: number } | null;
}

export function streamFacts(name: string): StreamFacts {
  const chunks = ssePayloads(readTranscript(name).body)
    .filter((data) => data !== '[DONE]')
    .map((data) => JSON.parse(data) as Record<string, unknown>)
    .filter((chunk) => Array.isArray(chunk.choices));
  const choices = chunks.flatMap((c) => c.choices as { delta: { content?: string | null }; finish_reason: string | null }[]);
  const contents = choices.map((c) => c.delta.content ?? '').filter((text) => text !== '');
  return {
    text: contents.join(''),
    contents,
    usage: (chunks.find((c) => c.usage)?.usage as StreamFacts['usage']) ?? null,
    finishReason: choices.find((c) => c.finish_reason)?.finish_reason ?? null,
    timings: (chunks.find((c) => c.timings)?.timings as StreamFacts['timings']) ?? null,
  };
}

/** The id of every model a recorded /models answer lists. */
export function listedIds(name: string): string[] {
  return (JSON.parse(readTranscript(name).body) as { data: { id: string }[] | null }).data?.map((m) => m.id) ?? [];
}

/** The three servers, as a user would point the engine at them. */
export const SERVERS = [
  { name: 'Ollama', dir: 'ollama', model: 'tinyllama' },
  { name: 'llama-server', dir: 'llama-server', model: 'deepseek-coder-6.7b-instruct.Q4_K_M.gguf' },
  { name: 'vLLM', dir: 'vllm', model: 'deepseek-ai/deepseek-coder-6.7b-instruct' },
] as const;

export function request(overrides: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    messages: [
      { role: 'system', content: 'You write Rust.' },
      { role: 'user', content: 'Write fn add(a: i32, b: i32) -> i32.' },
    ],
    temperature: 0.2,
    top_p: 0.95,
    max_tokens: 256,
    seed: 42,
    stop: ['\n\n\n'],
    ...overrides,
  };
}

export function modelRef(server: FakeOpenAiServer, model: string): OpenAiCompatibleModelRef {
  return { engine: 'openai-compatible', baseUrl: server.baseUrl, model };
}

/** An engine loaded against `server` (in Node: no page origin). */
export async function loadedEngine(server: FakeOpenAiServer, model: string, options: OpenAiEngineOptions = {}): Promise<OpenAiCompatibleEngine> {
  const engine = new OpenAiCompatibleEngine({ pageOrigin: null, ...options });
  await engine.load(modelRef(server, model), () => {});
  return engine;
}

/** Collects streamed deltas with the time each arrived. */
export function tokenLog() {
  const deltas: (TokenDelta & { at: number })[] = [];
  return {
    deltas,
    onToken: (delta: TokenDelta) => deltas.push({ ...delta, at: performance.now() }),
    text: () => deltas.map((d) => d.text).join(''),
    tokens: () => deltas.reduce((sum, d) => sum + d.tokens, 0),
  };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { kind: string; message: string };
  }
  throw new Error('expected a rejection');
}
