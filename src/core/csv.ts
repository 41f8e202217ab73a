import type { Run } from './run';
import type { SweepRecord } from './sweep';

/**
 * One CSV cell: quoted when it holds a comma, quote or line break, and defused when it starts like a
 * spreadsheet formula (a model's reply or a task title could), by a leading apostrophe.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One row per sweep cell: what was run, what was submitted, what it cost. */
export function sweepCsv(records: readonly SweepRecord[]): string {
  const header = ['model', 'task', 'strategy', 'seed', 'verdict', 'candidates', 'candidates_passing', 'calls', 'prompt_tokens', 'completion_tokens', 'wall_ms', 'reason'];
  const rows = records.map(({ cell, modelLabel, result }) => [
    modelLabel,
    cell.taskId,
    result.strategyLabel,
    cell.seed,
    result.selection.verdict?.kind ?? null,
    result.candidates.length,
    result.candidates.filter((c) => c.verdict?.kind === 'pass').length,
    result.cost.calls,
    result.cost.promptTokens,
    result.cost.completionTokens,
    Math.round(result.cost.wallMs),
    result.selection.reason,
  ]);
  return toCsv([header, ...rows]);
}

/** One row per strategy of a run. */
export function runCsv(run: Run): string {
  const header = ['task', 'strategy', 'verdict', 'calls', 'prompt_tokens', 'completion_tokens', 'wall_ms', 'reason'];
  const rows = run.results.map((result) => [
    run.task.id,
    result.strategyLabel,
    result.selection.verdict?.kind ?? null,
    result.cost.calls,
    result.cost.promptTokens,
    result.cost.completionTokens,
    Math.round(result.cost.wallMs),
    result.selection.reason,
  ]);
  return toCsv([header, ...rows]);
}
