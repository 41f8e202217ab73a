/*
 * A class's results pooled. Each student sends back what they ran — a run, a sweep's records or a
 * sweep's summary rows — and these functions add them up per strategy and model and point at the
 * students who disagree with the rest of the class. Pure: what is imported is validated before it
 * gets here (share links, result files), but counts are checked again where the sums would break.
 */
import { describeModel, type ModelRef } from './model';
import type { Run } from './run';
import { wilsonInterval } from './stats';
import type { SweepRecord } from './sweep';
import { newcombeDifferenceInterval, summarizeSweep, VERDICT_COUNT_KEYS } from './sweep-summary';
import type { VerdictKind } from './verdict';

/** One student's graded answers for one strategy on one model. */
export interface Tally {
  strategyId: string;
  strategyLabel: string;
  modelLabel: string;
  /** Graded answers: the answer the strategy submitted, once per task run (cell). */
  n: number;
  passes: number;
  /** Prompt + completion tokens over those answers (a prompt count that was not reported counts as 0). */
  totalTokens: number;
}

/** The verdict one submitted answer got on one task. */
export interface TaskAnswer {
  taskId: string;
  strategyId: string;
  strategyLabel: string;
  modelLabel: string;
  verdict: VerdictKind;
}

/** What one imported result adds to the class. */
export interface Contribution {
  tallies: Tally[];
  /** Per-task verdicts; none for a sweep summary, which keeps only totals. */
  answers: TaskAnswer[];
  /** Answers left out because they have no verdict (a run shared before it was judged). */
  ungraded: number;
}

export type ContributionResult = { ok: true; contribution: Contribution } | { ok: false; error: string };

/** The figures of a shared sweep summary row this module reads (a structural subset of the share layer's row). */
export interface SummaryRowFigures {
  strategy: string;
  model: string;
  n: number;
  passes: number;
  meanTokens: number;
}

/**
 * The model's label in the class table. A replayed recording is the same model at any playback
 * speed, so the speed is left out (students replay at different speeds).
 */
export function classModelLabel(model: ModelRef): string {
  return model.engine === 'replay' ? `recording “${model.recordingId}”` : describeModel(model);
}

/** A sweep's records (a results file): one answer per cell; cells without a verdict are left out. */
export function contributionFromRecords(records: readonly SweepRecord[]): Contribution {
  const graded = records.filter((r) => r.result.selection.verdict !== null);
  return {
    tallies: summarizeSweep(graded).map((s) => ({
      strategyId: s.strategyId,
      strategyLabel: s.strategyLabel,
      modelLabel: s.modelLabel,
      n: s.n,
      passes: s.passes,
      totalTokens: s.totalTokens,
    })),
    answers: graded.map((r) => ({
      taskId: r.cell.taskId,
      strategyId: r.cell.strategyId,
      strategyLabel: r.result.strategyLabel,
      modelLabel: r.modelLabel,
      verdict: r.result.selection.verdict!.kind,
    })),
    ungraded: records.length - graded.length,
  };
}

/** A run: one task on one model, one answer per strategy. */
export function contributionFromRun(run: Run): Contribution {
  const modelLabel = classModelLabel(run.model);
  return contributionFromRecords(
    run.results.map((result): SweepRecord => ({ cell: { model: run.model, taskId: run.task.id, strategyId: result.strategyId, seed: 0 }, modelLabel, result })),
  );
}

/**
 * A sweep's summary rows (a shared sweep link): totals only, so no per-task verdicts. Rows that
 * cannot be true (more passes than answers) make the whole summary an error rather than a guess;
 * empty rows are skipped. `strategyLabel` names a strategy from its id (a summary keeps only ids).
 */
export function contributionFromSummary(rows: readonly SummaryRowFigures[], strategyLabel: (strategyId: string) => string = (id) => id): ContributionResult {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    if (!Number.isInteger(row.n) || !Number.isInteger(row.passes) || row.n < 0 || row.passes < 0 || row.passes > row.n) {
      return { ok: false, error: `The summary row for ${row.strategy} on ${row.model} says ${row.passes} of ${row.n} answers passed, which cannot be.` };
    }
    if (!Number.isFinite(row.meanTokens) || row.meanTokens < 0) {
      return { ok: false, error: `The summary row for ${row.strategy} on ${row.model} has an impossible token count.` };
    }
    if (row.n === 0) continue;
    const key = JSON.stringify([row.model, row.strategy]);
    const tally = tallies.get(key) ?? { strategyId: row.strategy, strategyLabel: strategyLabel(row.strategy), modelLabel: row.model, n: 0, passes: 0, totalTokens: 0 };
    tally.n += row.n;
    tally.passes += row.passes;
    tally.totalTokens += row.meanTokens * row.n;
    tallies.set(key, tally);
  }
  return { ok: true, contribution: { tallies: [...tallies.values()], answers: [], ungraded: 0 } };
}

