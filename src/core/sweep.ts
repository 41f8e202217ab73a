import type { ModelRef } from './model';
import type { StrategyResult } from './run';
import type { Task } from './task';

/** What a sweep runs: every model × task × strategy × seed. */
export interface SweepPlan {
  models: ModelRef[];
  taskIds: string[];
  /**
   * Tasks that are not built in (a teacher's pack), carried with the plan so that resuming the
   * sweep and reading its results never depend on a pack that may since have changed.
   */
  tasks?: Task[];
  /** Strategy ids with the options to run them with (missing options take the defaults). */
  strategies: { id: string; options: Record<string, unknown> }[];
  seeds: number[];
}

/** One cell of a sweep: which model, task, strategy and seed. */
export interface SweepCell {
  model: ModelRef;
  taskId: string;
  strategyId: string;
  seed: number;
}

/** A finished cell: persisted as soon as it finishes, so a sweep resumes where it stopped. */
export interface SweepRecord {
  cell: SweepCell;
  /** A short label of the model, for tables. */
  modelLabel: string;
  result: StrategyResult;
}

/**
 * Every cell of a plan, in the order a sweep runs them: model by model (a browser holds one model
 * at a time, so each is loaded once), then seed by seed, so a partial sweep has run every task and
 * strategy once before it repeats any.
 */
export function sweepCells(plan: SweepPlan): SweepCell[] {
  const cells: SweepCell[] = [];
  for (const model of plan.models) {
    for (const seed of plan.seeds) {
      for (const taskId of plan.taskIds) {
        for (const strategy of plan.strategies) cells.push({ model, taskId, strategyId: strategy.id, seed });
      }
    }
  }
  return cells;
}

/** A stable key for a cell (the store's key, and how resumption finds finished cells). */
export function cellKey(cell: SweepCell): string {
  return JSON.stringify([cell.model, cell.taskId, cell.strategyId, cell.seed]);
}
