import { tokensPerSecond } from './generation';
import type { Run, StrategyResult } from './run';
import type { VerdictKind } from './verdict';

/** One row of the results table, in the shape of the original experiment's summary. */
export interface StrategySummaryRow {
  strategyId: string;
  label: string;
  calls: number;
  completionTokens: number;
  seconds: number;
  tokensPerSecond: number;
  /** Calls relative to the baseline — the original's "Cost" column (1x, 3x). */
  callsVsBaseline: number | null;
  /** Generated tokens relative to the baseline: what the strategy really cost. */
  tokensVsBaseline: number | null;
  verdict: VerdictKind | null;
}

/** The id every run uses for the single-call reference strategy. */
export const BASELINE_STRATEGY_ID = 'baseline';

/** Table rows for a run, with costs relative to its baseline strategy when it has one. */
export function summarizeRun(run: Run): StrategySummaryRow[] {
  const baseline = run.results.find((r) => r.strategyId === BASELINE_STRATEGY_ID);
  return run.results.map((result) => summarizeResult(result, baseline));
}

function summarizeResult(result: StrategyResult, baseline: StrategyResult | undefined): StrategySummaryRow {
  const { calls, completionTokens, wallMs } = result.cost;
  return {
    strategyId: result.strategyId,
    label: result.strategyLabel,
    calls,
    completionTokens,
    seconds: wallMs / 1000,
    tokensPerSecond: tokensPerSecond(completionTokens, wallMs),
    callsVsBaseline: baseline ? ratio(calls, baseline.cost.calls) : null,
    tokensVsBaseline: baseline ? ratio(completionTokens, baseline.cost.completionTokens) : null,
    verdict: result.selection.verdict?.kind ?? null,
  };
}

function ratio(value: number, reference: number): number | null {
  return reference > 0 ? value / reference : null;
}
