/** How long the interpreter may run a program before the verdict is `timeout`. */
export interface InterpreterLimits {
  /** Evaluation steps (a bound that does not depend on the machine). */
  maxSteps: number;
  /** Wall-clock limit, ms. */
  timeLimitMs: number;
}

export const DEFAULT_LIMITS: InterpreterLimits = { maxSteps: 20_000_000, timeLimitMs: 5_000 };
