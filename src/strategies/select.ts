import * as v from 'valibot';
import type { Generation } from '../core/generation';
import type { Candidate } from '../core/run';
import type { Task } from '../core/task';
import type { Verdict } from '../core/verdict';
import { chat } from './prompt';
import { judgeCode, nextSeed } from './sample';
import type { StrategyDeps } from './strategy';

/**
 * How a multi-sample strategy picks its answer. `first` is what the original diverse sampling did;
 * `execution` uses evidence: the compiler and the task's public examples, ties broken by how many
 * other candidates behave the same way on them; `vote` is self-consistency for code: the largest
 * group of candidates that run and behave alike on the public examples' inputs; `self-rating` asks
 * the model to score each candidate 0–10 (optillm's best-of-N), offered as a comparison: it costs a
 * call per candidate and uses no evidence. None ever sees the hidden tests.
 */
export const SELECTION_METHODS = ['first', 'execution', 'vote', 'self-rating'] as const;
export type SelectionMethod = (typeof SELECTION_METHODS)[number];
export const selectionMethodSchema = v.picklist(SELECTION_METHODS);

export interface Choice {
  index: number;
  reason: string;
  /** Calls the choice itself made (self-rating), counted in the strategy's cost. */
  extraCalls?: Generation[];
}

export async function select(method: SelectionMethod, candidates: Candidate[], task: Task, deps: StrategyDeps): Promise<Choice> {
  if (method === 'first' || candidates.length === 1) return { index: 0, reason: 'the first sample, whatever it contains (as the original did)' };
  if (method === 'self-rating') return chooseBySelfRating(candidates, task, deps);
  const verdicts = await judgePublic(deps, task, candidates);
  return method === 'vote' ? chooseByVote(verdicts) : chooseByExecution(verdicts);
}

/** Each candidate's verdict on the task's public examples: the evidence selection may use. */
export async function judgePublic(deps: StrategyDeps, task: Task, candidates: Candidate[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const candidate of candidates) verdicts.push(await judgeCode(deps, task, candidate.code, 'public'));
  return verdicts;
}

/** Evidence rank of a verdict on the public examples: passing beats running, running beats not compiling. */
const RANK: Record<Verdict['kind'], number> = {
  pass: 5,
  wrong_answer: 3,
  runtime_error: 3,
  timeout: 2,
  unknown: 1,
  compile_error: 0,
  syntax_error: 0,
  no_code: -1,
};

const WORDS: Record<Verdict['kind'], string> = {
  pass: 'passes the public examples',
  wrong_answer: 'compiles but fails a public example',
  runtime_error: 'compiles but panics on a public example',
  timeout: 'compiles but runs out of time on the public examples',
  unknown: 'could not be judged in the browser',
  compile_error: 'does not compile',
  syntax_error: 'does not parse',
  no_code: 'has no code',
};

/** What a candidate did on the public examples, for grouping candidates that behave alike. */
export function behaviour(verdict: Verdict): string {
  const tests = 'tests' in verdict ? verdict.tests.map((t) => (t.passed ? 'ok' : `${t.left ?? '?'}`)).join('|') : '';
  return `${verdict.kind}:${'message' in verdict ? verdict.message : ''}:${tests}`;
}

/** The best-ranked candidate; among equals, the one most others agree with; then the earliest. */
export function chooseByExecution(verdicts: Verdict[]): Choice {
  const groups = new Map<string, number>();
  for (const verdict of verdicts) groups.set(behaviour(verdict), (groups.get(behaviour(verdict)) ?? 0) + 1);
  let best = 0;
  const score = (i: number) => RANK[verdicts[i]!.kind] * 1000 + groups.get(behaviour(verdicts[i]!))!;
  for (let i = 1; i < verdicts.length; i++) if (score(i) > score(best)) best = i;
  const chosen = verdicts[best]!;
  const agreeing = groups.get(behaviour(chosen))! - 1;
  const tied = verdicts.filter((v) => RANK[v.kind] === RANK[chosen.kind]).length;
  const agreement = tied > 1 ? `; ${agreeing} of the other ${verdicts.length - 1} behave the same way` : '';
  return { index: best, reason: `it ${WORDS[chosen.kind]}${agreement}` };
}

/**
 * Self-consistency for code: candidates that run are grouped by what they did on the public
 * examples' inputs; the largest group wins (the earliest member), whether or not it matches the
 * expected outputs. Without any runnable candidate, falls back to the execution ranking.
 */
export function chooseByVote(verdicts: Verdict[]): Choice {
  const runnable = verdicts.map((verdict, index) => ({ verdict, index })).filter(({ verdict }) => RANK[verdict.kind] >= RANK.timeout);
  if (runnable.length === 0) return chooseByExecution(verdicts);
  const groups = new Map<string, number[]>();
  for (const { verdict, index } of runnable) groups.set(behaviour(verdict), [...(groups.get(behaviour(verdict)) ?? []), index]);
  const largest = [...groups.values()].reduce((best, group) => (group.length > best.length ? group : best));
  const index = largest[0]!;
  return { index, reason: `${largest.length} of ${verdicts.length} candidates behave this way on the public examples (it ${WORDS[verdicts[index]!.kind]})` };
}

const RATING_PROMPT = 'Rate how well this reply solves the task, from 0 (useless) to 10 (correct and complete). Answer with the number only.';

/** The first integer 0–10 in a rating reply; null when there is none. */
export function parseRating(text: string): number | null {
  const match = /\b(10|[0-9])(?:\s*\/\s*10)?\b/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Asks the model to rate each candidate; the highest rating wins (the earliest among equals). */
async function chooseBySelfRating(candidates: Candidate[], task: Task, deps: StrategyDeps): Promise<Choice> {
  const ratings: (number | null)[] = [];
  const extraCalls: Generation[] = [];
  for (const candidate of candidates) {
    const user = `Task:\n${task.prompt}\n\nReply:\n${candidate.generation.text}\n\n${RATING_PROMPT}`;
    const request = { messages: chat('You are a strict reviewer of Rust code.', user), temperature: 0, top_p: 1, max_tokens: 8, seed: nextSeed(deps), stop: [] };
    const generation = await deps.engine.generate(request, () => {}, deps.signal);
    extraCalls.push(generation);
    ratings.push(parseRating(generation.text));
  }
  let best = 0;
  for (let i = 1; i < ratings.length; i++) if ((ratings[i] ?? -1) > (ratings[best] ?? -1)) best = i;
  const shown = ratings.map((r) => (r === null ? '?' : String(r))).join(', ');
  return { index: best, reason: `the model rated it highest (${shown} out of 10) — its own opinion, not evidence`, extraCalls };
}
