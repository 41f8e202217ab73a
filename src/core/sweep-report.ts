/*
 * A sweep as a Markdown document in the shape of the original experiment's write-up — setup,
 * results table, cost-benefit ("net") table — but every figure computed from finished cells, with
 * intervals, so it says only what the data can support.
 */
import { wilsonInterval } from './stats';
import type { SweepRecord } from './sweep';
import {
  netTable,
  summarizeSweep,
  VERDICT_COUNT_KEYS,
  type NetRow,
  type StrategySummary,
  type VerdictCountKey,
} from './sweep-summary';
import { BASELINE_STRATEGY_ID } from './run-summary';

export interface SweepReportOptions {
  title: string;
  /** Printed as given (e.g. an ISO 8601 time): the report never reads the clock. */
  generatedAt: string;
}

/** The report for a sweep's finished records. Deterministic: the same records give the same text. */
export function sweepReportMarkdown(records: readonly SweepRecord[], options: SweepReportOptions): string {
  const lines: string[] = [`# ${inline(options.title)}`, '', `Generated ${inline(options.generatedAt)}.`, ''];
  if (records.length === 0) {
    lines.push('No finished runs yet.', '');
    return lines.join('\n');
  }
  const summaries = summarizeSweep(records);
  const net = netTable(summaries);
  const models = unique(summaries.map((s) => s.modelLabel));

  lines.push(...setupSection(records, summaries, models));
  lines.push(...resultsSection(summaries, models));
  lines.push(...passAtKSection(summaries, models));
  lines.push(...netSection(summaries, net, models));
  lines.push(...verdictSection(summaries));
  lines.push(...howToRead(summaries));
  return lines.join('\n');
}

function setupSection(records: readonly SweepRecord[], summaries: StrategySummary[], models: string[]): string[] {
  const tasks = unique(records.map((r) => r.cell.taskId));
  const seeds = unique(records.map((r) => r.cell.seed)).sort((a, b) => a - b);
  const counts = unique(summaries.map((s) => s.n));
  const lines = [
    '## Setup',
    '',
    `- **Models** (${models.length}): ${models.map(inline).join(', ')}`,
    `- **Tasks** (${tasks.length}): ${tasks.map((t) => inline(t)).join(', ')}`,
    `- **Seeds** (${seeds.length}): ${seeds.join(', ')}`,
    `- **Finished runs**: ${records.length}`,
  ];
  if (counts.length === 1) {
    lines.push(`- **Runs per strategy (n)**: ${counts[0]} (every task × seed)`);
  } else {
    lines.push('- **Runs per strategy (n)**, unequal — the sweep is incomplete:');
    for (const s of summaries) lines.push(`  - ${inline(s.strategyLabel)} on ${inline(s.modelLabel)}: ${s.n}`);
  }
  lines.push('');
  return lines;
}

function resultsSection(summaries: StrategySummary[], models: string[]): string[] {
  const lines = [
    '## Results',
    '',
    'Per run (one task with one seed): mean tokens (prompt + completion), mean wall time, generation speed, ' +
      'tokens relative to the baseline, and how many selected answers passed the hidden tests.',
    '',
  ];
  let missing = false;
  for (const model of models) {
    lines.push(`### ${inline(model)}`, '', '| Strategy | Tokens | Time | Speed | Cost | Quality |', '| --- | ---: | ---: | ---: | ---: | --- |');
    for (const s of summaries.filter((x) => x.modelLabel === model)) {
      missing ||= s.promptTokensMissing;
      lines.push(
        row([
          cell(s.strategyLabel),
          `${formatInteger(s.meanTokens)}${s.promptTokensMissing ? '\\*' : ''}`,
          formatSeconds(s.meanMs),
          s.tokensPerSecond === null ? '—' : `${Math.round(s.tokensPerSecond)} tok/s`,
          formatMultiple(s.costVsBaseline),
          formatQuality(s.passes, s.n, s.ci95),
        ]),
      );
    }
    lines.push('');
  }
  if (missing) lines.push('\\* Some calls did not report prompt tokens; they count as 0, so these totals are too low.', '');
  return lines;
}

function passAtKSection(summaries: StrategySummary[], models: string[]): string[] {
  const lines = [
    '## pass@k of the candidates',
    '',
    'The chance that at least one of k candidates a strategy generated passes the hidden tests (unbiased ' +
      'estimator of Chen et al. 2021, averaged over runs). It measures the candidates, not the answer the ' +
      'strategy selected: a gap between pass@k and the pass rate above is what a better selection could recover.',
    '',
  ];
  for (const model of models) {
    const rows = summaries.filter((s) => s.modelLabel === model);
    const maxK = Math.max(0, ...rows.map((s) => s.passAtK.length));
    lines.push(`### ${inline(model)}`, '');
    if (maxK === 0) {
      lines.push('No run recorded any candidates.', '');
      continue;
    }
    const ks = Array.from({ length: maxK }, (_, i) => i + 1);
    lines.push(row(['Strategy', ...ks.map((k) => `pass@${k}`)]), row(['---', ...ks.map(() => '---:')]));
    for (const s of rows) {
      lines.push(row([cell(s.strategyLabel), ...ks.map((k) => {
        const point = s.passAtK.find((p) => p.k === k);
        return point ? formatPercent(point.value) : '—';
      })]));
    }
    lines.push('');
  }
  return lines;
}

