import type { LoadPhase, LoadProgress } from './engine';

/**
 * Estimates the seconds left of a byte-counted phase from a smoothed transfer rate. Feed it
 * every progress event with the time it arrived; it starts over when the phase changes or the
 * count goes backwards.
 */
export class LoadEta {
  #phase: LoadPhase | null = null;
  #lastBytes = 0;
  #lastMs = 0;
  #rate: number | null = null;

  /** @param halfLifeMs how quickly the rate forgets older samples */
  constructor(private readonly halfLifeMs = 5_000) {}

  /** Seconds left in the current phase, or null while unknown (no bytes, no rate yet, stalled). */
  update(progress: LoadProgress, nowMs: number): number | null {
    const { phase, loadedBytes, totalBytes } = progress;
    if (loadedBytes === null || totalBytes === null) {
      this.#phase = null;
      return null;
    }
    if (phase !== this.#phase || loadedBytes < this.#lastBytes) {
      this.#phase = phase;
      this.#rate = null;
      this.#lastBytes = loadedBytes;
      this.#lastMs = nowMs;
      return null;
    }
    const dt = nowMs - this.#lastMs;
    if (dt > 0) {
      const sample = ((loadedBytes - this.#lastBytes) * 1000) / dt;
      // Exponential smoothing weighted by elapsed time: parallel shard downloads arrive in bursts.
      const keep = this.#rate === null ? 0 : Math.pow(0.5, dt / this.halfLifeMs);
      this.#rate = keep * (this.#rate ?? 0) + (1 - keep) * sample;
      this.#lastBytes = loadedBytes;
      this.#lastMs = nowMs;
    }
    if (this.#rate === null || this.#rate <= 0) return null;
    return Math.max(0, totalBytes - loadedBytes) / this.#rate;
  }
}
