import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/verdict';
import { isPrimeTask } from '../../src/core/tasks/is-prime';
import type { Engine } from '../../src/engine/engine';
import { EngineError } from '../../src/engine/engine-error';
import type { Judge } from '../../src/judge/judge';
import { bestOfNTemperatures } from '../../src/strategies/best-of-n';
import { ORIGINAL_SYSTEM_PROMPT } from '../../src/strategies/prompt';
import { STRATEGIES, runStrategy, strategyById } from '../../src/strategies/registry';
import { chooseByExecution, chooseByVote, parseRating } from '../../src/strategies/select';
import { selfConsistencyTemperatures } from '../../src/strategies/self-consistency';
import type { StrategyDeps, StrategyEvent } from '../../src/strategies/strategy';
import { BROKEN, CORRECT, fence, OFF_BY_ONE, scriptedEngine, scriptedJudge } from '../helpers/scripted-deps';

/* The original strategies over a scripted engine and a scripted judge: what is sent, what is chosen and why. */

function deps(engine: Engine, judge: Judge, events: StrategyEvent[] = []): StrategyDeps {
  let seed = 0;
  let now = 0;
  return {
    engine,
    judge,
    signal: new AbortController().signal,
    rng: { next: () => ((seed = (seed * 16807 + 7) % 2147483647) / 2147483647) },
    clock: { now: () => (now += 10), sleep: async () => {} },
    onEvent: (e) => events.push(e),
  };
}

describe('the registry', () => {
  it('lists the original strategies in order, each with an explanation and valid defaults', () => {
    expect(STRATEGIES.map((s) => s.id)).toEqual(['baseline', 'reread', 'diverse-sampling', 'best-of-n', 'self-consistency', 'self-repair', 'best-of-n-repair']);
    for (const strategy of STRATEGIES) {
      expect(strategy.explanation.length).toBeGreaterThan(80);
      expect(v.safeParse(strategy.optionsSchema, strategy.defaultOptions).success).toBe(true);
    }
    expect(strategyById('best-of-n')?.label).toBe('Best-of-N');
    expect(strategyById('nope')).toBeUndefined();
  });

  it('rejects invalid options instead of sending them', async () => {
    const { engine, requests } = scriptedEngine([fence(CORRECT)]);
    await expect(runStrategy(strategyById('baseline')!, isPrimeTask, deps(engine, scriptedJudge().judge), { temperature: 7 })).rejects.toThrow();
    expect(requests).toHaveLength(0);
  });
});

describe('baseline and ReRead', () => {
  it('baseline sends the original system prompt, the task with its signature and public examples, and every sampling parameter', async () => {
    const { engine, requests } = scriptedEngine([fence(CORRECT)]);
    const { judge, inputs } = scriptedJudge();
    const result = await runStrategy(strategyById('baseline')!, isPrimeTask, deps(engine, judge));
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.messages[0]).toEqual({ role: 'system', content: ORIGINAL_SYSTEM_PROMPT });
    expect(request!.messages[1]!.content).toContain(isPrimeTask.prompt);
    expect(request!.messages[1]!.content).toContain('fn is_prime(num: u32) -> bool');
    expect(request!.messages[1]!.content).toContain('`is_prime(7)` returns `true`');
    expect(request!.messages[1]!.content).not.toContain('is_prime(97)'); // hidden tests stay hidden
    expect(request).toMatchObject({ temperature: 0.3, top_p: 1, max_tokens: 512 });
    expect(Number.isInteger(request!.seed)).toBe(true);
    expect(result.selection).toMatchObject({ index: 0, code: CORRECT, verdict: { kind: 'pass' } });
    expect(inputs.map((i) => i.kind === 'candidate' && i.tests)).toEqual(['hidden']);
    expect(result.cost).toMatchObject({ calls: 1, promptTokens: 50, completionTokens: 10 });
  });

  it('ReRead asks the question twice in one call', async () => {
    const { engine, requests } = scriptedEngine([fence(CORRECT)]);
    await runStrategy(strategyById('reread')!, isPrimeTask, deps(engine, scriptedJudge().judge));
    const user = requests[0]!.messages[1]!.content;
    expect(user.split(isPrimeTask.prompt)).toHaveLength(3);
    expect(user).toContain('Read the question again: ');
    expect(requests[0]!.temperature).toBe(0.7);
  });

  it('a reply without code is graded no_code, like the original Best-of-N answer', async () => {
    const { engine } = scriptedEngine(['']);
    const result = await runStrategy(strategyById('baseline')!, isPrimeTask, deps(engine, scriptedJudge().judge));
    expect(result.selection).toMatchObject({ code: null, verdict: { kind: 'no_code' } });
  });
});

