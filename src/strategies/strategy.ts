import type * as v from 'valibot';
import type { Clock } from '../core/clock';
import type { StrategyResult } from '../core/run';
import type { Task } from '../core/task';
import type { Engine } from '../engine/engine';
import type { Judge } from '../judge/judge';

/** A seeded random source, so that a sweep can be repeated exactly. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

/** Progress a strategy reports while it runs. */
export type StrategyEvent =
  | { type: 'candidate-started'; index: number }
  | { type: 'token'; index: number; text: string; tokens: number }
  | { type: 'candidate-finished'; index: number }
  | { type: 'selected'; index: number | null; reason: string };

/** What a strategy may use: interfaces only, never a concrete engine or judge. */
export interface StrategyDeps {
  engine: Engine;
  judge: Judge;
  signal: AbortSignal;
  rng: Rng;
  clock: Clock;
  onEvent: (event: StrategyEvent) => void;
}

/** One inference-time strategy. Each lives in its own folder and is listed in the registry. */
export interface Strategy<Options> {
  id: string;
  label: string;
  /** One paragraph for learners: what it does and why it might help. */
  explanation: string;
  defaultOptions: Options;
  optionsSchema: v.GenericSchema<Options>;
  run(task: Task, deps: StrategyDeps, options: Options): Promise<StrategyResult>;
}
