import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/core/stats';
import {
  netTable,
  netVerdict,
  newcombeDifferenceInterval,
  summarizeSweep,
  VERDICT_COUNT_KEYS,
  type StrategySummary,
} from '../../src/core/sweep-summary';
import type { SweepRecord } from '../../src/core/sweep';
import { record } from '../helpers/sweep-records';

function only(summaries: StrategySummary[], strategyId: string, model = 'tiny'): StrategySummary {
  const found = summaries.filter((s) => s.strategyId === strategyId && s.modelLabel === model);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Baseline: 2 of 4 pass, one candidate each. Best-of-3: selections pass, wrong, pass, none. */
function sweep(): SweepRecord[] {
  const bon = { strategy: 'best-of-n', label: 'Best-of-N' };
  return [
    record(['pass'], { seed: 1 }),
    record(['wrong_answer', 'pass', 'pass'], { ...bon, seed: 1, selected: 'pass', generationMs: 900 }),
    record(['wrong_answer'], { seed: 2 }),
    record(['wrong_answer', 'wrong_answer', 'wrong_answer'], { ...bon, seed: 2, generationMs: 900 }),
    record(['pass'], { seed: 3 }),
    record(['pass', 'pass', 'pass'], { ...bon, seed: 3, generationMs: 900 }),
    record(['compile_error'], { seed: 4 }),
    record(['compile_error', 'wrong_answer', 'pass'], { ...bon, seed: 4, selected: null, generationMs: 900 }),
  ];
}

describe('summarizeSweep', () => {
  it('gives one row per strategy and model, in order of first appearance', () => {
    const records = [
      record(['pass'], { strategy: 'reread', model: 'b' }),
      record(['pass'], { model: 'a' }),
      record(['pass'], { strategy: 'reread', model: 'a' }),
      record(['pass'], { model: 'b' }),
      record(['pass'], { strategy: 'reread', model: 'b', seed: 2 }),
    ];
    const rows = summarizeSweep(records).map((s) => [s.strategyId, s.modelLabel, s.n]);
    expect(rows).toEqual([
      ['reread', 'b', 2],
      ['baseline', 'a', 1],
      ['reread', 'a', 1],
      ['baseline', 'b', 1],
    ]);
  });

  it('counts passes of the selection with a Wilson interval', () => {
    const summaries = summarizeSweep(sweep());
    const baseline = only(summaries, 'baseline');
    expect(baseline.n).toBe(4);
    expect(baseline.passes).toBe(2);
    expect(baseline.passRate).toBe(0.5);
    expect(baseline.ci95[0]).toBeCloseTo(0.15, 4);
    expect(baseline.ci95[1]).toBeCloseTo(0.85, 4);
    const bon = only(summaries, 'best-of-n');
    expect(bon.strategyLabel).toBe('Best-of-N');
    expect(bon.passes).toBe(2);
    expect(bon.ci95).toEqual(wilsonInterval(2, 4));
  });

  it('computes pass@k over the candidates, not the selection', () => {
    const summaries = summarizeSweep(sweep());
    // One candidate per cell: pass@1 = mean(1, 0, 1, 0).
    expect(only(summaries, 'baseline').passAtK).toEqual([{ k: 1, value: 0.5 }]);
    const bon = only(summaries, 'best-of-n').passAtK;
    expect(bon.map((p) => p.k)).toEqual([1, 2, 3]);
    // Cells with c/n = 2/3, 0/3, 3/3, 1/3.
    expect(bon[0]!.value).toBeCloseTo((2 / 3 + 0 + 1 + 1 / 3) / 4, 12); // 0.5
    // pass@2: 1, 0, 1, 1 − C(2,2)/C(3,2) = 2/3.
    expect(bon[1]!.value).toBeCloseTo((1 + 0 + 1 + 2 / 3) / 4, 12);
    // pass@3: any pass among all three: 1, 0, 1, 1.
    expect(bon[2]!.value).toBeCloseTo(0.75, 12);
  });

  it('stops pass@k at the smallest candidate count when cells differ', () => {
    const summaries = summarizeSweep([
      record(['pass', 'wrong_answer', 'wrong_answer'], { strategy: 'x' }),
      record(['wrong_answer', 'pass'], { strategy: 'x', seed: 2 }),
    ]);
    const points = only(summaries, 'x').passAtK;
    expect(points.map((p) => p.k)).toEqual([1, 2]);
    expect(points[0]!.value).toBeCloseTo((1 / 3 + 1 / 2) / 2, 12);
    // 3 candidates, 1 pass, k = 2: 1 − C(2,2)/C(3,2) = 2/3; 2 candidates, 1 pass, k = 2: 1.
    expect(points[1]!.value).toBeCloseTo((2 / 3 + 1) / 2, 12);
  });

  it('gives no pass@k when a cell has no candidates', () => {
    const summaries = summarizeSweep([record(['pass'], { strategy: 'x' }), record([], { strategy: 'x', seed: 2, selected: null })]);
    expect(only(summaries, 'x').passAtK).toEqual([]);
  });

  it('adds up tokens, time and speed', () => {
    const summaries = summarizeSweep(sweep());
    const baseline = only(summaries, 'baseline');
    expect(baseline.meanTokens).toBe(150);
    expect(baseline.totalTokens).toBe(600);
    expect(baseline.promptTokensMissing).toBe(false);
    expect(baseline.meanCompletionTokens).toBe(100);
    expect(baseline.meanMs).toBe(1000);
    expect(baseline.totalMs).toBe(4000);
    expect(baseline.tokensPerSecond).toBe(125); // 400 tokens in 4 × 0.8 s
    expect(baseline.costVsBaseline).toBe(1);
    expect(baseline.tokensPerSolved).toBe(300);

    const bon = only(summaries, 'best-of-n');
    expect(bon.meanTokens).toBe(450);
    expect(bon.totalTokens).toBe(1800);
    expect(bon.meanCompletionTokens).toBe(300);
    expect(bon.meanMs).toBe(3000);
    expect(bon.totalMs).toBe(12000);
    expect(bon.tokensPerSecond).toBeCloseTo(1200 / 10.8, 9); // 12 generations of 0.9 s
    expect(bon.costVsBaseline).toBe(3);
    expect(bon.tokensPerSolved).toBe(900);
  });

  it('counts prompt tokens that were not reported as 0 and says so', () => {
    const summaries = summarizeSweep([record(['pass']), record(['pass'], { seed: 2, promptTokens: null })]);
    const baseline = only(summaries, 'baseline');
    expect(baseline.promptTokensMissing).toBe(true);
    expect(baseline.totalTokens).toBe(150 + 100);
    expect(baseline.meanTokens).toBe(125);
  });

  it('has no cost ratio without a baseline on the same model', () => {
    const summaries = summarizeSweep([record(['pass'], { model: 'a' }), record(['pass'], { strategy: 'reread', model: 'b' })]);
    expect(only(summaries, 'reread', 'b').costVsBaseline).toBeNull();
    expect(only(summaries, 'baseline', 'a').costVsBaseline).toBe(1);
  });

  it('has no tokens per solved task and a 0 lower bound when nothing passed', () => {
    const summaries = summarizeSweep([record(['wrong_answer']), record(['no_code'], { seed: 2 })]);
    const baseline = only(summaries, 'baseline');
    expect(baseline.passes).toBe(0);
    expect(baseline.passRate).toBe(0);
    expect(baseline.tokensPerSolved).toBeNull();
    expect(baseline.ci95[0]).toBe(0);
    expect(baseline.passAtK).toEqual([{ k: 1, value: 0 }]);
  });

  it('has no speed when no generation time was recorded', () => {
    const summaries = summarizeSweep([record(['pass'], { generationMs: 0 })]);
    expect(only(summaries, 'baseline').tokensPerSecond).toBeNull();
  });

  it('counts every verdict kind of the selection, a missing verdict as none', () => {
    const bon = only(summarizeSweep(sweep()), 'best-of-n');
    expect(Object.keys(bon.verdictCounts).sort()).toEqual([...VERDICT_COUNT_KEYS].sort());
    expect(bon.verdictCounts).toEqual({
      pass: 2,
      wrong_answer: 1,
      runtime_error: 0,
      timeout: 0,
      compile_error: 0,
      syntax_error: 0,
      no_code: 0,
      unknown: 0,
      none: 1,
    });
    expect(VERDICT_COUNT_KEYS[0]).toBe('pass');
    expect(VERDICT_COUNT_KEYS.at(-1)).toBe('none');
  });

  it('gives nothing for no records', () => {
    expect(summarizeSweep([])).toEqual([]);
  });
});

describe('newcombeDifferenceInterval', () => {
  function expectInterval(actual: [number, number], lo: number, hi: number): void {
    expect(actual[0]).toBeCloseTo(lo, 4);
    expect(actual[1]).toBeCloseTo(hi, 4);
  }

  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (score, no continuity
  // correction). 56/70 − 48/80 is a difference of exactly 0.2.
  it('matches Newcombe (1998) Table II, method 10', () => {
    expectInterval(newcombeDifferenceInterval(56, 70, 48, 80), 0.0524, 0.3339);
    expectInterval(newcombeDifferenceInterval(9, 10, 3, 10), 0.1705, 0.809);
    expectInterval(newcombeDifferenceInterval(5, 56, 0, 29), -0.0381, 0.1926);
    expectInterval(newcombeDifferenceInterval(0, 10, 0, 20), -0.1611, 0.2775);
  });

  it('is built from the two Wilson intervals', () => {
    const [l1, u1] = wilsonInterval(3, 8);
    const [l2, u2] = wilsonInterval(5, 9);
    const d = 3 / 8 - 5 / 9;
    const [lo, hi] = newcombeDifferenceInterval(3, 8, 5, 9);
    expect(lo).toBeCloseTo(d - Math.hypot(3 / 8 - l1, u2 - 5 / 9), 12);
    expect(hi).toBeCloseTo(d + Math.hypot(u1 - 3 / 8, 5 / 9 - l2), 12);
  });

  it('mirrors when the groups are swapped', () => {
    const [lo, hi] = newcombeDifferenceInterval(7, 12, 2, 9);
    const [mirrorLo, mirrorHi] = newcombeDifferenceInterval(2, 9, 7, 12);
    expect(lo).toBeCloseTo(-mirrorHi, 12);
    expect(hi).toBeCloseTo(-mirrorLo, 12);
  });

  it('rejects empty groups and impossible counts', () => {
    expect(() => newcombeDifferenceInterval(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => newcombeDifferenceInterval(3, 2, 1, 2)).toThrow(RangeError);
  });
});

describe('netVerdict', () => {
  it('says better or worse only when the interval excludes 0', () => {
    expect(netVerdict([0.01, 0.5])).toBe('better');
    expect(netVerdict([-0.5, -0.01])).toBe('worse');
    expect(netVerdict([-0.2, 0.4])).toBe('no evidence of a difference');
    expect(netVerdict([0, 0.4])).toBe('no evidence of a difference');
  });
});

describe('netTable', () => {
  it('compares every strategy with the baseline of its model', () => {
    const rows = netTable(summarizeSweep(sweep()));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.strategyId).toBe('best-of-n');
    expect(row.strategyLabel).toBe('Best-of-N');
    expect(row.modelLabel).toBe('tiny');
    expect(row.extraTokensPerTask).toBe(300);
    expect(row.extraMsPerTask).toBe(2000);
    expect(row.costVsBaseline).toBe(3);
    expect(row.passRateChangePoints).toBe(0);
    // 2/4 vs 2/4: ±√2 · 0.35 = ±0.4949.
    expect(row.changeCi95Points[0]).toBeCloseTo(-49.49, 2);
    expect(row.changeCi95Points[1]).toBeCloseTo(49.49, 2);
    expect(row.verdict).toBe('no evidence of a difference');
  });

  it('calls 10/10 against 0/10 better, and the reverse worse', () => {
    const records: SweepRecord[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      records.push(record(['wrong_answer'], { seed, model: 'a' }), record(['pass'], { strategy: 'good', seed, model: 'a' }));
      records.push(record(['pass'], { seed, model: 'b' }), record(['wrong_answer'], { strategy: 'bad', seed, model: 'b' }));
    }
    const rows = netTable(summarizeSweep(records));
    expect(rows.map((r) => [r.strategyId, r.modelLabel, r.verdict])).toEqual([
      ['good', 'a', 'better'],
      ['bad', 'b', 'worse'],
    ]);
    expect(rows[0]!.passRateChangePoints).toBe(100);
    expect(rows[0]!.changeCi95Points[0]).toBeCloseTo(60.75, 2);
    expect(rows[0]!.changeCi95Points[1]).toBeCloseTo(100, 9);
    expect(rows[1]!.changeCi95Points[1]).toBeCloseTo(-60.75, 2);
  });

  it('leaves out strategies on a model without a baseline', () => {
    const summaries = summarizeSweep([
      record(['pass'], { model: 'a' }),
      record(['pass'], { strategy: 'reread', model: 'a' }),
      record(['pass'], { strategy: 'reread', model: 'b' }),
    ]);
    expect(netTable(summaries).map((r) => [r.strategyId, r.modelLabel])).toEqual([['reread', 'a']]);
  });
});
