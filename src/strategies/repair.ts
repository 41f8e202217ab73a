import type { ChatMessage } from '../core/generation';
import type { Candidate } from '../core/run';
import type { Task } from '../core/task';
import type { Verdict } from '../core/verdict';
import { engineErrorKind } from '../engine/engine-error';
import { repairFeedback } from './feedback';
import { generateCandidate, judgeCode, nextSeed, type SamplingOptions } from './sample';
import type { StrategyDeps } from './strategy';

export interface RepairOutcome {
  /** The repair attempts, in order, numbered from `nextIndex`. */
  attempts: Candidate[];
  /** The last candidate judged on the public examples and its verdict. */
  last: { candidate: Candidate; verdict: Verdict };
  reason: string;
}

/**
 * Up to `rounds` repairs of `first`: each sends the judge's findings on the public examples back as
 * the next turn of the same conversation (so an engine with a KV cache reuses the prompt), and stops
 * at the first candidate that passes them — or when the judge has nothing reliable to say.
 */
export async function repairRounds(
  deps: StrategyDeps,
  task: Task,
  messages: ChatMessage[],
  first: { candidate: Candidate; verdict: Verdict },
  rounds: number,
  temperature: number,
  options: SamplingOptions,
  nextIndex: number,
): Promise<RepairOutcome> {
  const attempts: Candidate[] = [];
  let last = first;
  let conversation = messages;
  for (let round = 1; round <= rounds; round++) {
    const feedback = repairFeedback(last.verdict, last.candidate.code);
    if (feedback === null) break;
    conversation = [...conversation, { role: 'assistant', content: last.candidate.generation.text }, { role: 'user', content: feedback }];
    const request = { messages: conversation, temperature, top_p: options.topP, max_tokens: options.maxTokens, seed: nextSeed(deps), stop: [] };
    let candidate: Candidate;
    try {
      candidate = await generateCandidate(deps, nextIndex + round - 1, request);
    } catch (error) {
      // A small model's context fills up after a few rounds: the repair ends, the sweep goes on.
      if (engineErrorKind(error) !== 'context-window') throw error;
      return { attempts, last, reason: `the conversation no longer fits the model's context window after ${attempts.length} repair round${attempts.length === 1 ? '' : 's'}` };
    }
    attempts.push(candidate);
    last = { candidate, verdict: await judgeCode(deps, task, candidate.code, 'public') };
  }
  const used = attempts.length;
  const reason =
    last.verdict.kind === 'pass'
      ? used === 0
        ? 'it passed the public examples at once'
        : `it passes the public examples after ${used} repair round${used === 1 ? '' : 's'}`
      : used === rounds
        ? `the last of ${rounds} repair rounds (none passed the public examples)`
        : `the judge had no feedback to give (${last.verdict.kind}) after ${used} round${used === 1 ? '' : 's'}`;
  return { attempts, last, reason };
}
