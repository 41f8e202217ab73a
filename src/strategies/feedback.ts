import type { Verdict } from '../core/verdict';

const ASK = 'Fix it and answer with the whole corrected function in one ```rust code block.';

/**
 * What the judge found, as a message back to the model (compiler errors the way rustc words them,
 * the failing assert with both sides). Null when there is nothing to fix (a pass) or nothing
 * reliable to say (the in-browser judge could not decide).
 */
export function repairFeedback(verdict: Verdict, code: string | null): string | null {
  const lineOf = (line: number) => code?.split('\n')[line - 1]?.trim();
  switch (verdict.kind) {
    case 'pass':
    case 'unknown':
      return null;
    case 'no_code':
      return 'Your reply had no Rust code. Answer with the function in one ```rust code block.';
    case 'syntax_error':
    case 'compile_error': {
      const errors = verdict.diagnostics.slice(0, 3).map((d) => {
        const at = lineOf(d.line);
        return `error${d.code ? `[${d.code}]` : ''}: ${d.message} (line ${d.line}${at ? `: \`${at}\`` : ''})`;
      });
      return `The code does not compile:\n${errors.join('\n')}\n\n${ASK}`;
    }
    case 'wrong_answer': {
      const failed = verdict.tests.find((t) => !t.passed);
      const sides = failed?.left !== undefined ? ` — left: ${failed.left}, right: ${failed.right}` : '';
      return `The code compiles, but this test fails: \`${failed?.source ?? 'an assert'}\`${sides}.\n\n${ASK}`;
    }
    case 'runtime_error':
      return `The code compiles, but it panics while testing: ${verdict.message}${verdict.line ? ` (line ${verdict.line})` : ''}.\n\n${ASK}`;
    case 'timeout':
      return `The code compiles, but it did not finish within ${Math.round(verdict.limitMs / 1000)} s on the examples (an endless loop?).\n\n${ASK}`;
  }
}