/** One student's entry: who, and what the result adds. A student may send several (same label). */
export interface StudentContribution {
  student: string;
  contribution: Contribution;
}

/** Where a student's pass rate lies against the rest of the class: clearly lower, no clear difference, clearly higher. */
export type RestPosition = 'below' | 'within' | 'above';

/** One student on one row of the class table. */
export interface StudentRate {
  student: string;
  n: number;
  passes: number;
  passRate: number;
  /** Everyone else's answers on this row pooled, with their Wilson 95% interval; null when nobody else has any. */
  rest: { n: number; passes: number; ci95: [number, number] } | null;
  /** 95% interval (Newcombe) of the student's pass rate minus the rest's; null without a rest. */
  difference: [number, number] | null;
  /**
   * 'below' or 'above' when that interval lies wholly below or above zero — the student's rate
   * differs from the rest's beyond chance, given how many answers each side has; null without a rest.
   */
  position: RestPosition | null;
}

/** One strategy on one model, over every student's answers. */
export interface ClassRow {
  strategyId: string;
  strategyLabel: string;
  modelLabel: string;
  students: number;
  n: number;
  passes: number;
  passRate: number;
  /** Wilson 95% interval of `passRate`. */
  ci95: [number, number];
  /** Mean tokens per answer (prompt + completion). */
  meanTokens: number;
  /** In order of first appearance. */
  perStudent: StudentRate[];
}

/** One task that several students ran with the same strategy and model. */
export interface TaskCheck {
  taskId: string;
  strategyId: string;
  strategyLabel: string;
  modelLabel: string;
  /** Each student's verdict: their most frequent one when they ran the task more than once (ties: the better verdict). */
  votes: { student: string; verdict: VerdictKind }[];
  /** The verdict more than half of the students got; null when none did. */
  majority: VerdictKind | null;
  /** Students whose verdict differs from the majority (none without a majority). */
  dissenters: string[];
}

export interface ClassSummary {
  /** Ordered by model, then strategy, each in order of first appearance. */
  rows: ClassRow[];
  /** Only tasks at least two students ran with the same strategy and model. */
  taskChecks: TaskCheck[];
  /** Distinct students with at least one graded answer. */
  students: number;
}

/**
 * Pools every student's answers per (model, strategy) and applies the two disagreement rules:
 * a student whose pass rate differs from that of everyone else's answers on the row beyond chance
 * (leave-one-out, the difference's 95% interval excludes zero), and, for a task several students ran, a student whose verdict differs
 * from the one more than half of them got. Entries with the same student label are one student.
 */
export function summarizeClass(entries: readonly StudentContribution[]): ClassSummary {
  const order = firstAppearance();
  // row key → student → their tally on that row
  const perRow = new Map<string, Map<string, Tally>>();
  const rowInfo = new Map<string, { strategyId: string; strategyLabel: string; modelLabel: string }>();
  const withAnswers = new Set<string>();
  for (const { student, contribution } of entries) {
    for (const tally of contribution.tallies) {
      if (tally.n === 0) continue;
      withAnswers.add(student);
      order.see('model', tally.modelLabel);
      order.see('strategy', tally.strategyId);
      const key = JSON.stringify([tally.modelLabel, tally.strategyId]);
      if (!rowInfo.has(key)) rowInfo.set(key, { strategyId: tally.strategyId, strategyLabel: tally.strategyLabel, modelLabel: tally.modelLabel });
      const students = perRow.get(key) ?? new Map<string, Tally>();
      const mine = students.get(student) ?? { ...tally, n: 0, passes: 0, totalTokens: 0 };
      mine.n += tally.n;
      mine.passes += tally.passes;
      mine.totalTokens += tally.totalTokens;
      students.set(student, mine);
      perRow.set(key, students);
    }
  }

  const rows = [...perRow.entries()].map(([key, students]) => classRow(rowInfo.get(key)!, [...students.entries()]));
  rows.sort((a, b) => order.compare(a, b));

  return { rows, taskChecks: taskChecks(entries, order), students: withAnswers.size };
}

function classRow(info: { strategyId: string; strategyLabel: string; modelLabel: string }, students: [string, Tally][]): ClassRow {
  const n = students.reduce((sum, [, t]) => sum + t.n, 0);
  const passes = students.reduce((sum, [, t]) => sum + t.passes, 0);
  const totalTokens = students.reduce((sum, [, t]) => sum + t.totalTokens, 0);
  return {
    ...info,
    students: students.length,
    n,
    passes,
    passRate: passes / n,
    ci95: wilsonInterval(passes, n),
    meanTokens: totalTokens / n,
    perStudent: students.map(([student, t]) => studentRate(student, t, n - t.n, passes - t.passes)),
  };
}

