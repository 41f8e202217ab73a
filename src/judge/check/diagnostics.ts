import type { Diagnostic } from '../../core/verdict';
import type { Span } from '../syntax/ast';

/**
 * The compiler phase a diagnostic belongs to. rustc reports name-resolution errors before type
 * errors, those before match-exhaustiveness errors, those before borrow-check errors, and lints
 * last; the first error it prints is the verdict's primary diagnostic.
 */
export type Phase = 'resolve' | 'typeck' | 'match' | 'borrowck' | 'lint';

const PHASE_ORDER: Record<Phase, number> = { resolve: 0, typeck: 1, match: 2, borrowck: 3, lint: 4 };

export interface CheckDiagnostic extends Diagnostic {
  phase: Phase;
}

export function diagnostic(phase: Phase, code: string | null, message: string, span: Span): CheckDiagnostic {
  return { phase, code, message, line: span.line, column: span.column };
}

/** rustc's order: by phase, then in the order found (which follows the source). */
export function inRustcOrder(diagnostics: CheckDiagnostic[]): CheckDiagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => PHASE_ORDER[a.d.phase] - PHASE_ORDER[b.d.phase] || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * Thrown when the program uses something the judge does not model. The verdict becomes
 * `unknown`, naming the construct: the judge never guesses.
 */
export class Unsupported extends Error {
  override readonly name = 'Unsupported';
  constructor(
    readonly construct: string,
    readonly span: Span | null,
  ) {
    super(`not supported by the in-browser judge: ${construct}`);
  }
}
