import type { Candidate, Cost } from '../core/run';
import type { Task } from '../core/task';
import type { GenerationRequest } from '../core/generation';
import type { Verdict } from '../core/verdict';
import { extractCode } from './extract-code';
import type { StrategyDeps } from './strategy';

/** Sampling settings every strategy exposes; temperatures are per strategy. */
export interface SamplingOptions {
  systemPrompt: string;
  topP: number;
  maxTokens: number;
}

/** A seed for one call, drawn from the sweep's seeded random source. */
export function nextSeed(deps: Pick<StrategyDeps, 'rng'>): number {
  return Math.floor(deps.rng.next() * 2 ** 31);
}

/** One call to the model, streamed to the strategy's listener, with the reply's code extracted. */
export async function generateCandidate(deps: StrategyDeps, index: number, request: GenerationRequest): Promise<Candidate> {
  deps.onEvent({ type: 'candidate-started', index });
  const generation = await deps.engine.generate(request, (delta) => deps.onEvent({ type: 'token', index, text: delta.text, tokens: delta.tokens }), deps.signal);
  deps.onEvent({ type: 'candidate-finished', index });
  const extracted = extractCode(generation.text);
  return { index, request, generation, code: extracted.kind === 'code' ? extracted.code : null, verdict: null };
}

/** The verdict of `code` on the task's public examples (what selection may use) or hidden tests (what grades). */
export function judgeCode(deps: StrategyDeps, task: Task, code: string | null, tests: 'public' | 'hidden'): Promise<Verdict> {
  return deps.judge.judge({ kind: 'candidate', code: code ?? '', task, tests }, deps.signal);
}

/** Grades every candidate on the hidden tests (for pass@k); selection never reads these. */
export async function gradeCandidates(deps: StrategyDeps, task: Task, candidates: Candidate[]): Promise<Candidate[]> {
  const graded: Candidate[] = [];
  for (const candidate of candidates) graded.push({ ...candidate, verdict: await judgeCode(deps, task, candidate.code, 'hidden') });
  return graded;
}

/** Calls, tokens and wall time of a strategy's candidates (plus any extra calls, e.g. self-rating). */
export function costOf(candidates: Candidate[], startedMs: number, nowMs: number, extra: Candidate['generation'][] = []): Cost {
  const generations = [...candidates.map((c) => c.generation), ...extra];
  const prompt = generations.map((g) => g.usage.promptTokens);
  return {
    calls: generations.length,
    promptTokens: prompt.every((p) => p !== null) ? prompt.reduce((a, b) => a! + b!, 0) : null,
    completionTokens: generations.reduce((sum, g) => sum + g.usage.completionTokens, 0),
    wallMs: nowMs - startedMs,
  };
}
