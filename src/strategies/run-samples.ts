import * as v from 'valibot';
import type { ChatMessage } from '../core/generation';
import type { StrategyResult } from '../core/run';
import type { Task } from '../core/task';
import { costOf, generateCandidate, gradeCandidates, nextSeed, type SamplingOptions } from './sample';
import { select, type SelectionMethod } from './select';
import type { StrategyDeps } from './strategy';

export const temperatureSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(2));

/** The sampling options every strategy shares, validated. */
export const samplingEntries = {
  systemPrompt: v.pipe(v.string(), v.maxLength(10_000)),
  topP: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  maxTokens: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8192)),
};

/**
 * Samples the model once per temperature (one after another: one model, one GPU), picks an answer
 * with `method`, then grades every candidate on the hidden tests. The strategy's wall time ends
 * with its choice: grading is the experiment's cost, not the strategy's.
 */
export async function runSamples(
  strategy: { id: string; label: string; defaultOptions: object },
  task: Task,
  deps: StrategyDeps,
  messages: ChatMessage[],
  temperatures: readonly number[],
  options: SamplingOptions,
  method: SelectionMethod,
): Promise<StrategyResult> {
  const started = deps.clock.now();
  const candidates = [];
  for (const [index, temperature] of temperatures.entries()) {
    const request = { messages, temperature, top_p: options.topP, max_tokens: options.maxTokens, seed: nextSeed(deps), stop: [] };
    candidates.push(await generateCandidate(deps, index, request));
  }
  const choice = candidates.length === 1 ? { index: 0, reason: 'the only reply' } : await select(method, candidates, task, deps);
  deps.onEvent({ type: 'selected', index: choice.index, reason: choice.reason });
  const cost = costOf(candidates, started, deps.clock.now(), 'extraCalls' in choice ? choice.extraCalls : []);
  const graded = await gradeCandidates(deps, task, candidates);
  const chosen = graded[choice.index]!;
  // A selection other than the strategy's own default is part of what was run: say so in its label.
  const usual = 'selection' in strategy.defaultOptions ? strategy.defaultOptions.selection : 'first';
  return {
    strategyId: strategy.id,
    strategyLabel: method === usual ? strategy.label : `${strategy.label} (selection: ${method})`,
    candidates: graded,
    selection: { index: choice.index, reason: choice.reason, code: chosen.code, verdict: chosen.verdict },
    cost,
  };
}

/** `count` temperatures from `from` in steps of `step` (the original's linear spreads). */
export function spread(count: number, from: number, step: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round((from + i * step) * 100) / 100);
}
