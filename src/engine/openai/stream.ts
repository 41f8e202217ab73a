import type { FinishReason, Generation, SentParameters, TokenDelta } from '../../core/generation';
import { malformedChunkError, streamedServerError, type CallContext } from './errors';
import { parseChunk, parseJson, streamedError, type Chunk } from './schemas';
import type { SseEvent } from './sse';

type LlamaTimings = NonNullable<Chunk['timings']>;

/**
 * Folds the events of one chat-completion stream into a Generation: streams each content delta
 * to `onToken` as it arrives and keeps what the measures need (arrival times, the server's usage
 * and, from llama-server, its own timings).
 *
 * Tokens: one per chunk with content, unless the chunk carries a running `usage` (vLLM's
 * continuous usage stats), which then says how many it held. When the final usage counts more
 * tokens than were streamed, the difference is reported as one last delta without text, so the
 * streamed tokens add up to the usage.
 */
export class StreamAccumulator {
  #text = '';
  #streamedTokens = 0;
  #firstTokenAt: number | null = null;
  #lastTokenAt: number | null = null;
  #finishReason: string | null = null;
  #usage: { promptTokens: number; completionTokens: number } | null = null;
  #timings: LlamaTimings | null = null;
  #sawDone = false;

  constructor(
    private readonly context: CallContext,
    private readonly onToken: (delta: TokenDelta) => void,
    private readonly now: () => number,
  ) {}

  /** Whether the server said the reply is over (`[DONE]`); reading can stop there. */
  get done(): boolean {
    return this.#sawDone;
  }

  /** Whether the stream got far enough to count as complete: `[DONE]` or a finish reason. */
  get complete(): boolean {
    return this.#sawDone || this.#finishReason !== null;
  }

  /** Takes one event. Throws an EngineError ("server-error", "context-window") for what is not a chunk. */
  accept(event: SseEvent): void {
    if (this.#sawDone) return;
    if (event.data.trim() === '[DONE]') {
      this.#sawDone = true;
      return;
    }
    const payload = parseJson(event.data);
    if (payload === undefined && event.event === 'error') {
      throw streamedServerError({ message: event.data, type: null, code: null }, this.context);
    }
    if (payload === undefined) throw malformedChunkError('not JSON', event.data, this.context);
    const error = streamedError(payload, event.event);
    if (error !== null) throw streamedServerError(error, this.context);
    const parsed = parseChunk(payload);
    if (!parsed.ok) throw malformedChunkError(parsed.problem, event.data, this.context);
    this.#take(parsed.chunk);
  }

  #take(chunk: Chunk): void {
    const choice = chunk.choices.find((c) => (c.index ?? 0) === 0);
    const content = choice?.delta.content ?? '';
    if (content !== '') {
      const at = this.now();
      this.#firstTokenAt ??= at;
      this.#lastTokenAt = at;
      const tokens = chunk.usage ? Math.max(0, chunk.usage.completion_tokens - this.#streamedTokens) : 1;
      this.#text += content;
      this.#streamedTokens += tokens;
      this.onToken({ text: content, tokens });
    }
    if (choice?.finish_reason) this.#finishReason = choice.finish_reason;
    if (chunk.usage) this.#usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    if (chunk.timings) this.#timings = chunk.timings;
  }

  /**
   * The Generation so far. `aborted`: the caller cancelled, so a reply without a finish reason
   * ends with "abort". Call once, when reading has stopped.
   */
  finish(startedAt: number, aborted: boolean, sent: SentParameters): Generation {
    if (!aborted && this.#usage && this.#usage.completionTokens > this.#streamedTokens) {
      const missing = this.#usage.completionTokens - this.#streamedTokens;
      this.#streamedTokens += missing;
      this.onToken({ text: '', tokens: missing });
    }
    const endedAt = this.now();
    const completionTokens = this.#usage?.completionTokens ?? this.#streamedTokens;
    const promptTokens = this.#usage?.promptTokens ?? null;
    const timeToFirstTokenMs = this.#firstTokenAt === null ? null : this.#firstTokenAt - startedAt;
    return {
      text: this.#text,
      textCoverage: 'full',
      finishReason: this.#finishReason !== null ? mapFinishReason(this.#finishReason) : aborted ? 'abort' : 'unknown',
      usage: { promptTokens, completionTokens },
      timings: {
        timeToFirstTokenMs,
        prefillTokensPerSecond: serverRate(this.#timings?.prompt_per_second) ?? perSecond(promptTokens, timeToFirstTokenMs),
        decodeTokensPerSecond:
          serverRate(this.#timings?.predicted_per_second) ??
          (this.#firstTokenAt === null || this.#lastTokenAt === null
            ? null
            : perSecond(completionTokens - 1, this.#lastTokenAt - this.#firstTokenAt)),
        totalMs: endedAt - startedAt,
      },
      sent,
    };
  }
}

/** The server's finish reason in the app's terms; tool calls, content filters and the like are "unknown". */
export function mapFinishReason(reason: string): FinishReason {
  return reason === 'stop' || reason === 'length' ? reason : 'unknown';
}

function serverRate(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * `tokens` per second over `ms`; null when there is nothing to divide. Prefill derived this way
 * (prompt tokens over the time to first token) includes the request's travel and any queueing, so
 * it is a lower bound on the server's real prefill speed.
 */
function perSecond(tokens: number | null, ms: number | null): number | null {
  if (tokens === null || ms === null || tokens <= 0 || ms <= 0) return null;
  return (tokens * 1000) / ms;
}
