import * as v from 'valibot';
import { chat, ORIGINAL_SYSTEM_PROMPT, taskQuestion } from '../prompt';
import { runSamples, samplingEntries, temperatureSchema } from '../run-samples';
import type { SamplingOptions } from '../sample';
import type { Strategy } from '../strategy';

export interface BaselineOptions extends SamplingOptions {
  temperature: number;
}

/** One call, the way most people use a model. The yardstick every other strategy is measured against. */
export const baseline: Strategy<BaselineOptions> = {
  id: 'baseline',
  label: 'Baseline',
  explanation:
    'Ask once and take the reply. Every other strategy spends more calls or tokens; it is only worth it if it beats this one by more than chance.',
  defaultOptions: { temperature: 0.3, topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({ temperature: temperatureSchema, ...samplingEntries }),
  run(task, deps, options) {
    return runSamples(baseline, task, deps, chat(options.systemPrompt, taskQuestion(task)), [options.temperature], options, 'first');
  },
};
