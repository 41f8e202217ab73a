import * as v from 'valibot';
import { modelRefSchema, strategyResultSchema } from './run-schema';
import type { SweepPlan, SweepRecord } from './sweep';
import { summarizeSweep } from './sweep-summary';
import { MAX_TASKS, taskSchema } from './task-pack';
import type { Verdict } from './verdict';

/**
 * A sweep's results as a file: what the headless runner writes (and resumes from) and what the app
 * imports. `records` are the full results; `runs` and `summary` are the readable digest the runner
 * also prints.
 */
export interface SweepResults {
  format: 'strategy-lab/sweep-results';
  formatVersion: 1;
  runs: SweepRunDigest[];
  summary: SweepSummaryDigest[];
  records: SweepRecord[];
}

export interface SweepRunDigest {
  task: string;
  strategy: string;
  model: string;
  seed: number;
  selected: { verdict: Verdict['kind'] | null; code: string | null; reason: string };
  candidates: { temperature: number; seed: number; verdict: Verdict['kind'] | null; code: string | null; completionTokens: number }[];
  cost: { calls: number; promptTokens: number | null; completionTokens: number; wallMs: number };
}

export interface SweepSummaryDigest {
  strategy: string;
  model: string;
  n: number;
  passRate: number;
  ci95: [number, number];
  meanTokens: number;
  meanMs: number;
}

export function sweepResults(records: SweepRecord[]): SweepResults {
  const runs = records.map(({ cell, modelLabel, result }): SweepRunDigest => ({
    task: cell.taskId,
    strategy: cell.strategyId,
    model: modelLabel,
    seed: cell.seed,
    selected: { verdict: result.selection.verdict?.kind ?? null, code: result.selection.code, reason: result.selection.reason },
    candidates: result.candidates.map((c) => ({
      temperature: c.request.temperature,
      seed: c.request.seed,
      verdict: c.verdict?.kind ?? null,
      code: c.code,
      completionTokens: c.generation.usage.completionTokens,
    })),
    cost: result.cost,
  }));
  const summary = summarizeSweep(records).map((s): SweepSummaryDigest => ({
    strategy: s.strategyId,
    model: s.modelLabel,
    n: s.n,
    passRate: s.passRate,
    ci95: s.ci95,
    meanTokens: s.meanTokens,
    meanMs: s.meanMs,
  }));
  return { format: 'strategy-lab/sweep-results', formatVersion: 1, runs, summary, records };
}

const MAX_RECORDS = 100_000;

export const sweepRecordSchema: v.GenericSchema<SweepRecord> = v.object({
  cell: v.object({
    model: modelRefSchema,
    taskId: v.pipe(v.string(), v.maxLength(200)),
    strategyId: v.pipe(v.string(), v.maxLength(200)),
    seed: v.pipe(v.number(), v.integer()),
  }),
  modelLabel: v.pipe(v.string(), v.maxLength(1000)),
  result: strategyResultSchema,
});

/** A sweep plan as stored or imported. */
export const sweepPlanSchema: v.GenericSchema<SweepPlan> = v.object({
  models: v.pipe(v.array(modelRefSchema), v.maxLength(100)),
  taskIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000)),
  tasks: v.optional(v.pipe(v.array(taskSchema), v.maxLength(MAX_TASKS))),
  strategies: v.pipe(v.array(v.object({ id: v.pipe(v.string(), v.maxLength(200)), options: v.record(v.string(), v.unknown()) })), v.maxLength(100)),
  seeds: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(10_000)),
});

/** The plan a set of records covers (what an imported results file ran). */
export function planOf(records: readonly SweepRecord[]): SweepPlan {
  const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
  return {
    models: unique(records.map((r) => r.cell.model), (m) => JSON.stringify(m)),
    taskIds: unique(records.map((r) => r.cell.taskId), (t) => t),
    strategies: unique(records.map((r) => r.cell.strategyId), (s) => s).map((id) => ({ id, options: {} })),
    seeds: unique(records.map((r) => r.cell.seed), String),
  };
}

const fileSchema = v.object({
  format: v.literal('strategy-lab/sweep-results'),
  formatVersion: v.number(),
  records: v.pipe(v.array(sweepRecordSchema), v.maxLength(MAX_RECORDS)),
});

/** Reads a results file; never throws. The digest is recomputed from the records, not trusted. */
export function parseSweepResults(text: string): { ok: true; results: SweepResults } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a Strategy Lab sweep results file (not JSON).' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== 'strategy-lab/sweep-results') return { ok: false, error: 'This is not a Strategy Lab sweep results file.' };
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > 1) {
    return { ok: false, error: `This results file is format version ${version}; this version of Strategy Lab reads version 1. Update the app.` };
  }
  const parsed = v.safeParse(fileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '(file)';
    return { ok: false, error: `The results file is invalid at ${path}: ${issue.message}` };
  }
  return { ok: true, results: sweepResults(parsed.output.records) };
}
