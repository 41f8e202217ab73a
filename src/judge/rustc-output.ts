import type { Diagnostic, JudgeId, TestOutcome, Verdict } from '../core/verdict';
import { locateTests, type LocatedAssert, type Position } from './harness';

/** What rustc (or cargo) printed while compiling a program, and what the program did when run. */
export interface RustcOutcome {
  /** Compiler stderr (rustc's or cargo's: the playground runs cargo, so lines like "   Compiling playground v0.0.1 (/playground)" and "error: could not compile `playground`" appear). */
  compileStderr: string;
  compiled: boolean;
  /** Present when the program compiled and was run. */
  run?: {
    /** null when the process did not exit by itself (killed by a signal or by the time limit). */
    exitCode: number | null;
    stdout: string;
    stderr: string;
    timedOut: boolean;
    /** The signal that stopped it, when known (e.g. "SIGKILL"). */
    signal?: string | null;
  };
}

export interface RustcContext {
  /** The program that was compiled, as given to rustc: its asserts are the tests. */
  program: string;
  judge: JudgeId;
  ms: number;
  timeLimitMs: number;
}

/**
 * Turns rustc's and the program's output into a Verdict, the way a person reading them would:
 * a compile failure is a syntax error when rustc could not parse the program, else a compile error;
 * a failed test assert is a wrong answer; any other panic or abnormal exit is a runtime error.
 */
export function verdictFromRustc(outcome: RustcOutcome, context: RustcContext): Verdict {
  const base = { judge: context.judge, ms: context.ms, stdout: outcome.run?.stdout ?? '' };
  if (!outcome.compiled) {
    const errors = parseCompileErrors(outcome.compileStderr);
    const diagnostics = errors.length > 0 ? errors.map(({ diagnostic }) => diagnostic) : [silentFailure(outcome.compileStderr)];
    const kind = errors.some((e) => e.parseError) ? 'syntax_error' : 'compile_error';
    return { kind, ...base, diagnostics };
  }
  const run = outcome.run;
  if (run === undefined) {
    return { kind: 'unknown', ...base, reason: 'The program compiled but was not run, so its tests were not checked.' };
  }
  if (run.timedOut) return { kind: 'timeout', ...base, limitMs: context.timeLimitMs, tests: [] };

  const tests = locateTests(context.program);
  if (run.exitCode === 0) {
    return { kind: 'pass', ...base, tests: tests.asserts.map((a) => ({ source: a.source, passed: true })) };
  }

  const panic = parsePanic(run.stderr);
  if (panic !== null) {
    const where = panic.location;
    const failed = where === null ? undefined : tests.asserts.find((a) => a.line === where.line && a.column === where.column);
    // The assert macro itself panicked (not something evaluated in its arguments, which rustc
    // reports at that expression's own position).
    if (failed !== undefined && (panic.message.startsWith('assertion') || failed.hasCustomMessage)) {
      const before = tests.asserts.slice(0, tests.asserts.indexOf(failed)).map(passed);
      return { kind: 'wrong_answer', ...base, tests: [...before, { source: failed.source, passed: false, ...leftRight(panic.message) }] };
    }
    return {
      kind: 'runtime_error',
      ...base,
      message: panic.message,
      line: where?.line ?? null,
      column: where?.column ?? null,
      tests: where === null ? [] : assertsDoneBefore(tests.asserts, tests.mainBody, where),
    };
  }
  return { kind: 'runtime_error', ...base, message: abnormalExitMessage(run), line: null, column: null, tests: [] };
}

// ---------------------------------------------------------------------------------------------
// Compile errors

interface CompileError {
  diagnostic: Diagnostic;
  parseError: boolean;
}

