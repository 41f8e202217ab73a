import { describe, expect, it } from 'vitest';
import { escapeTableCell, sweepReportMarkdown } from '../../src/core/sweep-report';
import type { SweepRecord } from '../../src/core/sweep';
import { record } from '../helpers/sweep-records';

const options = { title: 'TinyLlama sweep', generatedAt: '2026-01-02T03:04:05Z' };

/** Baseline 2/4 and Best-of-N 2/4 on one model, as in sweep-summary.test.ts. */
function sweep(): SweepRecord[] {
  const bon = { strategy: 'best-of-n', label: 'Best-of-N' };
  return [
    record(['pass'], { seed: 1, label: 'Baseline' }),
    record(['wrong_answer', 'pass', 'pass'], { ...bon, seed: 1, selected: 'pass', generationMs: 900 }),
    record(['wrong_answer'], { seed: 2, label: 'Baseline' }),
    record(['wrong_answer', 'wrong_answer', 'wrong_answer'], { ...bon, seed: 2, generationMs: 900 }),
    record(['pass'], { seed: 3, label: 'Baseline', task: 'fizzbuzz' }),
    record(['pass', 'pass', 'pass'], { ...bon, seed: 3, generationMs: 900, task: 'fizzbuzz' }),
    record(['compile_error'], { seed: 4, label: 'Baseline', task: 'fizzbuzz' }),
    record(['compile_error', 'wrong_answer', 'pass'], { ...bon, seed: 4, selected: null, generationMs: 900, task: 'fizzbuzz' }),
  ];
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('sweepReportMarkdown', () => {
  it('starts with the title, the given time and the setup', () => {
    const markdown = sweepReportMarkdown(sweep(), options);
    expect(markdown.startsWith('# TinyLlama sweep\n\nGenerated 2026-01-02T03:04:05Z.\n')).toBe(true);
    const setup = section(markdown, 'Setup');
    expect(setup).toContain('- **Models** (1): tiny\n');
    expect(setup).toContain('- **Tasks** (2): is-prime, fizzbuzz\n');
    expect(setup).toContain('- **Seeds** (4): 1, 2, 3, 4\n');
    expect(setup).toContain('- **Finished runs**: 8\n');
    expect(setup).toContain('- **Runs per strategy (n)**: 4 (every task × seed)\n');
  });

  it('lists n per strategy when the sweep is incomplete', () => {
    const records = [...sweep(), record(['pass'], { seed: 5, label: 'Baseline' })];
    const setup = section(sweepReportMarkdown(records, options), 'Setup');
    expect(setup).toContain('  - Baseline on tiny: 5\n');
    expect(setup).toContain('  - Best-of-N on tiny: 4\n');
  });

  it("gives the results in the original's columns, with quality as passes and a 95% interval", () => {
    const results = section(sweepReportMarkdown(sweep(), options), 'Results');
    expect(results).toContain(
      [
        '### tiny',
        '',
        '| Strategy | Tokens | Time | Speed | Cost | Quality |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| Baseline | 150 | 1.0 s | 125 tok/s | 1x | 2/4 passed (50%, 95% CI 15–85%) |',
        '| Best-of-N | 450 | 3.0 s | 111 tok/s | 3x | 2/4 passed (50%, 95% CI 15–85%) |',
      ].join('\n'),
    );
  });

  it('marks token figures that lack prompt tokens', () => {
    const records = [record(['pass'], { label: 'Baseline', promptTokens: null, completionTokens: 1234 })];
    const results = section(sweepReportMarkdown(records, options), 'Results');
    expect(results).toContain('| Baseline | 1,234\\* | 1.0 s |');
    expect(results).toContain('\\* Some calls did not report prompt tokens');
  });

  it('has a pass@k table over the candidates, with — where a strategy has fewer', () => {
    const passAtK = section(sweepReportMarkdown(sweep(), options), 'pass@k of the candidates');
    expect(passAtK).toContain('It measures the candidates, not the answer the strategy selected');
    expect(passAtK).toContain(
      ['| Strategy | pass@1 | pass@2 | pass@3 |', '| --- | ---: | ---: | ---: |', '| Baseline | 50% | — | — |', '| Best-of-N | 50% | 67% | 75% |'].join('\n'),
    );
  });

  it('has the net table with the baseline as reference and "no evidence" when the interval spans 0', () => {
    const net = section(sweepReportMarkdown(sweep(), options), 'Cost-benefit against the baseline');
    expect(net).toContain(
      [
        '| Strategy | Cost | Extra tokens per run | Extra time per run | Tokens per pass | Pass rate change | Net |',
        '| --- | ---: | ---: | ---: | ---: | --- | --- |',
        '| Baseline | 1x | — | — | 300 | — | reference |',
        '| Best-of-N | 3x | +300 | +2.0 s | 900 | 0.0 pp (95% CI -49.5 to +49.5) | no evidence of a difference |',
      ].join('\n'),
    );
  });

  it('says better or worse only when the evidence is there', () => {
    const records: SweepRecord[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      records.push(record(['wrong_answer'], { seed, label: 'Baseline', completionTokens: 200, wallMs: 3000 }));
      records.push(record(['pass'], { strategy: 'good', label: 'Good', seed }));
    }
    const net = section(sweepReportMarkdown(records, options), 'Cost-benefit against the baseline');
    // 250 vs 150 tokens and 3.0 vs 1.0 s per run: cheaper, and 10/10 against 0/10.
    expect(net).toContain('| Good | 0.6x | -100 | -2.0 s | 150 | +100.0 pp (95% CI +60.8 to +100.0) | better |');
    expect(net).toContain('| Baseline | 1x | — | — | — (none passed) | — | reference |');
  });

  it('says when a model has no baseline to compare against', () => {
    const records = [record(['pass'], { strategy: 'reread', label: 'ReRead', model: 'phi' })];
    const markdown = sweepReportMarkdown(records, options);
    expect(section(markdown, 'Cost-benefit against the baseline')).toContain('No baseline ran on phi: there is nothing to compare against.');
    expect(section(markdown, 'Results')).toContain('| ReRead | 150 | 1.0 s | 125 tok/s | — | 1/1 passed (100%, 95% CI 21–100%) |');
  });

  it('breaks down the verdicts of the selected answers, only the kinds that occur', () => {
    const verdicts = section(sweepReportMarkdown(sweep(), options), 'Verdicts of the selected answers');
    expect(verdicts).toContain(
      [
        '| Model | Strategy | pass | wrong answer | compile error | not judged |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        '| tiny | Baseline | 2 | 1 | 1 | 0 |',
        '| tiny | Best-of-N | 2 | 1 | 0 | 1 |',
      ].join('\n'),
    );
  });

  it('explains how to read the intervals, and why one sample cannot separate strategies', () => {
    const howTo = section(sweepReportMarkdown(sweep(), options), 'How to read this');
    expect(howTo).toContain('(here n = 4 per strategy)');
    expect(howTo).toContain('the widest above spans 70 points');
    expect(howTo).toContain('a pass is 1/1 (95% CI 21–100%) and a failure 0/1 (0–79%)');
    expect(howTo).toContain('one sample cannot separate strategies');
  });

  it('escapes | and newlines in labels and model names taken from records', () => {
    const records = [
      record(['pass'], { label: 'Base|line', model: 'evil|model\nname' }),
      record(['pass'], { strategy: 'x', label: 'Two\r\nlines', model: 'evil|model\nname' }),
    ];
    const markdown = sweepReportMarkdown(records, { title: 'T|t\nu', generatedAt: 'now' });
    expect(markdown.startsWith('# T|t u\n')).toBe(true);
    expect(markdown).toContain('- **Models** (1): evil|model name\n');
    expect(markdown).toContain('### evil|model name\n');
    expect(markdown).toContain('| Base\\|line | 150 |');
    expect(markdown).toContain('| Two lines | 150 |');
    expect(markdown).toContain('| evil\\|model name | Base\\|line | 1 |');
    // The verdict row keeps its three cells (model, strategy, pass): no unescaped | inside them.
    expect(markdown).toContain('| Model | Strategy | pass |\n');
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| evil'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    }
  });

  it('escapes a cell so that it stays one cell', () => {
    expect(escapeTableCell('a|b')).toBe('a\\|b');
    expect(escapeTableCell('a\nb\rc\r\nd')).toBe('a b c d');
    expect(escapeTableCell('back\\slash')).toBe('back\\\\slash');
  });

  it('is deterministic', () => {
    expect(sweepReportMarkdown(sweep(), options)).toBe(sweepReportMarkdown(sweep(), options));
  });

  it('says so when nothing has finished', () => {
    expect(sweepReportMarkdown([], options)).toBe('# TinyLlama sweep\n\nGenerated 2026-01-02T03:04:05Z.\n\nNo finished runs yet.\n');
  });
});
