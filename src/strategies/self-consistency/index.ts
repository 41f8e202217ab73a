import * as v from 'valibot';
import { chat, ORIGINAL_SYSTEM_PROMPT, taskQuestion } from '../prompt';
import { runSamples, samplingEntries, spread } from '../run-samples';
import type { SamplingOptions } from '../sample';
import { selectionMethodSchema, type SelectionMethod } from '../select';
import type { Strategy } from '../strategy';

export interface SelfConsistencyOptions extends SamplingOptions {
  k: number;
  selection: SelectionMethod;
}

/** The original's temperatures: 0.5 + i·0.8/min(K, 5) → 0.5, 0.66, 0.82, 0.98, 1.14 for K = 5. */
export function selfConsistencyTemperatures(k: number): number[] {
  return spread(k, 0.5, 0.8 / Math.min(k, 5));
}

/** K samples and a majority vote — on what the code does, not on how its text looks. */
export const selfConsistency: Strategy<SelfConsistencyOptions> = {
  id: 'self-consistency',
  label: 'Self-consistency',
  explanation:
    'Sample K answers and go with the majority. The original voted on the last line of each reply — for code, usually a closing ``` — so the vote meant nothing. Here candidates are grouped by what they do when run on the public examples’ inputs, and the largest group wins.',
  defaultOptions: { k: 5, selection: 'vote', topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({ k: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)), selection: selectionMethodSchema, ...samplingEntries }),
  run(task, deps, options) {
    return runSamples(selfConsistency, task, deps, chat(options.systemPrompt, taskQuestion(task)), selfConsistencyTemperatures(options.k), options, options.selection);
  },
};
