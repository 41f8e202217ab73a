import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/verdict';
import { parseCompileErrors, parsePanic, verdictFromRustc, type RustcOutcome } from '../../src/judge/rustc-output';
import { transcript, transcriptNames, type Tool } from '../fixtures/rustc/transcripts';

const context = (program: string) => ({ program, judge: 'playground' as const, ms: 280, timeLimitMs: 5000 });
const base = { judge: 'playground' as const, ms: 280 };
const ok = (source: string) => ({ source, passed: true });

/** What a person reading rustc's output would decide, for every recorded program. */
const EXPECTED: Record<string, Verdict> = {
  pass: {
    kind: 'pass',
    ...base,
    stdout: 'checking is_prime\n',
    tests: [
      ok('assert_eq!(candidate(2), true)'),
      ok('assert!(candidate(7))'),
      ok('assert_ne!(candidate(9), true)'),
      ok('assert_eq!(\n        candidate(97),\n        true\n    )'),
    ],
  },
  'wrong-answer-eq': {
    kind: 'wrong_answer',
    ...base,
    stdout: '',
    tests: [
      ok('assert_eq!(candidate(1), false)'),
      ok('assert_eq!(candidate(4), false)'),
      { source: 'assert_eq!(\n        candidate(2),\n        true\n    )', passed: false, left: 'false', right: 'true' },
    ],
  },
  'wrong-answer-assert': {
    kind: 'wrong_answer',
    ...base,
    stdout: 'before the tests\n',
    tests: [{ source: 'assert!(candidate(2))', passed: false }],
  },
  'wrong-answer-ne': {
    kind: 'wrong_answer',
    ...base,
    stdout: '',
    tests: [
      ok('assert_eq!(candidate(""), String::from(""))'),
      { source: 'assert_ne!(candidate("ab"), String::from("ab"))', passed: false, left: '"ab"', right: '"ab"' },
    ],
  },
  'wrong-answer-message': {
    kind: 'wrong_answer',
    ...base,
    stdout: '',
    tests: [
      ok('assert_eq!(candidate("a b"), vec!["a", "b"], "two words")'),
      { source: 'assert!(candidate("a  b").len() == 2, "expected {} words, got {:?}", 2, candidate("a  b"))', passed: false },
    ],
  },
  'candidate-with-main': {
    kind: 'wrong_answer',
    ...base,
    stdout: '',
    tests: [ok('assert_eq!(candidate("a b a").get("a"), Some(&2))'), { source: 'assert_eq!(candidate("").len(), 1)', passed: false, left: '0', right: '1' }],
  },
  'runtime-overflow': {
    kind: 'runtime_error',
    ...base,
    stdout: '',
    message: 'attempt to add with overflow',
    line: 4,
    column: 9,
    // The panic is inside the candidate: which assert called it is unknown without a backtrace.
    tests: [],
  },
  'runtime-index': {
    kind: 'runtime_error',
    ...base,
    stdout: '',
    message: 'index out of bounds: the len is 2 but the index is 2',
    line: 8,
    column: 34,
    tests: [ok('assert_eq!(candidate(&[1, 2, 3, 4]), vec![1, 2, 3])')],
  },
  'runtime-unwrap': {
    kind: 'runtime_error',
    ...base,
    stdout: '',
    message: 'called `Option::unwrap()` on a `None` value',
    line: 2,
    column: 21,
    tests: [],
  },
  'runtime-divide-by-zero': {
    kind: 'runtime_error',
    ...base,
    stdout: '3\n',
    message: 'attempt to divide by zero',
    line: 2,
    column: 5,
    tests: [],
  },
  'runtime-library-location': {
    kind: 'runtime_error',
    ...base,
    stdout: '',
    message: 'attempt to multiply with overflow',
    line: null,
    column: null,
    tests: [],
  },
  'stack-overflow': {
    kind: 'runtime_error',
    ...base,
    stdout: '',
    message: "thread 'main' has overflowed its stack",
    line: null,
    column: null,
    tests: [],
  },
  'exit-code': {
    kind: 'runtime_error',
    ...base,
    stdout: '',
    message: 'The program exited with status 3 without panicking. Its last words on stderr: “negative input”.',
    line: null,
    column: null,
    tests: [],
  },
  timeout: { kind: 'timeout', ...base, stdout: '', limitMs: 5000, tests: [] },
  'syntax-expected': {
    kind: 'syntax_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: null, message: 'expected `;`, found `sum`', line: 2, column: 20 }],
  },
  'syntax-unclosed-delimiter': {
    kind: 'syntax_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: null, message: 'this file contains an unclosed delimiter', line: 10, column: 3 }],
  },
  'syntax-unexpected-closing': {
    kind: 'syntax_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: null, message: 'unexpected closing delimiter: `}`', line: 4, column: 1 }],
  },
  'compile-mismatched-types': {
    kind: 'compile_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: 'E0308', message: 'mismatched types', line: 9, column: 5 }],
  },
  'compile-several-errors': {
    kind: 'compile_error',
    ...base,
    stdout: '',
    diagnostics: [
      { code: 'E0432', message: 'unresolved import `rand`', line: 1, column: 5 },
      { code: 'E0433', message: 'cannot find type `HashMap` in this scope', line: 4, column: 22 },
    ],
  },
  'compile-borrow': {
    kind: 'compile_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: 'E0382', message: 'borrow of moved value: `parts`', line: 4, column: 17 }],
  },
  'deny-arithmetic-overflow': {
    kind: 'compile_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: 'arithmetic_overflow', message: 'this arithmetic operation will overflow', line: 2, column: 17 }],
  },
  'deny-unconditional-panic': {
    kind: 'compile_error',
    ...base,
    stdout: '',
    diagnostics: [{ code: 'unconditional_panic', message: 'this operation will panic at runtime', line: 3, column: 5 }],
  },
};

