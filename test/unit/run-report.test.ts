import { describe, expect, it } from 'vitest';
import { runReportMarkdown } from '../../src/core/run-report';
import { replayOriginal } from './helpers/original-run';

describe('runReportMarkdown', () => {
  it('writes the original experiment as the results table in its shape, with the judge verdicts and the reasons', async () => {
    const run = await replayOriginal();
    run.results[0]!.selection.verdict = { kind: 'wrong_answer', tests: [], judge: 'interpreter', ms: 2, stdout: '' };
    const report = runReportMarkdown(run);
    const lines = report.split('\n');
    expect(lines[0]).toBe(`# ${run.task.title}`);
    expect(lines).toContain('| Strategy | Tokens | Time | Speed | Cost | Quality |');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Strategy'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^\| Baseline \| \d+ \| [\d.]+ s \| [\d.]+ tok\/s \| 1x \| wrong_answer \|$/);
    // A strategy whose answer was not judged says so.
    expect(rows.find((r) => r.includes('Best-of-N'))).toMatch(/\| not judged \|$/);
    expect(report).toContain('- **Best-of-N**: ');
  });

  it('escapes table syntax in text that came from the run', async () => {
    const run = await replayOriginal();
    run.results[0]!.strategyLabel = 'A | B\nC';
    const report = runReportMarkdown(run);
    expect(report).toContain('| A \\| B C |');
  });
});
