/** Larger allocations would exhaust a browser tab's memory long before rustc's would fail. */
export const DEFAULT_MAX_ALLOCATION = 8_000_000;

/** How long the interpreter may run a program before the verdict is `timeout`. */
export interface InterpreterLimits {
  /** Evaluation steps (a bound that does not depend on the machine). */
  maxSteps: number;
  /** Wall-clock limit, ms. */
  timeLimitMs: number;
  /** Elements (or string bytes) one bulk allocation such as `vec![x; n]` may create; more is `unknown`. */
  maxAllocation?: number;
}

export const DEFAULT_LIMITS: InterpreterLimits = { maxSteps: 20_000_000, timeLimitMs: 5_000, maxAllocation: DEFAULT_MAX_ALLOCATION };