describe('verdictFromRustc on recorded rustc 1.95 / cargo 1.95 output', () => {
  it('has an expected verdict for every recorded program', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(transcriptNames);
  });

  for (const tool of ['rustc', 'cargo'] as Tool[]) {
    for (const name of transcriptNames) {
      it(`${name} (${tool})`, () => {
        const t = transcript(name, tool);
        expect(verdictFromRustc(t, context(t.program))).toEqual(EXPECTED[name]);
      });
    }
  }
});

describe('compile errors', () => {
  it('takes the lint a deny(warnings) turned into an error from its note', () => {
    const stderr = [
      'error: unused variable: `x`',
      ' --> main.rs:3:9',
      '  |',
      '3 |     let x = 1;',
      '  |         ^ help: if this is intentional, prefix it with an underscore: `_x`',
      '  |',
      'note: the lint level is defined here',
      ' --> main.rs:1:9',
      '  |',
      '1 | #![deny(warnings)]',
      '  |         ^^^^^^^^',
      '  = note: `#[deny(unused_variables)]` implied by `#[deny(warnings)]`',
      '',
      'error: aborting due to 1 previous error',
    ].join('\n');
    expect(parseCompileErrors(stderr)).toEqual([
      { diagnostic: { code: 'unused_variables', message: 'unused variable: `x`', line: 3, column: 9 }, parseError: false },
    ]);
  });

  it('counts an uncoded error that is not a parse error as a compile error', () => {
    const stderr = 'error: cannot find macro `printn` in this scope\n --> main.rs:2:5\n  |\n2 |     printn!("x");\n  |     ^^^^^^\n\nerror: aborting due to 1 previous error\n';
    const verdict = verdictFromRustc({ compileStderr: stderr, compiled: false }, context('fn main() {}'));
    expect(verdict).toMatchObject({ kind: 'compile_error', diagnostics: [{ code: null, message: 'cannot find macro `printn` in this scope', line: 2, column: 5 }] });
  });

  it('is a syntax error when any error is a parse error, even if recovery found more', () => {
    const stderr = [
      'error: expected one of `!`, `(`, `+`, `::`, `<`, `where`, or `{`, found `=`',
      ' --> main.rs:1:12',
      '',
      'error[E0425]: cannot find value `y` in this scope',
      ' --> main.rs:5:5',
      '',
      'error: aborting due to 2 previous errors',
    ].join('\n');
    expect(verdictFromRustc({ compileStderr: stderr, compiled: false }, context(''))).toMatchObject({
      kind: 'syntax_error',
      diagnostics: [
        { code: null, line: 1, column: 12 },
        { code: 'E0425', line: 5, column: 5 },
      ],
    });
  });

  it('reports a compiler that failed without saying why, instead of an empty list', () => {
    const stderr = '   Compiling playground v0.0.1 (/playground)\nerror: could not compile `playground` (bin "playground")\n\nCaused by:\n  process didn\'t exit successfully: `rustc …` (signal: 9, SIGKILL: kill)\n';
    const verdict = verdictFromRustc({ compileStderr: stderr, compiled: false }, context(''));
    expect(verdict.kind).toBe('compile_error');
    expect(verdict).toMatchObject({ diagnostics: [{ code: null, line: 0, column: 0, message: expect.stringContaining('SIGKILL') }] });
  });
});

