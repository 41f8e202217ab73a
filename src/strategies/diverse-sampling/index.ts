import * as v from 'valibot';
import { chat, ORIGINAL_SYSTEM_PROMPT, taskQuestion } from '../prompt';
import { runSamples, samplingEntries, temperatureSchema } from '../run-samples';
import type { SamplingOptions } from '../sample';
import { selectionMethodSchema, type SelectionMethod } from '../select';
import type { Strategy } from '../strategy';

export interface DiverseSamplingOptions extends SamplingOptions {
  temperatures: number[];
  selection: SelectionMethod;
}

/** Samples across a spread of temperatures. The original then simply kept the first sample. */
export const diverseSampling: Strategy<DiverseSamplingOptions> = {
  id: 'diverse-sampling',
  label: 'Diverse sampling',
  explanation:
    'Ask several times at different temperatures (0.1, 0.5, 0.9) to get different answers. More samples only help if something picks a good one: the original kept the first sample, so its extra calls bought nothing. Switch selection to "execution" to let the compiler and the public examples choose.',
  defaultOptions: { temperatures: [0.1, 0.5, 0.9], selection: 'first', topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({
    temperatures: v.pipe(v.array(temperatureSchema), v.minLength(1), v.maxLength(16)),
    selection: selectionMethodSchema,
    ...samplingEntries,
  }),
  run(task, deps, options) {
    return runSamples(diverseSampling, task, deps, chat(options.systemPrompt, taskQuestion(task)), options.temperatures, options, options.selection);
  },
};
