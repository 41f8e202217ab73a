import * as v from 'valibot';
import type { StrategyResult } from '../../core/run';
import { bestOfNTemperatures } from '../best-of-n';
import { chat, ORIGINAL_SYSTEM_PROMPT, taskQuestion } from '../prompt';
import { repairRounds } from '../repair';
import { samplingEntries } from '../run-samples';
import { costOf, generateCandidate, gradeCandidates, nextSeed, type SamplingOptions } from '../sample';
import { chooseByExecution, judgePublic } from '../select';
import type { Strategy } from '../strategy';

export interface BestOfNRepairOptions extends SamplingOptions {
  n: number;
  rounds: number;
}

/** Best-of-N by execution; when no candidate passes the public examples, repair the best one. */
export const bestOfNRepair: Strategy<BestOfNRepairOptions> = {
  id: 'best-of-n-repair',
  label: 'Best-of-N + repair',
  explanation:
    'Sample N answers and pick the best by compiling them and running the public examples. If none passes, send the best one’s compiler errors or failing test back to the model and ask for a fix, up to R rounds. Spends more only when the cheap part failed.',
  defaultOptions: { n: 3, rounds: 2, topP: 1, maxTokens: 512, systemPrompt: ORIGINAL_SYSTEM_PROMPT },
  optionsSchema: v.object({
    n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
    rounds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8)),
    ...samplingEntries,
  }),
  async run(task, deps, options): Promise<StrategyResult> {
    const started = deps.clock.now();
    const messages = chat(options.systemPrompt, taskQuestion(task));
    const temperatures = bestOfNTemperatures(options.n);
    const samples = [];
    for (const [index, temperature] of temperatures.entries()) {
      samples.push(await generateCandidate(deps, index, { messages, temperature, top_p: options.topP, max_tokens: options.maxTokens, seed: nextSeed(deps), stop: [] }));
    }
    const verdicts = await judgePublic(deps, task, samples);
    const best = chooseByExecution(verdicts);
    let index = best.index;
    let reason = best.reason;
    const candidates = [...samples];
    if (verdicts[best.index]!.kind !== 'pass') {
      // Repairs continue the chosen candidate's conversation at its temperature; their indices follow the samples.
      const start = { candidate: samples[best.index]!, verdict: verdicts[best.index]! };
      const repaired = await repairRounds(deps, task, messages, start, options.rounds, temperatures[best.index]!, options, samples.length);
      candidates.push(...repaired.attempts);
      if (repaired.attempts.length > 0) {
        index = repaired.last.candidate.index;
        reason = `candidate ${best.index + 1} was the best sample (${best.reason}); ${repaired.reason}`;
      }
    }
    deps.onEvent({ type: 'selected', index, reason });
    const cost = costOf(candidates, started, deps.clock.now());
    const graded = await gradeCandidates(deps, task, candidates);
    const chosen = graded[index]!;
    return { strategyId: bestOfNRepair.id, strategyLabel: bestOfNRepair.label, candidates: graded, selection: { index, reason, code: chosen.code, verdict: chosen.verdict }, cost };
  },
};
