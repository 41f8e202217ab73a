import type { Diagnostic, Verdict, VerdictKind } from '../../core/verdict';

/** How each verdict reads in a table cell. */
export const VERDICT_LABELS: Record<VerdictKind, string> = {
  pass: 'Passes its tests',
  wrong_answer: 'Wrong answer',
  compile_error: 'Does not compile',
  syntax_error: 'Syntax error',
  runtime_error: 'Panics',
  timeout: 'Times out',
  no_code: 'No code',
  unknown: 'Not decided',
};

export function verdictGood(kind: VerdictKind): boolean | null {
  return kind === 'pass' ? true : kind === 'unknown' ? null : false;
}

/** One line of evidence for the verdict, in rustc's words where it has them. */
export function verdictDetail(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'pass':
      return `${verdict.tests.length} of ${verdict.tests.length} tests pass`;
    case 'wrong_answer': {
      const failed = verdict.tests.find((t) => !t.passed);
      if (!failed) return 'a test failed';
      const sides = failed.left !== undefined ? ` — left: ${failed.left}, right: ${failed.right}` : '';
      return `${failed.source}${sides}`;
    }
    case 'compile_error':
    case 'syntax_error': {
      const d = verdict.diagnostics[0];
      if (!d) return 'the compiler rejected the code';
      return `${diagnosticHeading(d)} (line ${d.line}:${d.column})`;
    }
    case 'runtime_error':
      return `panicked: ${verdict.message}${verdict.line !== null ? ` (line ${verdict.line}:${verdict.column})` : ''}`;
    case 'timeout':
      return `no result within ${Math.round(verdict.limitMs / 100) / 10} s`;
    case 'no_code':
      return 'the reply contains no Rust code';
    case 'unknown':
      return verdict.reason;
  }
}

/** A compiler diagnostic's first line as rustc prints it: `error[E0308]: mismatched types`. */
export function diagnosticHeading(d: Pick<Diagnostic, 'code' | 'message'>): string {
  return `${d.code ? `error[${d.code}]` : 'error'}: ${d.message}`;
}

/** Which judge decided, for the fine print. */
export function judgedBy(verdict: Verdict): string {
  return verdict.judge === 'playground' ? 'rustc on the Rust playground' : 'the in-browser judge';
}
