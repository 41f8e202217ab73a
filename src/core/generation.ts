/** One message of a chat conversation, as sent to a model. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * Everything a strategy asks an engine for. Every sampling parameter is required: the original
 * experiment silently sent none of them, so the server used its defaults.
 */
export interface GenerationRequest {
  messages: ChatMessage[];
  temperature: number;
  top_p: number;
  max_tokens: number;
  seed: number;
  stop: string[];
}

/**
 * The sampling parameters an engine actually sent to the model. `null` means the parameter was not
 * sent and the model used its default — which is what the original experiment's recordings show.
 */
export interface SentParameters {
  temperature: number | null;
  top_p: number | null;
  max_tokens: number | null;
  seed: number | null;
}

/** Why a generation ended. `unknown` appears only in recordings that did not keep it. */
export type FinishReason = 'stop' | 'length' | 'abort' | 'unknown';

/**
 * How much of the model's reply `Generation.text` holds. Live engines always give the full reply;
 * a recording may have kept only an excerpt (the code block) or no text at all.
 */
export type TextCoverage = 'full' | 'excerpt' | 'none';

export interface Usage {
  /** null when the engine (or the recording) did not report it. */
  promptTokens: number | null;
  completionTokens: number;
}

export interface Timings {
  /** Time to first token, ms; null when not reported. */
  timeToFirstTokenMs: number | null;
  prefillTokensPerSecond: number | null;
  decodeTokensPerSecond: number | null;
  /** From request to last token, ms. */
  totalMs: number;
}

/** One model reply and what it cost. */
export interface Generation {
  text: string;
  textCoverage: TextCoverage;
  finishReason: FinishReason;
  usage: Usage;
  timings: Timings;
  /** What the engine really sent (not what was asked for). */
  sent: SentParameters;
}

/** A streamed piece of a reply: new text (may be empty when the text was not recorded) and tokens. */
export interface TokenDelta {
  text: string;
  tokens: number;
}

/** Overall generation speed in tokens per second, the figure the original experiment reported. */
export function tokensPerSecond(completionTokens: number, totalMs: number): number {
  return totalMs > 0 ? (completionTokens * 1000) / totalMs : 0;
}
