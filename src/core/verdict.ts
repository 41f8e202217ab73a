/**
 * What the judge decided about one piece of generated code. Verdicts are data, never exceptions:
 * a candidate that does not compile is an answer, not an error.
 */
export type Verdict =
  | NoCodeVerdict
  | SyntaxErrorVerdict
  | CompileErrorVerdict
  | RuntimeErrorVerdict
  | TimeoutVerdict
  | WrongAnswerVerdict
  | PassVerdict
  | UnknownVerdict;

export type VerdictKind = Verdict['kind'];

/** Which judge decided: the in-browser interpreter or rustc behind the Rust playground. */
export type JudgeId = 'interpreter' | 'playground';

/** A rustc-style diagnostic, positions 1-based. */
export interface Diagnostic {
  /** rustc error code (E0308) or lint name (arithmetic_overflow); null when rustc gives none. */
  code: string | null;
  message: string;
  line: number;
  column: number;
}

/** The outcome of one assert in a task's tests. */
export interface TestOutcome {
  /** The assert as written, e.g. `assert_eq!(is_prime(2), true)`. */
  source: string;
  passed: boolean;
  /** For failed assert_eq!/assert_ne!: the two sides as Rust would print them with {:?}. */
  left?: string;
  right?: string;
}

interface VerdictBase {
  judge: JudgeId;
  /** Wall time the judge took, ms. */
  ms: number;
  stdout: string;
}

export interface NoCodeVerdict extends VerdictBase {
  kind: 'no_code';
}
export interface SyntaxErrorVerdict extends VerdictBase {
  kind: 'syntax_error';
  diagnostics: Diagnostic[];
}
export interface CompileErrorVerdict extends VerdictBase {
  kind: 'compile_error';
  diagnostics: Diagnostic[];
}
export interface RuntimeErrorVerdict extends VerdictBase {
  kind: 'runtime_error';
  /** The panic message in rustc's words, e.g. "attempt to add with overflow". */
  message: string;
  line: number | null;
  column: number | null;
  tests: TestOutcome[];
}
export interface TimeoutVerdict extends VerdictBase {
  kind: 'timeout';
  limitMs: number;
  tests: TestOutcome[];
}
export interface WrongAnswerVerdict extends VerdictBase {
  kind: 'wrong_answer';
  tests: TestOutcome[];
}
export interface PassVerdict extends VerdictBase {
  kind: 'pass';
  tests: TestOutcome[];
}
export interface UnknownVerdict extends VerdictBase {
  kind: 'unknown';
  /** The construct the judge could not decide, named for the user. */
  reason: string;
}
