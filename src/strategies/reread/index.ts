import * as v from 'valibot';
import { chat, ORIGINAL_SYSTEM_PROMPT, rereadQuestion, taskQuestion } from '../prompt';
import { runSamples, samplingEntries, temperatureSchema } from '../run-samples';
import type { SamplingOptions } from '../sample';
import type { Strategy } from '../strategy';

export interface RereadOptions extends SamplingOptions {
  temperature: number;
}

/** RE2: the question twice in one prompt. One call, a longer prompt. */
export const reread: Strategy<RereadOptions> = {
  id: 'reread',
  label: 'ReRead (RE2)',
  explanation:
    'Repeat the question in the prompt ("Read the question again: …"), so the model attends to it twice. Still one call; it costs prompt tokens only. The original used its library default of 0.7 (and, by a bug, sent none).',
  defaultOptions: { temperature: 0.7, topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({ temperature: temperatureSchema, ...samplingEntries }),
  run(task, deps, options) {
    return runSamples(reread, task, deps, chat(options.systemPrompt, rereadQuestion(taskQuestion(task))), [options.temperature], options, 'first');
  },
};
