import type { StrategyResult } from '../core/run';
import type { Task } from '../core/task';
import * as v from 'valibot';
import { baseline } from './baseline';
import { bestOfN } from './best-of-n';
import { bestOfNRepair } from './best-of-n-repair';
import { diverseSampling } from './diverse-sampling';
import { reread } from './reread';
import { selfConsistency } from './self-consistency';
import { selfRepair } from './self-repair';
import type { Strategy, StrategyDeps } from './strategy';

/** Every strategy: the original experiment's five in its order, then the ones that use evidence. */
export const STRATEGIES = [baseline, reread, diverseSampling, bestOfN, selfConsistency, selfRepair, bestOfNRepair] as const;

export type RegisteredStrategy = (typeof STRATEGIES)[number];

export function strategyById(id: string): RegisteredStrategy | undefined {
  return STRATEGIES.find((strategy) => strategy.id === id);
}

/**
 * Runs a strategy with options from outside (a form, a sweep file, a share link): missing ones take
 * the strategy's defaults, and the whole is validated by its schema (rejects with a ValiError).
 */
export async function runStrategy(strategy: RegisteredStrategy, task: Task, deps: StrategyDeps, options: Record<string, unknown> = {}): Promise<StrategyResult> {
  // Each strategy's options type is checked by its own schema here, at the one place they meet.
  const generic = strategy as unknown as Strategy<unknown>;
  const checked = v.parse(generic.optionsSchema, { ...(generic.defaultOptions as object), ...options });
  return generic.run(task, deps, checked);
}
