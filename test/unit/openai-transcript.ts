import type { GenerationRequest, TokenDelta } from '../../src/core/generation';
import type { OpenAiCompatibleModelRef } from '../../src/core/model';
import { OpenAiCompatibleEngine, type OpenAiEngineOptions } from '../../src/engine/openai/openai-engine';
import { readTranscript, ssePayloads, type FakeOpenAiServer } from '../helpers/fake-openai-server';

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