const HEADER = /^(error|warning)(?:\[(E\d{4})\])?: (.*)$/;
const ARROW = /^\s*--> (.*):(\d+):(\d+)\s*$/;
/** Summary lines that are not diagnostics of their own. */
const SUMMARY = /^(aborting due to|could not compile|Some errors have detailed explanations|For more information)/;
/** A lint that is an error by default: "= note: `#[deny(arithmetic_overflow)]` on by default". */
const DENY_NOTE = /`#!?\[deny\(([\w:]+)\)\]`/;
/** The same, when the code itself denies a lint: the attribute appears in the quoted source. */
const DENY_SOURCE = /#!?\[deny\(([\w:]+)/;

/**
 * rustc's parser errors carry no error code; most other errors do. These are the parser's
 * messages (rustc_parse), so an uncoded error that matches one means rustc could not parse the file.
 */
const PARSE_ERRORS = [
  /^expected /,
  /^unexpected /,
  /unclosed delimiter/,
  /^mismatched closing delimiter/,
  /^unknown start of token/,
  /^unterminated /,
  /^missing /,
  /^found invalid character/,
  /^character literal may only contain one codepoint/,
  /^empty character literal/,
  /^unknown character escape/,
  /^invalid (suffix|digit|character|unicode|escape|width|.* literal)/,
  /^prefix `[^`]*` is unknown/,
  /^non-item in item list/,
  /^Rust has no /,
  /^incorrect /,
  /^leading `\+` is not supported/,
  /^unmatched angle bracket/,
  /^comparison operators cannot be chained/,
  /^float literals must have an integer part/,
  /^bare CR not allowed/,
  /^return types are denoted using `->`/,
  /^keyword `[^`]*` is written in the wrong case/,
  /^`[^`]*` is not a logical operator/,
  /^an inner attribute is not permitted/,
  /^statements are terminated with a semicolon/,
  /^functions are not allowed in (struct|enum|union) definitions/,
  /^struct literal body without path/,
  /^macro expansion ignores /,
];

/** Every error rustc reported, in its order (warnings and summary lines dropped). */
export function parseCompileErrors(stderr: string): CompileError[] {
  interface Open {
    code: string | null;
    message: string;
    location: Position | null;
    lintFromNote: string | null;
    lintFromSource: string | null;
  }
  const errors: CompileError[] = [];
  let current: Open | null = null;

  const finish = (open: Open | null) => {
    if (open === null) return;
    const { code, message, location } = open;
    const lint = code === null ? (open.lintFromNote ?? open.lintFromSource) : null;
    const diagnostic: Diagnostic = { code: code ?? lint, message, line: location?.line ?? 0, column: location?.column ?? 0 };
    errors.push({ diagnostic, parseError: code === null && lint === null && PARSE_ERRORS.some((p) => p.test(message)) });
  };

  for (const line of stderr.split(/\r?\n/)) {
    const header = HEADER.exec(line);
    if (header !== null) {
      finish(current);
      const [, severity, code, message = ''] = header;
      current = severity === 'error' && !SUMMARY.test(message) ? { code: code ?? null, message, location: null, lintFromNote: null, lintFromSource: null } : null;
      continue;
    }
    if (current === null) continue;
    const arrow = ARROW.exec(line);
    if (arrow !== null && current.location === null) current.location = { line: Number(arrow[2]), column: Number(arrow[3]) };
    // "= note: `#[deny(unused_variables)]` implied by `#[deny(warnings)]`" names the lint itself;
    // the quoted "#![deny(warnings)]" of "the lint level is defined here" only its group.
    const note = line.includes('= note:') ? DENY_NOTE.exec(line) : null;
    if (note !== null) current.lintFromNote ??= note[1]!;
    const source = line.includes('|') ? DENY_SOURCE.exec(line) : null;
    if (source !== null) current.lintFromSource ??= source[1]!;
  }
  finish(current);
  return errors;
}

function silentFailure(stderr: string): Diagnostic {
  const last = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^(Compiling|Finished|Running) /.test(l))
    .at(-1);
  const message =
    'The compiler stopped without reporting an error in the code' +
    (last === undefined ? '.' : ` (it said: ${truncate(last, 200)}).`) +
    ' It may have run out of memory or time; try again.';
  return { code: null, message, line: 0, column: 0 };
}

