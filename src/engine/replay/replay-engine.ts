import { systemClock, type Clock } from '../../core/clock';
import type { ChatMessage, Generation, GenerationRequest, TokenDelta } from '../../core/generation';
import type { ModelRef } from '../../core/model';
import type { Engine, EngineCapabilities, LoadProgress } from '../engine';
import { EngineError } from '../engine-error';
import { planReplay, type Recording, type ReplayItem } from './recording';
import { recordings } from './recordings';

/** How often playback reports progress, in wall-clock ms. */
const TICK_MS = 50;

/**
 * Plays back recorded generations at their recorded pace (scaled by the model's `speed`).
 *
 * A request is answered by the first not-yet-played recorded call with the same messages, so a
 * strategy that asks what the recording asked gets the recorded replies in order. Loading again
 * rewinds the recording.
 */
export class ReplayEngine implements Engine {
  #plan: ReplayItem[] | null = null;
  #played = new Set<number>();
  #speed = 1;

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly library: ReadonlyMap<string, Recording> = recordings,
  ) {}

  async capabilities(): Promise<EngineCapabilities> {
    return { engine: 'replay', available: true, reason: null, details: ['Plays back recorded generations: no model, no GPU, no download.'] };
  }

  async load(model: ModelRef, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new EngineError('aborted', 'Loading was cancelled.');
    if (model.engine !== 'replay') {
      throw new EngineError('unsupported-model', `The replay engine plays recordings, not ${model.engine} models.`);
    }
    if (!Number.isFinite(model.speed) || model.speed <= 0) {
      throw new EngineError('unsupported-model', `Playback speed must be a positive number, got ${model.speed}.`);
    }
    const recording = this.library.get(model.recordingId);
    if (!recording) throw new EngineError('unknown-recording', `There is no recording “${model.recordingId}”.`);
    this.#plan = planReplay(recording);
    this.#played.clear();
    this.#speed = model.speed;
    onProgress({ phase: 'ready', fraction: 1, loadedBytes: null, totalBytes: null, text: recording.title });
  }

  async generate(
    request: GenerationRequest,
    onToken: (delta: TokenDelta) => void,
    signal?: AbortSignal,
  ): Promise<Generation> {
    const plan = this.#plan;
    if (!plan) throw new EngineError('not-loaded', 'Load a recording before generating.');
    const index = plan.findIndex((item, i) => !this.#played.has(i) && sameMessages(item.messages, request.messages));
    const item = plan[index];
    if (!item) throw new EngineError('replay-mismatch', 'The recording holds no (further) reply to these messages.');
    this.#played.add(index);
    return play(item, this.#speed, this.clock, onToken, signal);
  }

  async unload(): Promise<void> {
    this.#plan = null;
    this.#played.clear();
  }
}

async function play(
  item: ReplayItem,
  speed: number,
  clock: Clock,
  onToken: (delta: TokenDelta) => void,
  signal: AbortSignal | undefined,
): Promise<Generation> {
  const wallMs = item.recordedMs / speed;
  const start = clock.now();
  let progress = 0;
  let tokens = 0;
  let chars = 0;
  while (progress < 1 && !signal?.aborted) {
    const elapsed = clock.now() - start;
    try {
      await clock.sleep(Math.min(TICK_MS, Math.max(0, wallMs - elapsed)), signal);
    } catch (error) {
      if (signal?.aborted) break;
      throw error;
    }
    const played = clock.now() - start;
    // Within a microsecond of the end counts as the end: float sums of ticks may fall just short.
    progress = played >= wallMs - 1e-3 ? 1 : played / wallMs;
    const dueTokens = Math.round(item.completionTokens * progress);
    const dueChars = Math.round(item.text.length * progress);
    if (dueTokens > tokens || dueChars > chars) {
      onToken({ text: item.text.slice(chars, dueChars), tokens: dueTokens - tokens });
      tokens = dueTokens;
      chars = dueChars;
    }
  }
  const finished = progress >= 1;
  return {
    text: item.text.slice(0, chars),
    textCoverage: item.textCoverage,
    finishReason: finished ? 'unknown' : 'abort',
    usage: { promptTokens: null, completionTokens: tokens },
    timings: {
      timeToFirstTokenMs: null,
      prefillTokensPerSecond: null,
      decodeTokensPerSecond: null,
      totalMs: finished ? item.recordedMs : Math.round(item.recordedMs * progress),
    },
    sent: item.sent,
  };
}

function sameMessages(a: ChatMessage[], b: ChatMessage[]): boolean {
  return a.length === b.length && a.every((m, i) => m.role === b[i]?.role && m.content === b[i]?.content);
}
