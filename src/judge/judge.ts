import type { Task } from '../core/task';
import type { Verdict } from '../core/verdict';

/** What to judge: a candidate's code against a task's tests, or a whole program with its own main. */
export type JudgeInput =
  | { kind: 'candidate'; code: string; task: Pick<Task, 'signature' | 'hiddenTests' | 'publicExamples'>; tests: 'public' | 'hidden' }
  | { kind: 'program'; source: string };

/**
 * Decides whether generated Rust compiles and passes its tests. Never throws for bad code: every
 * outcome, including "could not decide", is a Verdict. Cancelling terminates the judge's worker.
 */
export interface Judge {
  judge(input: JudgeInput, signal?: AbortSignal): Promise<Verdict>;
}
