import type { FinishReason, Generation, GenerationRequest } from '../../core/generation';
import type { Candidate } from '../../core/run';
import type { Verdict } from '../../core/verdict';
import { composeProgram, findTestAsserts } from '../../judge/harness';
import { extractCode, type CodeSource } from '../../strategies/extract-code';
import { codeLines, rustcBlock, type CodeMark } from '../code/code-marks';
import { formatRate, formatSeconds, formatTokens } from '../format';
import { diagnosticHeading } from '../judge/verdict-text';

/* How the candidate detail presents a candidate: loaded with the dialog, not with the page. */

/** The verdict's findings that point at a line: compiler errors, and a panic's location. */
export function verdictMarks(verdict: Verdict | null): CodeMark[] {
  if (verdict === null) return [];
  switch (verdict.kind) {
    case 'compile_error':
    case 'syntax_error':
      return verdict.diagnostics.map((d) => ({ line: d.line, column: d.column, heading: diagnosticHeading(d) }));
    case 'runtime_error':
      return verdict.line === null ? [] : [{ line: verdict.line, column: verdict.column, heading: `panicked: ${verdict.message}` }];
    default:
      return [];
  }
}

/**
 * The asserts of `testsSource` a failed program never finished: Rust stops at the first failure,
 * so a verdict lists only the asserts that ran. Empty unless the verdict's asserts are exactly the
 * first ones of these tests (nothing is guessed).
 */
export function unfinishedAsserts(verdict: Verdict | null, testsSource: string | null): string[] {
  if (verdict === null || testsSource === null || !('tests' in verdict) || verdict.kind === 'pass') return [];
  const asserts = findTestAsserts(testsSource).map((a) => a.source);
  const ran = verdict.tests.map((t) => t.source);
  if (ran.length >= asserts.length || ran.some((source, i) => asserts[i] !== source)) return [];
  return asserts.slice(ran.length);
}

const ORIGINS: Record<CodeSource, string> = {
  'fenced-rust': 'Taken from the reply’s last ```rust code block.',
  'fenced-untagged': 'Taken from the reply’s last untagged code block (it looks like Rust).',
  'fenced-other': 'Taken from a code block tagged as another language that clearly holds Rust.',
  'unclosed-fence': 'Taken from a code block the reply never closed.',
  unfenced: 'Taken from Rust items written in the reply without a code block.',
};

/** Where the judged code came from in the reply, in words; null when that cannot be told. */
export function codeOrigin(candidate: Candidate): string | null {
  const { generation, code } = candidate;
  if (generation.textCoverage === 'none') return code === null ? 'The recording kept no text of this reply, so there is no code to judge.' : null;
  if (generation.textCoverage === 'excerpt') return code === null ? null : 'The recording kept only this code block of the reply.';
  const extracted = extractCode(generation.text);
  if (extracted.kind === 'none') return code === null ? `No code: ${extracted.reason}` : null;
  return extracted.code === code ? ORIGINS[extracted.source] : null;
}

/** What the reply's text is, when it is not the whole reply. */
export function replyCoverage(generation: Generation): string | null {
  switch (generation.textCoverage) {
    case 'full':
      return null;
    case 'excerpt':
      return 'The recording kept only the code block of this reply, not its whole text.';
    case 'none':
      return 'The recording kept no text of this reply.';
  }
}

/** One sampling parameter: what the request asked for and what reached the model. */
export interface RequestRow {
  parameter: string;
  asked: string;
  sent: string;
}

const NOT_SENT = 'not sent (model default)';

/** The request's sampling parameters beside what the engine really sent. */
export function requestRows(request: GenerationRequest, sent: Generation['sent']): RequestRow[] {
  const value = (v: number | null) => (v === null ? NOT_SENT : String(v));
  return [
    { parameter: 'temperature', asked: String(request.temperature), sent: value(sent.temperature) },
    { parameter: 'top_p', asked: String(request.top_p), sent: value(sent.top_p) },
    { parameter: 'max tokens', asked: String(request.max_tokens), sent: value(sent.max_tokens) },
    { parameter: 'seed', asked: String(request.seed), sent: value(sent.seed) },
    { parameter: 'stop', asked: request.stop.length > 0 ? request.stop.map((s) => JSON.stringify(s)).join(', ') : 'none', sent: 'not recorded' },
  ];
}

const FINISH: Record<FinishReason, string> = {
  stop: 'the model ended its reply',
  length: 'the token limit was reached',
  abort: 'cancelled',
  unknown: 'not recorded',
};

/** What the generation cost and how it ended, as label/value pairs. */
export function usageRows(generation: Generation): { label: string; value: string }[] {
  const { usage, timings } = generation;
  const speed = timings.decodeTokensPerSecond ?? (timings.totalMs > 0 ? (usage.completionTokens * 1000) / timings.totalMs : null);
  return [
    { label: 'prompt tokens', value: usage.promptTokens === null ? 'not reported' : formatTokens(usage.promptTokens) },
    { label: 'completion tokens', value: formatTokens(usage.completionTokens) },
    { label: 'time', value: formatSeconds(timings.totalMs / 1000) },
    { label: 'first token after', value: timings.timeToFirstTokenMs === null ? 'not reported' : formatSeconds(timings.timeToFirstTokenMs / 1000) },
    { label: 'speed', value: speed === null ? '—' : formatRate(speed) },
    { label: 'finished because', value: FINISH[generation.finishReason] },
  ];
}

/**
 * Findings that point past the candidate's code — into the task's tests, which the judge appends
 * to it — as rustc prints them, with the line's text when the tests are known.
 */
export function findingsOutsideCode(code: string | null, marks: readonly CodeMark[], testsSource: string | null): string[] {
  const program = testsSource === null ? null : codeLines(composeProgram(code ?? '', testsSource));
  return marks.map((mark) => rustcBlock(mark, program?.[mark.line - 1] ?? null));
}
