import type { Generation, GenerationRequest, TokenDelta } from '../core/generation';
import type { EngineKind, ModelRef } from '../core/model';

/** What an engine can do in this browser, checked before anything is downloaded. */
export interface EngineCapabilities {
  engine: EngineKind;
  available: boolean;
  /** Why it is unavailable, in words a user can act on; null when available. */
  reason: string | null;
  /** Facts behind the answer, one short line each (adapter, features, limits), for the user to read. */
  details: string[];
}

/** Loading happens in phases; progress restarts at 0 in each. */
export type LoadPhase = 'fetching' | 'loading' | 'compiling' | 'ready';

export interface LoadProgress {
  phase: LoadPhase;
  /** 0..1 within the phase. */
  fraction: number;
  loadedBytes: number | null;
  totalBytes: number | null;
  text: string;
}

/**
 * The one interface every inference engine implements, on both sides of its worker. Strategies
 * see only this.
 *
 * Cancelling: aborting `load` rejects with an EngineError of kind "aborted"; aborting `generate`
 * interrupts the model and resolves with the partial Generation (finish reason "abort").
 */
export interface Engine {
  capabilities(): Promise<EngineCapabilities>;
  load(model: ModelRef, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void>;
  generate(request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation>;
  unload(): Promise<void>;
}
