import * as v from 'valibot';
import { chat, ORIGINAL_SYSTEM_PROMPT, taskQuestion } from '../prompt';
import { runSamples, samplingEntries, spread } from '../run-samples';
import type { SamplingOptions } from '../sample';
import { selectionMethodSchema, type SelectionMethod } from '../select';
import type { Strategy } from '../strategy';

export interface BestOfNOptions extends SamplingOptions {
  n: number;
  selection: SelectionMethod;
}

/** The original's temperatures: 0.3 + i·0.7/min(N, 5) → 0.30, 0.53, 0.77 for N = 3. */
export function bestOfNTemperatures(n: number): number[] {
  return spread(n, 0.3, 0.7 / Math.min(n, 5));
}

/** N samples, then the best one by evidence. The original scored nothing and parsed out an empty answer. */
export const bestOfN: Strategy<BestOfNOptions> = {
  id: 'best-of-n',
  label: 'Best-of-N',
  explanation:
    'Sample N answers and submit the best. Everything depends on what "best" means: the original ranked by a score nothing ever set and submitted an empty answer. Here the default is execution-guided: the candidate that compiles and passes the public examples wins, and among equals the one the most others agree with.',
  defaultOptions: { n: 3, selection: 'execution', topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({ n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)), selection: selectionMethodSchema, ...samplingEntries }),
  run(task, deps, options) {
    return runSamples(bestOfN, task, deps, chat(options.systemPrompt, taskQuestion(task)), bestOfNTemperatures(options.n), options, options.selection);
  },
};
