import type { Diagnostic, Verdict } from '../core/verdict';
import { checkProgram } from './check/checker';
import { DEFAULT_LIMITS, type InterpreterLimits } from './limits';
import { findTestAsserts, isNoCode } from './harness';
import { Interpreter, type RunLimits, type RunOutcome } from './run/interpreter';
import { hashOrder } from './std/families/maps';
import { parseProgram } from './syntax/lower';
import type { RustParser } from './syntax/tree-sitter';

export { DEFAULT_LIMITS } from './limits';

/**
 * Judges a whole program (functions plus a `fn main` of asserts) in the browser: parse, check,
 * then run. Anything the judge does not fully understand is `unknown`, never `pass`.
 */
export function judgeProgram(
  parser: RustParser,
  source: string,
  limits: InterpreterLimits = DEFAULT_LIMITS,
  now: () => number = () => performance.now(),
): Verdict {
  const started = now();
  try {
    return judgeUnguarded(parser, source, limits, now, started);
  } catch (error) {
    return { kind: 'unknown', reason: failureReason(error), judge: 'interpreter', ms: now() - started, stdout: '' };
  }
}

/** Why judging stopped: the engine's own limits, or a fault in the judge (never an answer about the program). */
function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'code nested deeper than the in-browser judge can follow';
  }
  if (error instanceof RangeError && /invalid (string|array) length|allocation failed/i.test(error.message)) {
    return 'a value larger than the in-browser judge can hold in memory';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `an internal error in the in-browser judge (${detail})`;
}

function judgeUnguarded(parser: RustParser, source: string, limits: InterpreterLimits, now: () => number, started: number): Verdict {
  const base = () => ({ judge: 'interpreter' as const, ms: Math.round((now() - started) * 100) / 100 });
  if (isNoCode(source)) return { kind: 'no_code', ...base(), stdout: '' };

  const lowered = parseProgram(parser, source);
  if (!lowered.ok) {
    if (lowered.kind === 'syntax') return { kind: 'syntax_error', diagnostics: lowered.diagnostics, ...base(), stdout: '' };
    return unknown(lowered.construct, lowered.span, base());
  }
  const outcome = checkProgram(lowered.program);
  if (outcome.diagnostics.length > 0) {
    const diagnostics: Diagnostic[] = outcome.diagnostics.map(({ code, message, line, column }) => ({ code, message, line, column }));
    return { kind: 'compile_error', diagnostics, ...base(), stdout: '' };
  }
  if (outcome.unsupported || !outcome.checked) {
    return unknown(outcome.unsupported?.construct ?? 'this program', outcome.unsupported?.span ?? null, base());
  }

  const sites = findTestAsserts(source);
  const runLimits: RunLimits = { ...limits, now };
  const run = (reversed: boolean): RunOutcome => {
    hashOrder.reversed = reversed;
    hashOrder.observed = false;
    return new Interpreter(outcome.checked!, runLimits, sites).run();
  };
  const first = run(false);
  // Rust's HashMap order is random: a program whose result depends on it has no single answer.
  if (hashOrder.observed) {
    const second = run(true);
    if (summary(second) !== summary(first)) {
      return unknown('a result that depends on HashMap / HashSet iteration order (random in Rust)', null, base());
    }
  }
  return fromOutcome(first, limits, base());
}

function summary(outcome: RunOutcome): string {
  return JSON.stringify([outcome.kind, outcome.stdout, outcome.tests, 'message' in outcome ? outcome.message : null]);
}

function unknown(construct: string, span: { line: number; column: number } | null, base: { judge: 'interpreter'; ms: number }): Verdict {
  const where = span ? ` (line ${span.line}, column ${span.column})` : '';
  return { kind: 'unknown', reason: `${construct}${where}`, ...base, stdout: '' };
}

function fromOutcome(outcome: RunOutcome, limits: InterpreterLimits, base: { judge: 'interpreter'; ms: number }): Verdict {
  const { stdout, tests } = outcome;
  switch (outcome.kind) {
    case 'completed':
      return { kind: 'pass', tests, ...base, stdout };
    case 'exited':
      if (outcome.code === 0) return { kind: 'pass', tests, ...base, stdout };
      return { kind: 'runtime_error', message: `process exited with code ${outcome.code}`, line: null, column: null, tests, ...base, stdout };
    case 'panicked':
      if (outcome.failedTest) return { kind: 'wrong_answer', tests, ...base, stdout };
      return { kind: 'runtime_error', message: outcome.message, line: outcome.span?.line ?? null, column: outcome.span?.column ?? null, tests, ...base, stdout };
    case 'timeout':
      return { kind: 'timeout', limitMs: limits.timeLimitMs, tests, ...base, stdout };
    case 'unsupported':
      return unknown(outcome.construct, outcome.span, base);
  }
}