describe('multi-sample strategies', () => {
  it('diverse sampling samples at 0.1 / 0.5 / 0.9 and, like the original, keeps the first sample', async () => {
    const { engine, requests } = scriptedEngine([fence(BROKEN), fence(CORRECT), fence(CORRECT)]);
    const events: StrategyEvent[] = [];
    const { judge, inputs } = scriptedJudge();
    const result = await runStrategy(strategyById('diverse-sampling')!, isPrimeTask, deps(engine, judge, events));
    expect(result.strategyLabel).toBe('Diverse sampling');
    expect(requests.map((r) => r.temperature)).toEqual([0.1, 0.5, 0.9]);
    expect(new Set(requests.map((r) => r.seed)).size).toBe(3);
    expect(result.selection).toMatchObject({ index: 0, verdict: { kind: 'compile_error' } });
    // Every candidate is graded (for pass@k), but the first-sample choice looked at none of them.
    expect(result.candidates.map((c) => c.verdict?.kind)).toEqual(['compile_error', 'pass', 'pass']);
    expect(inputs.every((i) => i.kind === 'candidate' && i.tests === 'hidden')).toBe(true);
    expect(events.filter((e) => e.type === 'candidate-started')).toHaveLength(3);
    expect(events.find((e) => e.type === 'selected')).toMatchObject({ index: 0 });
    expect(result.cost).toMatchObject({ calls: 3, promptTokens: 150, completionTokens: 30 });
  });

  it('diverse sampling with execution selection submits the candidate that passes the public examples', async () => {
    const { engine } = scriptedEngine([fence(BROKEN), fence(OFF_BY_ONE), fence(CORRECT)]);
    const result = await runStrategy(strategyById('diverse-sampling')!, isPrimeTask, deps(engine, scriptedJudge().judge), { selection: 'execution' });
    expect(result.selection).toMatchObject({ index: 2, verdict: { kind: 'pass' }, reason: 'it passes the public examples' });
    expect(result.strategyLabel).toBe('Diverse sampling (selection: execution)');
  });

  it('best-of-N uses the original temperatures and selects by public examples only, never the hidden tests', async () => {
    expect(bestOfNTemperatures(3)).toEqual([0.3, 0.53, 0.77]);
    expect(bestOfNTemperatures(5)).toEqual([0.3, 0.44, 0.58, 0.72, 0.86]);
    const { engine, requests } = scriptedEngine([fence(OFF_BY_ONE), fence(CORRECT), fence(BROKEN)]);
    const { judge, inputs } = scriptedJudge();
    const result = await runStrategy(strategyById('best-of-n')!, isPrimeTask, deps(engine, judge));
    expect(requests.map((r) => r.temperature)).toEqual([0.3, 0.53, 0.77]);
    expect(result.selection).toMatchObject({ index: 1, verdict: { kind: 'pass' } });
    const kinds = inputs.map((i) => (i.kind === 'candidate' ? i.tests : 'program'));
    // Three public judgements for the choice come before any hidden one.
    expect(kinds).toEqual(['public', 'public', 'public', 'hidden', 'hidden', 'hidden']);
  });
});