function netSection(summaries: StrategySummary[], net: NetRow[], models: string[]): string[] {
  const lines = [
    '## Cost-benefit against the baseline',
    '',
    'Extra tokens and time per run, and the change in pass rate with its 95% interval (Newcombe’s method ' +
      'from two Wilson intervals). A strategy is "better" or "worse" only when the whole interval lies on one side of 0.',
    '',
  ];
  for (const model of models) {
    lines.push(`### ${inline(model)}`, '');
    const baseline = summaries.find((s) => s.modelLabel === model && s.strategyId === BASELINE_STRATEGY_ID);
    if (!baseline) {
      lines.push(`No baseline ran on ${inline(model)}: there is nothing to compare against.`, '');
      continue;
    }
    lines.push(
      '| Strategy | Cost | Extra tokens per run | Extra time per run | Tokens per pass | Pass rate change | Net |',
      '| --- | ---: | ---: | ---: | ---: | --- | --- |',
      row([cell(baseline.strategyLabel), '1x', '—', '—', formatTokensPerPass(baseline.tokensPerSolved), '—', 'reference']),
    );
    for (const r of net.filter((x) => x.modelLabel === model)) {
      const s = summaries.find((x) => x.modelLabel === model && x.strategyId === r.strategyId)!;
      lines.push(
        row([
          cell(r.strategyLabel),
          formatMultiple(r.costVsBaseline),
          withSign(formatInteger(Math.abs(r.extraTokensPerTask)), r.extraTokensPerTask),
          withSign(formatSeconds(Math.abs(r.extraMsPerTask)), r.extraMsPerTask),
          formatTokensPerPass(s.tokensPerSolved),
          `${formatPoints(r.passRateChangePoints)} pp (95% CI ${formatPoints(r.changeCi95Points[0])} to ${formatPoints(r.changeCi95Points[1])})`,
          r.verdict,
        ]),
      );
    }
    lines.push('');
  }
  return lines;
}

function verdictSection(summaries: StrategySummary[]): string[] {
  // Only the kinds that occur, in report order; 'pass' always, so the table is never empty.
  const keys = VERDICT_COUNT_KEYS.filter((key) => key === 'pass' || summaries.some((s) => s.verdictCounts[key] > 0));
  return [
    '## Verdicts of the selected answers',
    '',
    row(['Model', 'Strategy', ...keys.map(verdictName)]),
    row(['---', '---', ...keys.map(() => '---:')]),
    ...summaries.map((s) => row([cell(s.modelLabel), cell(s.strategyLabel), ...keys.map((key) => String(s.verdictCounts[key]))])),
    '',
  ];
}

function howToRead(summaries: StrategySummary[]): string[] {
  const smallest = Math.min(...summaries.map((s) => s.n));
  const sizes = summaries.every((s) => s.n === smallest) ? `n = ${smallest}` : `n ≥ ${smallest}`;
  const widest = Math.max(...summaries.map((s) => s.ci95[1] - s.ci95[0]));
  const [onePassLo] = wilsonInterval(1, 1);
  const [, oneFailHi] = wilsonInterval(0, 1);
  return [
    '## How to read this',
    '',
    `Every pass rate is an estimate from a few runs (here ${sizes} per strategy), so its 95% interval is ` +
      `wide: the widest above spans ${Math.round(widest * 100)} points. Two strategies whose intervals overlap may ` +
      'not differ at all; the cost-benefit table says "better" or "worse" only when the interval of the difference ' +
      `excludes 0. With one run per strategy — what the original experiment did — a pass is 1/1 (95% CI ` +
      `${Math.round(onePassLo * 100)}–100%) and a failure 0/1 (0–${Math.round(oneFailHi * 100)}%): the intervals ` +
      'always overlap, so one sample cannot separate strategies. More seeds and tasks narrow the intervals.',
    '',
  ];
}

const VERDICT_NAMES: Record<VerdictCountKey, string> = {
  pass: 'pass',
  wrong_answer: 'wrong answer',
  runtime_error: 'runtime error',
  timeout: 'timeout',
  compile_error: 'compile error',
  syntax_error: 'syntax error',
  no_code: 'no code',
  unknown: 'undecided',
  none: 'not judged',
};

function verdictName(key: VerdictCountKey): string {
  return VERDICT_NAMES[key];
}

/** Text from records inside a table cell: a `|` would end the cell and a newline the row. */
export function escapeTableCell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

const cell = escapeTableCell;

/** Text from records on one Markdown line: newlines become spaces, backslashes stay literal. */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, ' ');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** 1234.6 → "1,235" (non-negative values): grouped by hand so the output does not depend on locale data. */
function formatInteger(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function formatMultiple(multiple: number | null): string {
  return multiple === null ? '—' : `${Number(multiple.toFixed(2))}x`;
}

function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

function formatQuality(passes: number, n: number, ci: [number, number]): string {
  return `${passes}/${n} passed (${formatPercent(passes / n)}, 95% CI ${Math.round(ci[0] * 100)}–${Math.round(ci[1] * 100)}%)`;
}

function formatTokensPerPass(tokens: number | null): string {
  return tokens === null ? '— (none passed)' : formatInteger(tokens);
}

/** Percentage points with one decimal and a sign: +12.5, -3.0, 0.0. */
function formatPoints(points: number): string {
  return withSign(Math.abs(points).toFixed(1), points);
}

/** "+" or "-" before a formatted magnitude, none when it rounds to zero ("0", "0.0 s"). */
function withSign(magnitude: string, value: number): string {
  if (!/[1-9]/.test(magnitude)) return magnitude;
  return value > 0 ? `+${magnitude}` : `-${magnitude}`;
}