describe('runs', () => {
  const program = transcript('wrong-answer-eq', 'rustc').program;
  const ran = (run: Partial<NonNullable<RustcOutcome['run']>>): RustcOutcome => ({
    compileStderr: '',
    compiled: true,
    run: { exitCode: 101, stdout: '', stderr: '', timedOut: false, ...run },
  });

  it('reads a panic printed with RUST_BACKTRACE=1, and the older header without a thread id', () => {
    const withBacktrace = [
      "thread 'main' (15151) panicked at main.rs:18:5:",
      'assertion `left == right` failed',
      '  left: false',
      ' right: true',
      'stack backtrace:',
      '   0: __rustc::rust_begin_unwind',
    ].join('\n');
    expect(verdictFromRustc(ran({ stderr: withBacktrace }), context(program))).toMatchObject({
      kind: 'wrong_answer',
      tests: [{ passed: true }, { passed: true }, { passed: false, left: 'false', right: 'true' }],
    });
    const older = "thread 'main' panicked at src/main.rs:18:5:\nassertion `left == right` failed\n  left: false\n right: true\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    expect(parsePanic(older)).toEqual({ message: 'assertion `left == right` failed\n  left: false\n right: true', location: { line: 18, column: 5 } });
  });

  it('keeps the first panic of several and names other threads', () => {
    const stderr = "thread '<unnamed>' (7) panicked at src/main.rs:3:9:\nboom\nthread 'main' (6) panicked at src/main.rs:9:5:\ncalled `Result::unwrap()` on an `Err` value: Any { .. }\n";
    expect(parsePanic(stderr)).toEqual({ message: 'boom', location: { line: 3, column: 9 } });
  });

  it('says which signal stopped a run, and what it usually means', () => {
    expect(verdictFromRustc(ran({ exitCode: null, signal: 'SIGKILL' }), context(program))).toMatchObject({
      kind: 'runtime_error',
      message: 'The program was stopped by SIGKILL (it was killed, often for using too much memory).',
      line: null,
    });
    expect(verdictFromRustc(ran({ exitCode: null }), context(program))).toMatchObject({ message: 'The program stopped without an exit status.' });
  });

  it('is unknown when the program compiled but was not run', () => {
    expect(verdictFromRustc({ compileStderr: '', compiled: true }, context(program)).kind).toBe('unknown');
  });

  it('does not call an assert-looking panic outside the tests a wrong answer', () => {
    const inCandidate = "thread 'main' (1) panicked at main.rs:3:5:\nassertion failed: n > 0\n";
    expect(verdictFromRustc(ran({ stderr: inCandidate }), context(program))).toMatchObject({ kind: 'runtime_error', message: 'assertion failed: n > 0', line: 3 });
  });
});
