/** A public example: a call and the value it must produce, both Rust expressions. */
export interface TaskExample {
  /** e.g. `is_prime(7)` */
  call: string;
  /** e.g. `true` */
  expected: string;
}

export type Difficulty = 'easy' | 'medium' | 'hard';

/**
 * A programming task. Public examples are shown to the model and may guide selection; hidden
 * tests only grade the final answer.
 */
export interface Task {
  schemaVersion: 1;
  id: string;
  title: string;
  /** What the model is asked, verbatim. */
  prompt: string;
  /** The function the answer must define, e.g. `fn is_prime(n: u64) -> bool`; null when free-form. */
  signature: string | null;
  publicExamples: TaskExample[];
  /** Rust source: a `fn main()` with assert!/assert_eq!/assert_ne! lines (the MultiPL-E shape). */
  hiddenTests: string;
  difficulty: Difficulty;
  referenceSolution: string | null;
}
