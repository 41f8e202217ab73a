import { describeModel } from './model';
import type { Run } from './run';
import { summarizeRun } from './run-summary';
import { escapeTableCell } from './sweep-report';

/**
 * A run as a Markdown report: the results table in the original experiment's shape (Strategy |
 * Tokens | Time | Speed | Cost | Quality), where Quality is the judge's verdict on the submitted
 * answer, then why each strategy submitted what it did. Text from the run is escaped for tables.
 */
export function runReportMarkdown(run: Run): string {
  const rows = summarizeRun(run);
  const lines = [
    `# ${escapeTableCell(run.task.title)}`,
    '',
    `Model: ${escapeTableCell(describeModel(run.model))} · ${run.createdAt} · ${run.status}`,
    '',
    '| Strategy | Tokens | Time | Speed | Cost | Quality |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map((row) =>
      [
        escapeTableCell(row.label),
        String(row.completionTokens),
        `${row.seconds.toFixed(1)} s`,
        `${row.tokensPerSecond.toFixed(1)} tok/s`,
        row.callsVsBaseline === null ? '—' : `${row.callsVsBaseline}x`,
        row.verdict ?? 'not judged',
      ].join(' | '),
    ).map((cells) => `| ${cells} |`),
    '',
    'Cost is the number of model calls relative to the baseline.',
    '',
    ...run.results.map((result) => `- **${escapeTableCell(result.strategyLabel)}**: ${escapeTableCell(result.selection.reason)}`),
  ];
  return `${lines.join('\n')}\n`;
}