/**
 * The leave-one-out rule: the student against everyone else on the same row, by the 95% interval
 * of the difference of the two pass rates (Newcombe's method, as the Experiments page's "net"
 * table): a student with few answers has a wide interval and is flagged only for a large gap.
 */
export function studentRate(student: string, own: { n: number; passes: number }, restN: number, restPasses: number): StudentRate {
  const passRate = own.passes / own.n;
  if (restN === 0) return { student, n: own.n, passes: own.passes, passRate, rest: null, difference: null, position: null };
  const ci95 = wilsonInterval(restPasses, restN);
  const difference = newcombeDifferenceInterval(own.passes, own.n, restPasses, restN);
  const position: RestPosition = difference[1] < 0 ? 'below' : difference[0] > 0 ? 'above' : 'within';
  return { student, n: own.n, passes: own.passes, passRate, rest: { n: restN, passes: restPasses, ci95 }, difference, position };
}

function taskChecks(entries: readonly StudentContribution[], order: FirstAppearance): TaskCheck[] {
  // task key → student → how often they got each verdict
  const groups = new Map<string, { info: Omit<TaskCheck, 'votes' | 'majority' | 'dissenters'>; students: Map<string, Map<VerdictKind, number>> }>();
  for (const { student, contribution } of entries) {
    for (const answer of contribution.answers) {
      order.see('task', answer.taskId);
      const key = JSON.stringify([answer.taskId, answer.modelLabel, answer.strategyId]);
      const group = groups.get(key) ?? {
        info: { taskId: answer.taskId, strategyId: answer.strategyId, strategyLabel: answer.strategyLabel, modelLabel: answer.modelLabel },
        students: new Map<string, Map<VerdictKind, number>>(),
      };
      const counts = group.students.get(student) ?? new Map<VerdictKind, number>();
      counts.set(answer.verdict, (counts.get(answer.verdict) ?? 0) + 1);
      group.students.set(student, counts);
      groups.set(key, group);
    }
  }

  const checks: TaskCheck[] = [];
  for (const { info, students } of groups.values()) {
    if (students.size < 2) continue;
    const votes = [...students.entries()].map(([student, counts]) => ({ student, verdict: mostFrequent(counts) }));
    const majority = majorityOf(votes.map((vote) => vote.verdict));
    checks.push({
      ...info,
      votes,
      majority,
      dissenters: majority === null ? [] : votes.filter((vote) => vote.verdict !== majority).map((vote) => vote.student),
    });
  }
  return checks.sort((a, b) => order.rank('task', a.taskId) - order.rank('task', b.taskId) || order.compare(a, b));
}

/** A student's own verdict on a task: the most frequent; a tie goes to the better verdict (report order). */
function mostFrequent(counts: Map<VerdictKind, number>): VerdictKind {
  let best: VerdictKind | null = null;
  for (const kind of VERDICT_COUNT_KEYS) {
    if (kind === 'none') continue;
    const count = counts.get(kind) ?? 0;
    if (count > 0 && (best === null || count > counts.get(best)!)) best = kind;
  }
  return best!;
}

/** The verdict held by more than half of the votes, or null. */
export function majorityOf(verdicts: readonly VerdictKind[]): VerdictKind | null {
  const counts = new Map<VerdictKind, number>();
  for (const verdict of verdicts) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  for (const [verdict, count] of counts) if (count * 2 > verdicts.length) return verdict;
  return null;
}

type Dimension = 'model' | 'strategy' | 'task';
type FirstAppearance = ReturnType<typeof firstAppearance>;

/** Remembers the order in which models, strategies and tasks were first seen, for stable table order. */
function firstAppearance() {
  const seen: Record<Dimension, Map<string, number>> = { model: new Map(), strategy: new Map(), task: new Map() };
  const rank = (dimension: Dimension, value: string) => seen[dimension].get(value) ?? Number.MAX_SAFE_INTEGER;
  return {
    see(dimension: Dimension, value: string): void {
      if (!seen[dimension].has(value)) seen[dimension].set(value, seen[dimension].size);
    },
    rank,
    /** Model first, then strategy. */
    compare(a: { modelLabel: string; strategyId: string }, b: { modelLabel: string; strategyId: string }): number {
      return rank('model', a.modelLabel) - rank('model', b.modelLabel) || rank('strategy', a.strategyId) - rank('strategy', b.strategyId);
    },
  };
}