// ---------------------------------------------------------------------------------------------
// Panics

interface Panic {
  message: string;
  /** Where the program panicked, or null when rustc points into the standard library. */
  location: Position | null;
}

/** "thread 'main' panicked at src/main.rs:18:5:" (rustc ≥ 1.73); recent rustc (1.95 here) adds the thread id: "thread 'main' (16866) panicked at …". */
const PANIC_HEADER = /^thread '([^']*)'(?: \(\d+\))? panicked at (.+):(\d+):(\d+):$/m;
const MESSAGE_END = /^(note: run with `RUST_BACKTRACE|stack backtrace:|note: Some details are omitted|thread '[^']*'(?: \(\d+\))? panicked at )/;

/** The first panic in a program's stderr. */
export function parsePanic(stderr: string): Panic | null {
  const header = PANIC_HEADER.exec(stderr);
  if (header === null) return null;
  const rest = stderr.slice(header.index + header[0].length + 1).split(/\r?\n/);
  const end = rest.findIndex((line) => MESSAGE_END.test(line));
  const message = (end === -1 ? rest : rest.slice(0, end)).join('\n').trimEnd();
  const file = header[2]!;
  const inProgram = !file.startsWith('/rustc/') && !/(^|\/)library\/(core|std|alloc)\//.test(file) && !file.includes('/.cargo/registry/');
  return { message, location: inProgram ? { line: Number(header[3]), column: Number(header[4]) } : null };
}

/** "  left: 3\n right: 4" at the end of an assert_eq!/assert_ne! failure. */
function leftRight(message: string): Pick<TestOutcome, 'left' | 'right'> {
  const sides = /\n {2}left: (.*)\n right: (.*)$/.exec(message);
  return sides === null ? {} : { left: sides[1]!, right: sides[2]! };
}

function passed(a: LocatedAssert): TestOutcome {
  return { source: a.source, passed: true };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/**
 * The asserts that had finished when the program panicked at `where`. Only knowable when the
 * panic is in main's body itself: a panic inside a function the tests call does not say which
 * assert called it (rustc prints no backtrace here), so no test is claimed to have passed.
 */
function assertsDoneBefore(asserts: LocatedAssert[], mainBody: { start: Position; end: Position } | null, where: Position): TestOutcome[] {
  if (mainBody === null || !before(mainBody.start, where) || !before(where, mainBody.end)) return [];
  return asserts.filter((a) => before({ line: a.endLine, column: a.endColumn }, where)).map(passed);
}

const SIGNAL_HINTS: Record<string, string> = {
  SIGKILL: 'it was killed, often for using too much memory',
  SIGSEGV: 'a segmentation fault',
  SIGABRT: 'it aborted',
  SIGBUS: 'a bus error',
  SIGFPE: 'an arithmetic fault',
  SIGILL: 'an illegal instruction',
};

/** A readable reason for a run that failed without a panic message. */
function abnormalExitMessage(run: NonNullable<RustcOutcome['run']>): string {
  const overflow = /^thread '([^']*)'(?: \(\d+\))? has overflowed its stack$/m.exec(run.stderr);
  if (overflow !== null) return `thread '${overflow[1]}' has overflowed its stack`;
  const fatal = /^fatal runtime error: (.*)$/m.exec(run.stderr);
  if (fatal !== null) return `fatal runtime error: ${fatal[1]}`;
  const said = run.stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .at(-1);
  const tail = said === undefined ? '' : ` Its last words on stderr: “${truncate(said, 200)}”.`;
  if (run.exitCode !== null) return `The program exited with status ${run.exitCode} without panicking.${tail}`;
  const signal = run.signal ?? null;
  if (signal !== null) {
    const hint = SIGNAL_HINTS[signal];
    return `The program was stopped by ${signal}${hint === undefined ? '' : ` (${hint})`}.${tail}`;
  }
  return `The program stopped without an exit status.${tail}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