describe('self-rating selection', () => {
  it('asks the model to rate each candidate, picks the highest, and counts the rating calls in the cost', async () => {
    const { engine, requests } = scriptedEngine([fence(CORRECT), fence(BROKEN), fence(OFF_BY_ONE), '7', 'I would say 9/10.', 'no idea']);
    const { judge, inputs } = scriptedJudge();
    const result = await runStrategy(strategyById('best-of-n')!, isPrimeTask, deps(engine, judge), { selection: 'self-rating' });
    expect(requests).toHaveLength(6);
    expect(requests[3]!.messages[1]!.content).toContain(fence(CORRECT));
    expect(requests[3]).toMatchObject({ temperature: 0, max_tokens: 8 });
    // The model preferred the code that does not compile: ratings are opinion, not evidence.
    expect(result.selection).toMatchObject({ index: 1, verdict: { kind: 'compile_error' } });
    expect(result.selection.reason).toBe('the model rated it highest (7, 9, ? out of 10) — its own opinion, not evidence');
    expect(result.cost.calls).toBe(6);
    expect(inputs.every((i) => i.kind === 'candidate' && i.tests === 'hidden')).toBe(true);
  });

  it('reads a rating from the usual reply shapes', () => {
    expect(['8', 'Rating: 10', '7/10', 'I rate it 3 out of 10.', 'none'].map(parseRating)).toEqual([8, 10, 7, 3, null]);
  });
});

describe('self-consistency', () => {
  it('samples K = 5 at the original temperatures and submits the majority behaviour, even a wrong one', async () => {
    expect(selfConsistencyTemperatures(5)).toEqual([0.5, 0.66, 0.82, 0.98, 1.14]);
    const { engine, requests } = scriptedEngine([fence(BROKEN), fence(OFF_BY_ONE), fence(CORRECT), fence(OFF_BY_ONE), '']);
    const result = await runStrategy(strategyById('self-consistency')!, isPrimeTask, deps(engine, scriptedJudge().judge));
    expect(requests.map((r) => r.temperature)).toEqual([0.5, 0.66, 0.82, 0.98, 1.14]);
    expect(result.selection).toMatchObject({ index: 1, verdict: { kind: 'wrong_answer' } });
    expect(result.selection.reason).toBe('2 of 5 candidates behave this way on the public examples (it compiles but fails a public example)');
  });
});

describe('execution-guided choice', () => {
  const base = { judge: 'interpreter' as const, ms: 1, stdout: '' };
  const wrong = (left: string): Verdict => ({ kind: 'wrong_answer', tests: [{ source: 'assert_eq!(f(1), 2)', passed: false, left, right: '2' }], ...base });
  const broken: Verdict = { kind: 'compile_error', diagnostics: [], ...base };

  it('prefers running code to code that does not compile, and breaks ties by agreement with the others', () => {
    const choice = chooseByExecution([broken, wrong('5'), wrong('3'), wrong('3')]);
    expect(choice).toEqual({ index: 2, reason: 'it compiles but fails a public example; 1 of the other 3 behave the same way' });
  });

  it('a vote without any runnable candidate falls back to the execution ranking', () => {
    expect(chooseByVote([{ kind: 'no_code', ...base }, broken]).index).toBe(1);
    expect(chooseByVote([broken, wrong('3'), wrong('5'), wrong('5')]).index).toBe(2);
  });

  it('among equals without agreement, takes the earliest', () => {
    expect(chooseByExecution([wrong('1'), wrong('4')]).index).toBe(0);
    expect(chooseByExecution([{ kind: 'no_code', ...base }, broken]).index).toBe(1);
  });
});

