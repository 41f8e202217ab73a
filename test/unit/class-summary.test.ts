import { describe, expect, it } from 'vitest';
import {
  classModelLabel,
  contributionFromRecords,
  contributionFromRun,
  contributionFromSummary,
  majorityOf,
  studentRate,
  summarizeClass,
  type ClassRow,
  type Contribution,
  type StudentContribution,
  type Tally,
} from '../../src/core/class-summary';
import type { Run } from '../../src/core/run';
import type { VerdictKind } from '../../src/core/verdict';
import { record, verdict } from '../helpers/sweep-records';
import { replayOriginal } from './helpers/original-run';

/* The Class view's arithmetic: pooling students' answers, and the two rules that flag a student. */

/** A student's totals for one row, as a sweep summary would send them. */
function tally(n: number, passes: number, options: { strategy?: string; model?: string; meanTokens?: number } = {}): Tally {
  const strategyId = options.strategy ?? 'baseline';
  return { strategyId, strategyLabel: strategyId, modelLabel: options.model ?? 'tiny', n, passes, totalTokens: (options.meanTokens ?? 100) * n };
}

function student(name: string, tallies: Tally[], answers: Contribution['answers'] = []): StudentContribution {
  return { student: name, contribution: { tallies, answers, ungraded: 0 } };
}

/** One answer on a task, for the majority rule. */
function answer(verdictKind: VerdictKind, options: { task?: string; strategy?: string; model?: string } = {}): Contribution['answers'][number] {
  const strategyId = options.strategy ?? 'baseline';
  return { taskId: options.task ?? 'is-prime', strategyId, strategyLabel: strategyId, modelLabel: options.model ?? 'tiny', verdict: verdictKind };
}

