/*
 * Summaries of a sweep: one row per strategy × model over every finished cell (task × seed), with
 * pass rates and their uncertainty, pass@k, costs, and the original experiment's "net" cost-benefit
 * view — computed from data, with an interval, instead of declared from one sample.
 */
import { BASELINE_STRATEGY_ID } from './run-summary';
import { mean, passAtK, wilsonInterval, Z_95 } from './stats';
import type { SweepRecord } from './sweep';
import type { VerdictKind } from './verdict';

/** A selection's verdict kind, or 'none' when the selection has no verdict. */
export type VerdictCountKey = VerdictKind | 'none';

/** Every verdict kind in report order (best first); a Record so a new kind cannot be forgotten. */
const VERDICT_ORDER: Record<VerdictCountKey, number> = {
  pass: 0,
  wrong_answer: 1,
  runtime_error: 2,
  timeout: 3,
  compile_error: 4,
  syntax_error: 5,
  no_code: 6,
  unknown: 7,
  none: 8,
};

/** The keys of `StrategySummary.verdictCounts`, in report order. */
export const VERDICT_COUNT_KEYS: readonly VerdictCountKey[] = (Object.keys(VERDICT_ORDER) as VerdictCountKey[]).sort(
  (a, b) => VERDICT_ORDER[a] - VERDICT_ORDER[b],
);

/** pass@k of a strategy's candidates for one k. */
export interface PassAtKPoint {
  k: number;
  value: number;
}

/** One strategy on one model, over all its finished cells. */
export interface StrategySummary {
  strategyId: string;
  /** The label of the strategy's first record. */
  strategyLabel: string;
  modelLabel: string;
  /** Finished cells (task × seed). */
  n: number;
  /** Cells whose selected answer passed the hidden tests. */
  passes: number;
  passRate: number;
  /** Wilson 95% interval of `passRate`. */
  ci95: [number, number];
  /**
   * Mean over cells of the unbiased pass@k of each cell's candidates (Chen et al. 2021), for every
   * k up to the smallest candidate count of any cell. This measures the candidates the strategy
   * generated (could any k of them solve it?), not the answer it selected — `passRate` is that.
   */
  passAtK: PassAtKPoint[];
  /** Mean tokens per cell, prompt + completion (a prompt count that was not reported counts as 0). */
  meanTokens: number;
  totalTokens: number;
  /** True when some cell did not report its prompt tokens: the token figures are then too low. */
  promptTokensMissing: boolean;
  meanCompletionTokens: number;
  /** Mean wall time per cell, ms. */
  meanMs: number;
  totalMs: number;
  /**
   * Completion tokens of the candidates over the time spent generating them (the sum of their
   * generations' totalMs), per second. Calls outside the candidates (e.g. self-rating) are left out
   * of both sides. null when no generation time was recorded.
   */
  tokensPerSecond: number | null;
  /** meanTokens relative to the baseline's on the same model; null without a baseline row. */
  costVsBaseline: number | null;
  /** Tokens spent per passing cell; null when nothing passed. */
  tokensPerSolved: number | null;
  /** How many selections got each verdict kind ('none' = no verdict); every key present. */
  verdictCounts: Record<VerdictCountKey, number>;
}

/** One strategy against the baseline on the same model: the original's "net" column, with evidence. */
export interface NetRow {
  strategyId: string;
  strategyLabel: string;
  modelLabel: string;
  /** meanTokens − baseline meanTokens (per cell, i.e. per task run). */
  extraTokensPerTask: number;
  /** meanMs − baseline meanMs. */
  extraMsPerTask: number;
  costVsBaseline: number | null;
  /** (passRate − baseline passRate) × 100. */
  passRateChangePoints: number;
  /** Newcombe (method 10) 95% interval of the change, in percentage points. */
  changeCi95Points: [number, number];
  verdict: NetVerdict;
}

export type NetVerdict = 'better' | 'worse' | 'no evidence of a difference';

