import * as v from 'valibot';

/*
 * The shapes Ollama (/v1), llama.cpp's llama-server and vLLM really send, no more: fields the
 * engine does not read are let through unchecked (objects drop unknown keys), fields it reads are
 * checked. test/fixtures/openai-transcripts/README.md says where each shape comes from.
 */

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** llama-server writes NaN/∞ (an empty prompt's speed) as null. */
const rate = v.nullish(v.number());

/** `usage` of the final chunk (all three servers, with `stream_options.include_usage`). */
const usageSchema = v.object({
  prompt_tokens: count,
  completion_tokens: count,
});

/** llama-server's own figures, on its last chunk: speeds as the server measured them. */
const llamaTimingsSchema = v.object({
  prompt_n: v.optional(count),
  prompt_per_second: rate,
  predicted_n: v.optional(count),
  predicted_per_second: rate,
});

const choiceSchema = v.object({
  index: v.optional(count),
  /** llama-server's first chunk has `"content": null` (role only); its last has `"delta": {}`. */
  delta: v.object({ content: v.nullish(v.string()) }),
  finish_reason: v.nullish(v.string()),
});

/** One `chat.completion.chunk`; the usage chunk has `choices: []`. */
export const chunkSchema = v.object({
  choices: v.array(choiceSchema),
  usage: v.nullish(usageSchema),
  timings: v.nullish(llamaTimingsSchema),
});
export type Chunk = v.InferOutput<typeof chunkSchema>;

/** `{"error": {...}}` (OpenAI, Ollama /v1, llama-server, vLLM ≥ 0.9) — also sent inside a stream by vLLM. */
const nestedErrorSchema = v.object({
  error: v.object({
    message: v.string(),
    type: v.nullish(v.string()),
    code: v.nullish(v.union([v.string(), v.number()])),
  }),
});
/** `{"error": "Unauthorized"}` (vLLM's --api-key check), `{"error": "..."}` (Ollama's native API). */
const flatErrorSchema = v.object({ error: v.string() });
/** `{"object": "error", "message": ..., "type": "BadRequestError", "code": 400}` (vLLM before 0.9). */
const legacyVllmErrorSchema = v.object({
  object: v.literal('error'),
  message: v.string(),
  type: v.nullish(v.string()),
  code: v.nullish(v.union([v.string(), v.number()])),
});
/** `{"detail": "Not Found"}` (FastAPI, under vLLM, for an unknown path). */
const detailErrorSchema = v.object({ detail: v.string() });

/** What a server said when it refused: its message and, when it gave them, a type and code. */
export interface ServerErrorBody {
  message: string;
  type: string | null;
  code: string | number | null;
}

/** Reads any of the error bodies above; null when the body is none of them. */
export function parseErrorBody(body: unknown): ServerErrorBody | null {
  const nested = v.safeParse(nestedErrorSchema, body);
  if (nested.success) {
    const { message, type, code } = nested.output.error;
    return { message, type: type ?? null, code: code ?? null };
  }
  const flat = v.safeParse(flatErrorSchema, body);
  if (flat.success) return { message: flat.output.error, type: null, code: null };
  const legacy = v.safeParse(legacyVllmErrorSchema, body);
  if (legacy.success) return { message: legacy.output.message, type: legacy.output.type ?? null, code: legacy.output.code ?? null };
  const detail = v.safeParse(detailErrorSchema, body);
  if (detail.success) return { message: detail.output.detail, type: null, code: null };
  return null;
}

/**
 * GET /models: `{"object": "list", "data": [{"id": ...}]}`. Ollama sends `"data": null` when it has
 * no models at all; llama-server marks its model `"owned_by": "llamacpp"`.
 */
const modelListSchema = v.object({
  data: v.nullable(v.array(v.object({ id: v.string(), owned_by: v.nullish(v.string()) }))),
});

export interface ListedModel {
  id: string;
  ownedBy: string | null;
}

/** The models of a /models answer; null when the answer is not such a list. */
export function parseModelList(body: unknown): ListedModel[] | null {
  const parsed = v.safeParse(modelListSchema, body);
  if (!parsed.success) return null;
  return (parsed.output.data ?? []).map((m) => ({ id: m.id, ownedBy: m.owned_by ?? null }));
}

/** A stream chunk, or why it is not one (a short summary of the schema issues). */
export function parseChunk(body: unknown): { ok: true; chunk: Chunk } | { ok: false; problem: string } {
  const parsed = v.safeParse(chunkSchema, body);
  if (parsed.success) return { ok: true, chunk: parsed.output };
  return { ok: false, problem: v.summarize(parsed.issues).replace(/\n/g, '; ') };
}

/**
 * Whether a stream payload reports a failure rather than a chunk: `{"error": {...}}` (vLLM,
 * llama-server), `{"object": "error", ...}` (vLLM before 0.9), or anything sent as an SSE event of
 * type "error" (older llama-server's `error:` lines carry the bare error object).
 */
export function streamedError(body: unknown, eventType: string | null): ServerErrorBody | null {
  if (eventType === 'error') {
    const wrapped = typeof body === 'object' && body !== null && 'error' in body ? body : { error: body };
    return parseErrorBody(wrapped) ?? { message: JSON.stringify(body) ?? 'unknown error', type: null, code: null };
  }
  if (typeof body !== 'object' || body === null) return null;
  const { error, object } = body as { error?: unknown; object?: unknown };
  if ((error === undefined || error === null) && object !== 'error') return null;
  return parseErrorBody(body) ?? { message: JSON.stringify(error ?? body), type: null, code: null };
}

/** JSON.parse that returns undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