describe('repair', () => {
  it('self-repair sends the compiler error back in the same conversation and stops once the public examples pass', async () => {
    const { engine, requests } = scriptedEngine([fence(BROKEN), fence(OFF_BY_ONE), fence(CORRECT), fence(CORRECT)]);
    const { judge, inputs } = scriptedJudge();
    const result = await runStrategy(strategyById('self-repair')!, isPrimeTask, deps(engine, judge), { rounds: 3 });
    expect(requests).toHaveLength(3);
    expect(requests[1]!.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(requests[1]!.messages[2]!.content).toBe(fence(BROKEN));
    expect(requests[1]!.messages[3]!.content).toMatch(/^The code does not compile:\nerror\[E0308\]: mismatched types \(line 1: `fn is_prime/);
    expect(requests[2]!.messages).toHaveLength(6);
    expect(requests[2]!.messages[5]!.content).toContain('this test fails: `assert_eq!(is_prime(7), true)` — left: false, right: true');
    expect(result.selection).toMatchObject({ index: 2, reason: 'it passes the public examples after 2 repair rounds', verdict: { kind: 'pass' } });
    expect(result.candidates.map((c) => c.verdict?.kind)).toEqual(['compile_error', 'wrong_answer', 'pass']);
    // Feedback came from the public examples only; the hidden tests graded afterwards.
    expect(inputs.map((i) => (i.kind === 'candidate' ? i.tests : ''))).toEqual(['public', 'public', 'public', 'hidden', 'hidden', 'hidden']);
    expect(result.cost.calls).toBe(3);
  });

  it('self-repair gives up after R rounds and submits the last attempt', async () => {
    const { engine, requests } = scriptedEngine([fence(BROKEN), fence(BROKEN), fence(BROKEN)]);
    const result = await runStrategy(strategyById('self-repair')!, isPrimeTask, deps(engine, scriptedJudge().judge));
    expect(requests).toHaveLength(3);
    expect(result.selection).toMatchObject({ index: 2, reason: 'the last of 2 repair rounds (none passed the public examples)' });
  });

  it('best-of-N + repair repairs only when no sample passes, continuing the best sample’s conversation', async () => {
    const passing = scriptedEngine([fence(BROKEN), fence(CORRECT), fence(OFF_BY_ONE)]);
    const direct = await runStrategy(strategyById('best-of-n-repair')!, isPrimeTask, deps(passing.engine, scriptedJudge().judge));
    expect(passing.requests).toHaveLength(3);
    expect(direct.selection.index).toBe(1);

    const failing = scriptedEngine([fence(BROKEN), fence(OFF_BY_ONE), fence(BROKEN), fence(CORRECT)]);
    const repaired = await runStrategy(strategyById('best-of-n-repair')!, isPrimeTask, deps(failing.engine, scriptedJudge().judge));
    expect(failing.requests).toHaveLength(4);
    expect(failing.requests[3]!.messages[2]!.content).toBe(fence(OFF_BY_ONE));
    expect(failing.requests[3]!.temperature).toBe(0.53);
    expect(repaired.selection).toMatchObject({ index: 3, verdict: { kind: 'pass' } });
    expect(repaired.selection.reason).toBe('candidate 2 was the best sample (it compiles but fails a public example); it passes the public examples after 1 repair round');
  });
});

describe('repair within a small context window', () => {
  it('ends the repair when the conversation no longer fits, and submits the last attempt', async () => {
    const { engine } = scriptedEngine([fence(BROKEN), fence(OFF_BY_ONE)]);
    let calls = 0;
    const tight = {
      ...engine,
      generate: async (...args: Parameters<typeof engine.generate>) => {
        if (++calls === 3) throw new EngineError('context-window', 'request (2155 tokens) exceeds the available context size (2048 tokens)');
        return engine.generate(...args);
      },
    };
    const result = await runStrategy(strategyById('self-repair')!, isPrimeTask, deps(tight, scriptedJudge().judge), { rounds: 3 });
    expect(result.candidates).toHaveLength(2);
    expect(result.selection).toMatchObject({ index: 1, reason: "the conversation no longer fits the model's context window after 1 repair round" });
  });
});
