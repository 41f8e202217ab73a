import type { GenerationRequest, Generation } from './generation';
import type { ModelRef } from './model';
import type { Task } from './task';
import type { Verdict } from './verdict';

/** One reply produced by a strategy, with the code taken from it and the judge's verdict. */
export interface Candidate {
  index: number;
  request: GenerationRequest;
  generation: Generation;
  /** Code extracted from the reply; null when there is none (or when it was not recorded). */
  code: string | null;
  verdict: Verdict | null;
}

/** What a strategy spent. */
export interface Cost {
  calls: number;
  /** null when some call did not report its prompt tokens. */
  promptTokens: number | null;
  completionTokens: number;
  /** Wall time of the whole strategy, ms. */
  wallMs: number;
}

/** The answer a strategy submits and why. */
export interface Selection {
  /** Which candidate was chosen; null when the answer is not one candidate's code. */
  index: number | null;
  reason: string;
  /** The submitted code; '' or null means no code was submitted. */
  code: string | null;
  verdict: Verdict | null;
}

export interface StrategyResult {
  strategyId: string;
  strategyLabel: string;
  candidates: Candidate[];
  selection: Selection;
  cost: Cost;
}

/** How a run was produced: strategies running live, or a recording played back. */
export type RunSource =
  | { kind: 'live' }
  | { kind: 'recording'; recordingId: string };

/**
 * One task × one model × several strategies, as persisted. `schemaVersion` changes whenever the
 * stored shape does; the store migrates older records.
 */
export interface Run {
  schemaVersion: 1;
  id: string;
  /** ISO 8601. */
  createdAt: string;
  source: RunSource;
  status: 'complete' | 'cancelled';
  task: Pick<Task, 'id' | 'title' | 'prompt'>;
  model: ModelRef;
  results: StrategyResult[];
}
