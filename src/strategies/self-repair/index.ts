import * as v from 'valibot';
import type { StrategyResult } from '../../core/run';
import { chat, ORIGINAL_SYSTEM_PROMPT, taskQuestion } from '../prompt';
import { repairRounds } from '../repair';
import { samplingEntries, temperatureSchema } from '../run-samples';
import { costOf, generateCandidate, gradeCandidates, judgeCode, nextSeed, type SamplingOptions } from '../sample';
import type { Strategy } from '../strategy';

export interface SelfRepairOptions extends SamplingOptions {
  temperature: number;
  rounds: number;
}

/** Answer, run the public examples, show the model what the compiler and the tests said, repeat. */
export const selfRepair: Strategy<SelfRepairOptions> = {
  id: 'self-repair',
  label: 'Self-repair',
  explanation:
    'Ask once, then judge the answer on the public examples; if it fails, send the compiler errors or the failing test back to the model in the same conversation and ask for a fix, up to R rounds. Feedback from a compiler and tests is evidence; asking a small model to critique itself is not.',
  defaultOptions: { temperature: 0.3, rounds: 2, topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({ temperature: temperatureSchema, rounds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8)), ...samplingEntries }),
  async run(task, deps, options): Promise<StrategyResult> {
    const started = deps.clock.now();
    const messages = chat(options.systemPrompt, taskQuestion(task));
    const request = { messages, temperature: options.temperature, top_p: options.topP, max_tokens: options.maxTokens, seed: nextSeed(deps), stop: [] };
    const first = await generateCandidate(deps, 0, request);
    const judged = { candidate: first, verdict: await judgeCode(deps, task, first.code, 'public') };
    const repaired = await repairRounds(deps, task, messages, judged, options.rounds, options.temperature, options, 1);
    const candidates = [first, ...repaired.attempts];
    const index = repaired.last.candidate.index;
    deps.onEvent({ type: 'selected', index, reason: repaired.reason });
    const cost = costOf(candidates, started, deps.clock.now());
    const graded = await gradeCandidates(deps, task, candidates);
    const chosen = graded[index]!;
    return { strategyId: selfRepair.id, strategyLabel: selfRepair.label, candidates: graded, selection: { index, reason: repaired.reason, code: chosen.code, verdict: chosen.verdict }, cost };
  },
};