/** One row per (strategyId, model label), in order of first appearance. */
export function summarizeSweep(records: readonly SweepRecord[]): StrategySummary[] {
  const groups = new Map<string, SweepRecord[]>();
  for (const record of records) {
    const key = JSON.stringify([record.cell.strategyId, record.modelLabel]);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const summaries = [...groups.values()].map(summarizeGroup);
  for (const summary of summaries) {
    const baseline = findBaseline(summaries, summary.modelLabel);
    summary.costVsBaseline = baseline && baseline.meanTokens > 0 ? summary.meanTokens / baseline.meanTokens : null;
  }
  return summaries;
}

function summarizeGroup(records: SweepRecord[]): StrategySummary {
  const first = records[0]!;
  const n = records.length;
  const passes = records.filter((r) => r.result.selection.verdict?.kind === 'pass').length;

  const tokens = records.map((r) => (r.result.cost.promptTokens ?? 0) + r.result.cost.completionTokens);
  const completion = records.map((r) => r.result.cost.completionTokens);
  const wallMs = records.map((r) => r.result.cost.wallMs);
  const totalTokens = sum(tokens);

  let generatedTokens = 0;
  let generationMs = 0;
  for (const record of records) {
    for (const candidate of record.result.candidates) {
      generatedTokens += candidate.generation.usage.completionTokens;
      generationMs += candidate.generation.timings.totalMs;
    }
  }

  const verdictCounts = Object.fromEntries(VERDICT_COUNT_KEYS.map((key) => [key, 0])) as Record<VerdictCountKey, number>;
  for (const record of records) verdictCounts[record.result.selection.verdict?.kind ?? 'none']++;

  return {
    strategyId: first.cell.strategyId,
    strategyLabel: first.result.strategyLabel,
    modelLabel: first.modelLabel,
    n,
    passes,
    passRate: passes / n,
    ci95: wilsonInterval(passes, n),
    passAtK: candidatePassAtK(records),
    meanTokens: mean(tokens),
    totalTokens,
    promptTokensMissing: records.some((r) => r.result.cost.promptTokens === null),
    meanCompletionTokens: mean(completion),
    meanMs: mean(wallMs),
    totalMs: sum(wallMs),
    tokensPerSecond: generationMs > 0 ? (generatedTokens * 1000) / generationMs : null,
    costVsBaseline: null,
    tokensPerSolved: passes > 0 ? totalTokens / passes : null,
    verdictCounts,
  };
}

/** pass@k for k = 1 … the smallest candidate count of any cell (none when a cell has no candidates). */
function candidatePassAtK(records: SweepRecord[]): PassAtKPoint[] {
  const cells = records.map((r) => ({
    n: r.result.candidates.length,
    c: r.result.candidates.filter((candidate) => candidate.verdict?.kind === 'pass').length,
  }));
  const maxK = Math.min(...cells.map((cell) => cell.n));
  const points: PassAtKPoint[] = [];
  for (let k = 1; k <= maxK; k++) points.push({ k, value: mean(cells.map((cell) => passAtK(cell.n, cell.c, k))) });
  return points;
}

function findBaseline(summaries: readonly StrategySummary[], modelLabel: string): StrategySummary | undefined {
  return summaries.find((s) => s.strategyId === BASELINE_STRATEGY_ID && s.modelLabel === modelLabel);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * 95% interval for the difference of two independent proportions s1/n1 − s2/n2 by Newcombe's
 * method 10 (Newcombe 1998, "Interval estimation for the difference between independent
 * proportions"): built from the two Wilson intervals, so it stays sensible at 0/n and n/n where the
 * usual ±z·SE interval collapses. Throws RangeError when a count is out of range or n is 0.
 */
export function newcombeDifferenceInterval(s1: number, n1: number, s2: number, n2: number, z: number = Z_95): [number, number] {
  if (n1 === 0 || n2 === 0) throw new RangeError('each group needs at least one trial');
  const [l1, u1] = wilsonInterval(s1, n1, z);
  const [l2, u2] = wilsonInterval(s2, n2, z);
  const p1 = s1 / n1;
  const p2 = s2 / n2;
  const d = p1 - p2;
  const below = Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const above = Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  return [d - below, d + above];
}

/** "better" only when the whole interval of the change is above 0, "worse" when it is all below. */
export function netVerdict(changeInterval: readonly [number, number]): NetVerdict {
  if (changeInterval[0] > 0) return 'better';
  if (changeInterval[1] < 0) return 'worse';
  return 'no evidence of a difference';
}

/**
 * The original's cost-benefit ("net") table from data: every non-baseline strategy against the
 * baseline of the same model. Strategies on a model without a baseline row are left out.
 */
export function netTable(summaries: readonly StrategySummary[]): NetRow[] {
  const rows: NetRow[] = [];
  for (const summary of summaries) {
    if (summary.strategyId === BASELINE_STRATEGY_ID) continue;
    const baseline = findBaseline(summaries, summary.modelLabel);
    if (!baseline) continue;
    const [lo, hi] = newcombeDifferenceInterval(summary.passes, summary.n, baseline.passes, baseline.n);
    rows.push({
      strategyId: summary.strategyId,
      strategyLabel: summary.strategyLabel,
      modelLabel: summary.modelLabel,
      extraTokensPerTask: summary.meanTokens - baseline.meanTokens,
      extraMsPerTask: summary.meanMs - baseline.meanMs,
      costVsBaseline: summary.costVsBaseline,
      passRateChangePoints: (summary.passRate - baseline.passRate) * 100,
      changeCi95Points: [lo * 100, hi * 100],
      verdict: netVerdict([lo, hi]),
    });
  }
  return rows;
}