function row(rows: ClassRow[], strategyId: string, model = 'tiny'): ClassRow {
  const found = rows.filter((r) => r.strategyId === strategyId && r.modelLabel === model);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The original experiment's run with the given verdicts on its four strategies' selections (null: not judged). */
async function judgedRun(kinds: (VerdictKind | null)[]): Promise<Run> {
  const run = await replayOriginal();
  return {
    ...run,
    results: run.results.map((result, i) => ({ ...result, selection: { ...result.selection, verdict: kinds[i] === null ? null : verdict(kinds[i]!) } })),
  };
}

describe('what each kind of result contributes', () => {
  it('a run: one graded answer per strategy, tokens from its cost, ungraded strategies left out', async () => {
    // Baseline 337, ReRead 503, Diverse Sampling 1,102 completion tokens; the recording has no prompt counts.
    const contribution = contributionFromRun(await judgedRun(['wrong_answer', 'pass', 'compile_error', null]));
    expect(contribution.tallies).toEqual([
      { strategyId: 'baseline', strategyLabel: 'Baseline', modelLabel: 'recording “original-experiment”', n: 1, passes: 0, totalTokens: 337 },
      { strategyId: 'reread', strategyLabel: 'ReRead', modelLabel: 'recording “original-experiment”', n: 1, passes: 1, totalTokens: 503 },
      { strategyId: 'diverse-sampling', strategyLabel: 'Diverse Sampling', modelLabel: 'recording “original-experiment”', n: 1, passes: 0, totalTokens: 1102 },
    ]);
    expect(contribution.ungraded).toBe(1);
    expect(contribution.answers.map((a) => [a.taskId, a.strategyId, a.verdict])).toEqual([
      ['is-prime', 'baseline', 'wrong_answer'],
      ['is-prime', 'reread', 'pass'],
      ['is-prime', 'diverse-sampling', 'compile_error'],
    ]);
  });

  it('a replayed recording is one model at any playback speed; other models keep their usual label', () => {
    expect(classModelLabel({ engine: 'replay', recordingId: 'original-experiment', speed: 50 })).toBe(classModelLabel({ engine: 'replay', recordingId: 'original-experiment', speed: 1 }));
    expect(classModelLabel({ engine: 'webllm', modelId: 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC' })).toBe('TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC');
  });

  it('a sweep’s records: one answer per cell, per strategy and model, with per-task verdicts', () => {
    // record(): 50 prompt + 100 completion tokens per candidate.
    const contribution = contributionFromRecords([
      record(['pass'], { task: 'is-prime', seed: 1 }),
      record(['wrong_answer'], { task: 'fizzbuzz', seed: 1 }),
      record(['pass', 'pass', 'wrong_answer'], { strategy: 'best-of-n', label: 'Best-of-N', task: 'is-prime', seed: 1 }),
      record(['pass'], { task: 'is-prime', seed: 2, selected: null }),
    ]);
    expect(contribution.tallies).toEqual([
      { strategyId: 'baseline', strategyLabel: 'baseline', modelLabel: 'tiny', n: 2, passes: 1, totalTokens: 300 },
      { strategyId: 'best-of-n', strategyLabel: 'Best-of-N', modelLabel: 'tiny', n: 1, passes: 1, totalTokens: 450 },
    ]);
    expect(contribution.ungraded).toBe(1);
    expect(contribution.answers.map((a) => [a.taskId, a.strategyId, a.verdict])).toEqual([
      ['is-prime', 'baseline', 'pass'],
      ['fizzbuzz', 'baseline', 'wrong_answer'],
      ['is-prime', 'best-of-n', 'pass'],
    ]);
  });

  it('a sweep summary: totals only (tokens = mean × n), labels from the strategy id, empty rows skipped', () => {
    const result = contributionFromSummary(
      [
        { strategy: 'baseline', model: 'tiny', n: 10, passes: 6, meanTokens: 150.5 },
        { strategy: 'best-of-n', model: 'tiny', n: 0, passes: 0, meanTokens: 0 },
      ],
      (id) => id.toUpperCase(),
    );
    expect(result).toEqual({
      ok: true,
      contribution: { tallies: [{ strategyId: 'baseline', strategyLabel: 'BASELINE', modelLabel: 'tiny', n: 10, passes: 6, totalTokens: 1505 }], answers: [], ungraded: 0 },
    });
  });

  it('a sweep summary with more passes than answers (a tampered link) is refused, not counted', () => {
    const result = contributionFromSummary([
      { strategy: 'baseline', model: 'tiny', n: 10, passes: 6, meanTokens: 100 },
      { strategy: 'best-of-n', model: 'tiny', n: 10, passes: 12, meanTokens: 100 },
    ]);
    expect(result).toEqual({ ok: false, error: 'The summary row for best-of-n on tiny says 12 of 10 answers passed, which cannot be.' });
    expect(contributionFromSummary([{ strategy: 'baseline', model: 'tiny', n: 1.5, passes: 1, meanTokens: 1 }]).ok).toBe(false);
    expect(contributionFromSummary([{ strategy: 'baseline', model: 'tiny', n: 2, passes: 1, meanTokens: Number.POSITIVE_INFINITY }]).ok).toBe(false);
  });
});

describe('the class table', () => {
  // Five students on Baseline: 6, 5, 6, 6 and 1 passes out of 10 each.
  const fiveStudents = [
    student('Ann', [tally(10, 6)]),
    student('Ben', [tally(10, 5)]),
    student('Cleo', [tally(10, 6)]),
    student('Dan', [tally(10, 6)]),
    student('Eve', [tally(10, 1)]),
  ];

  it('pools every student’s answers: students, n, passes, rate and its Wilson interval', () => {
    const summary = summarizeClass(fiveStudents);
    expect(summary.students).toBe(5);
    expect(summary.rows).toHaveLength(1);
    const baseline = summary.rows[0]!;
    expect([baseline.students, baseline.n, baseline.passes, baseline.passRate]).toEqual([5, 50, 24, 0.48]);
    // Wilson, z = 1.96, 24/50: centre (0.48 + 3.8415/100) / 1.0768 = 0.4815, half-width 0.1334.
    expect(baseline.ci95[0]).toBeCloseTo(0.348, 3);
    expect(baseline.ci95[1]).toBeCloseTo(0.6149, 3);
  });

  it('flags a student whose pass rate differs from the rest of the class beyond chance', () => {
    const baseline = summarizeClass(fiveStudents).rows[0]!;
    const byName = Object.fromEntries(baseline.perStudent.map((s) => [s.student, s]));
    // Eve: 1/10 = 10% against the other four's 23/40, interval 42.2%–71.5%.
    expect(byName.Eve!.rest!.n).toBe(40);
    expect(byName.Eve!.rest!.passes).toBe(23);
    expect(byName.Eve!.rest!.ci95[0]).toBeCloseTo(0.422, 3);
    expect(byName.Eve!.rest!.ci95[1]).toBeCloseTo(0.7149, 3);
    // Difference 10% − 57.5% = −47.5 points, interval from −63.7 to −13.5 (Newcombe): wholly below 0.
    expect(byName.Eve!.difference![0]).toBeCloseTo(-0.637, 2);
    expect(byName.Eve!.difference![1]).toBeCloseTo(-0.135, 2);
    expect(byName.Eve!.position).toBe('below');
    // Ann: 6/10 = 60% against 18/40, interval 30.7%–60.2%: inside, only just.
    expect(byName.Ann!.rest!.ci95[1]).toBeCloseTo(0.6017, 3);
    expect(byName.Ann!.position).toBe('within');
    // Ben: 50% against 19/40, 32.9%–62.5%.
    expect(byName.Ben!.position).toBe('within');
    expect(baseline.perStudent.filter((s) => s.position !== 'within').map((s) => s.student)).toEqual(['Eve']);
  });

  it('flags above as well as below, and not a student with too few answers to tell', () => {
    // 3/3 against 1/4: difference +75 points, interval from about +3 to +96: above.
    expect(studentRate('Ann', { n: 3, passes: 3 }, 4, 1).position).toBe('above');
    expect(studentRate('Ann', { n: 3, passes: 3 }, 4, 1).difference![0]).toBeCloseTo(0.031, 2);
    // The same rates, the other way round: below.
    expect(studentRate('Ann', { n: 4, passes: 1 }, 3, 3).position).toBe('below');
    // 0/5 against 0/20, 10/10 against 10/10: no difference.
    expect(studentRate('Ann', { n: 5, passes: 0 }, 20, 0).position).toBe('within');
    expect(studentRate('Ann', { n: 10, passes: 10 }, 10, 10).position).toBe('within');
    // One answer, failed, against 7/10: 0% lies outside the rest's interval (40%–89%), but one
    // answer cannot show a difference (interval from −89 to +15 points): not flagged.
    expect(studentRate('Ann', { n: 1, passes: 0 }, 10, 7).position).toBe('within');
    // Against 9/10 even one answer is too far off (interval from −89 to −5 points).
    expect(studentRate('Ann', { n: 1, passes: 0 }, 10, 9).position).toBe('below');
    // Alone on a row: no rest, no flag.
    expect(studentRate('Ann', { n: 4, passes: 1 }, 0, 0)).toEqual({ student: 'Ann', n: 4, passes: 1, passRate: 0.25, rest: null, difference: null, position: null });
  });

  it('means tokens per answer over the whole class, weighted by each student’s answers', () => {
    // Ann: 10 answers at 150 tokens; Ben: 30 answers at 250 → (1,500 + 7,500) / 40 = 225.
    const summary = summarizeClass([student('Ann', [tally(10, 5, { meanTokens: 150 })]), student('Ben', [tally(30, 10, { meanTokens: 250 })])]);
    expect(summary.rows[0]!.meanTokens).toBe(225);
  });

  it('one row per model and strategy, models then strategies in order of first appearance', () => {
    const summary = summarizeClass([
      student('Ann', [tally(4, 1, { strategy: 'best-of-n', model: 'qwen' }), tally(4, 2, { model: 'tiny' })]),
      student('Ben', [tally(4, 3, { model: 'qwen' }), tally(4, 4, { strategy: 'best-of-n', model: 'tiny' })]),
    ]);
    expect(summary.rows.map((r) => [r.modelLabel, r.strategyId, r.students, r.n])).toEqual([
      ['qwen', 'best-of-n', 1, 4],
      ['qwen', 'baseline', 1, 4],
      ['tiny', 'best-of-n', 1, 4],
      ['tiny', 'baseline', 1, 4],
    ]);
  });

  it('entries with the same student label are one student; students without answers are not counted', () => {
    const summary = summarizeClass([student('Ann', [tally(5, 3)]), student('Ann', [tally(5, 2)]), student('Ben', [tally(10, 5)]), student('Cleo', [tally(0, 0)])]);
    const baseline = row(summary.rows, 'baseline');
    expect(summary.students).toBe(2);
    expect(baseline.students).toBe(2);
    expect(baseline.perStudent.map((s) => [s.student, s.passes, s.n])).toEqual([
      ['Ann', 5, 10],
      ['Ben', 5, 10],
    ]);
  });

  it('pools runs, sweep records and summaries alike', async () => {
    const run = contributionFromRun(await judgedRun(['pass', 'pass', 'wrong_answer', 'pass']));
    const records = contributionFromRecords([record(['pass'], { model: 'recording “original-experiment”', seed: 1 }), record(['wrong_answer'], { model: 'recording “original-experiment”', seed: 2 })]);
    const summary = contributionFromSummary([{ strategy: 'baseline', model: 'recording “original-experiment”', n: 4, passes: 1, meanTokens: 200 }]);
    if (!summary.ok) throw new Error(summary.error);
    const classSummary = summarizeClass([
      { student: 'Ann', contribution: run },
      { student: 'Ben', contribution: records },
      { student: 'Cleo', contribution: summary.contribution },
    ]);
    const baseline = row(classSummary.rows, 'baseline', 'recording “original-experiment”');
    // 1/1 + 1/2 + 1/4; tokens 337 + 2 × 150 + 4 × 200 = 1,437 over 7 answers.
    expect([baseline.students, baseline.n, baseline.passes]).toEqual([3, 7, 3]);
    expect(baseline.meanTokens).toBeCloseTo(1437 / 7, 9);
    expect(classSummary.rows.map((r) => r.strategyId)).toEqual(['baseline', 'reread', 'diverse-sampling', 'best-of-n']);
  });
});

describe('verdicts against the class majority, task by task', () => {
  it('a student whose verdict differs from the one most students got is flagged', () => {
    const summary = summarizeClass([
      student('Ann', [tally(1, 1)], [answer('pass')]),
      student('Ben', [tally(1, 1)], [answer('pass')]),
      student('Cleo', [tally(1, 0)], [answer('wrong_answer')]),
      student('Dan', [tally(1, 1)], [answer('pass')]),
    ]);
    expect(summary.taskChecks).toEqual([
      {
        taskId: 'is-prime',
        strategyId: 'baseline',
        strategyLabel: 'baseline',
        modelLabel: 'tiny',
        votes: [
          { student: 'Ann', verdict: 'pass' },
          { student: 'Ben', verdict: 'pass' },
          { student: 'Cleo', verdict: 'wrong_answer' },
          { student: 'Dan', verdict: 'pass' },
        ],
        majority: 'pass',
        dissenters: ['Cleo'],
      },
    ]);
  });

  it('a majority is more than half: a 2–2 split or a three-way split flags nobody', () => {
    expect(majorityOf(['pass', 'pass', 'wrong_answer', 'wrong_answer'])).toBeNull();
    expect(majorityOf(['pass', 'wrong_answer', 'compile_error'])).toBeNull();
    expect(majorityOf(['compile_error', 'pass', 'compile_error'])).toBe('compile_error');
    const summary = summarizeClass([
      student('Ann', [], [answer('pass')]),
      student('Ben', [], [answer('pass')]),
      student('Cleo', [], [answer('wrong_answer')]),
      student('Dan', [], [answer('runtime_error')]),
    ]);
    expect(summary.taskChecks[0]!.majority).toBeNull();
    expect(summary.taskChecks[0]!.dissenters).toEqual([]);
  });

  it('verdict kinds are compared, not just pass or fail', () => {
    const summary = summarizeClass([
      student('Ann', [], [answer('compile_error')]),
      student('Ben', [], [answer('compile_error')]),
      student('Cleo', [], [answer('wrong_answer')]),
    ]);
    expect(summary.taskChecks[0]!.majority).toBe('compile_error');
    expect(summary.taskChecks[0]!.dissenters).toEqual(['Cleo']);
  });

  it('a student who ran a task several times votes once, with their most frequent verdict (a tie: the better one)', () => {
    const summary = summarizeClass([
      student('Ann', [], [answer('wrong_answer'), answer('wrong_answer'), answer('pass')]),
      student('Ben', [], [answer('pass'), answer('wrong_answer')]),
      student('Cleo', [], [answer('pass')]),
    ]);
    expect(summary.taskChecks[0]!.votes).toEqual([
      { student: 'Ann', verdict: 'wrong_answer' },
      { student: 'Ben', verdict: 'pass' },
      { student: 'Cleo', verdict: 'pass' },
    ]);
    expect(summary.taskChecks[0]!.dissenters).toEqual(['Ann']);
  });

  it('tasks, strategies and models are checked separately; a task only one student ran is not a check', () => {
    const summary = summarizeClass([
      student('Ann', [], [answer('pass'), answer('pass', { strategy: 'best-of-n' }), answer('pass', { task: 'fizzbuzz' }), answer('pass', { model: 'qwen' })]),
      student('Ben', [], [answer('wrong_answer'), answer('pass', { strategy: 'best-of-n' }), answer('wrong_answer', { model: 'qwen' })]),
    ]);
    expect(summary.taskChecks.map((c) => [c.taskId, c.modelLabel, c.strategyId, c.majority])).toEqual([
      ['is-prime', 'tiny', 'baseline', null],
      ['is-prime', 'tiny', 'best-of-n', 'pass'],
      ['is-prime', 'qwen', 'baseline', null],
    ]);
  });

  it('a sweep summary brings no per-task verdicts, so it takes no part in the check', () => {
    const summary = contributionFromSummary([{ strategy: 'baseline', model: 'tiny', n: 10, passes: 1, meanTokens: 100 }]);
    if (!summary.ok) throw new Error(summary.error);
    const result = summarizeClass([student('Ann', [], [answer('pass')]), student('Ben', [], [answer('pass')]), { student: 'Cleo', contribution: summary.contribution }]);
    expect(result.taskChecks[0]!.votes.map((v) => v.student)).toEqual(['Ann', 'Ben']);
  });
});
