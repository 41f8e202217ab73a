import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock';
import { isPrimeTask } from '../../src/core/tasks/is-prime';
import { createWllamaEngine } from '../../src/engine/wllama/create-wllama-engine';
import type { WorkerEngine } from '../../src/engine/worker-engine';
import { createWorkerJudge, type WorkerJudge } from '../../src/judge/worker-judge';
import { runStrategy, strategyById } from '../../src/strategies/registry';
import type { StrategyDeps } from '../../src/strategies/strategy';
import { scriptedModel } from '../models/tiny-models';

/*
 * Strategies end to end in Chromium: a real llama.cpp engine in its worker, on a scripted model that
 * answers with the original experiment's "✅ CORRECT" baseline code, graded by the real judge in its
 * worker — which finds what the original's hand-judging missed.
 */

const ORIGINAL_BASELINE = `fn is_prime(num: i32) -> bool {
    if num <= 1 {
        return false; // Base case
    }

    for I in 2..=num { // Factorization of prime numbers
        if num % I == 0 {
            return false; // Found a divisor, hence not a prime
        }
    }

    true
}`;
const REPLY = `Sure! Here's a Rust function:\n\n\`\`\`rust\n${ORIGINAL_BASELINE}\n\`\`\`\n`;

let engine: WorkerEngine;
let judge: WorkerJudge;
beforeAll(async () => {
  engine = createWllamaEngine();
  judge = createWorkerJudge();
  const source = URL.createObjectURL(new Blob([scriptedModel(REPLY) as BlobPart]));
  await engine.load({ engine: 'wllama', source, label: 'scripted' }, () => {});
});
afterAll(() => {
  engine.dispose();
  judge.dispose();
});

function deps(): StrategyDeps {
  let state = 1;
  return { engine, judge, signal: new AbortController().signal, rng: { next: () => (state = (state * 48271) % 2147483647) / 2147483647 }, clock: systemClock, onEvent: () => {} };
}

describe('the original baseline, run live and judged automatically', () => {
  it('baseline: the model’s code reaches the judge, which finds is_prime(2) == false', async () => {
    const result = await runStrategy(strategyById('baseline')!, isPrimeTask, deps());
    expect(result.candidates[0]!.generation.text).toBe(REPLY);
    expect(result.selection.code).toBe(ORIGINAL_BASELINE);
    expect(result.selection.verdict?.kind).toBe('wrong_answer');
    const failed = result.selection.verdict?.kind === 'wrong_answer' ? result.selection.verdict.tests.find((t) => !t.passed) : undefined;
    expect(failed?.source).toBe('assert_eq!(is_prime(2), true)');
    expect(result.cost.calls).toBe(1);
    expect(result.cost.completionTokens).toBeGreaterThan(20);
  });

  it('best-of-N with execution selection: three samples, public examples judged before the choice', async () => {
    const result = await runStrategy(strategyById('best-of-n')!, isPrimeTask, deps());
    expect(result.candidates.map((c) => c.request.temperature)).toEqual([0.3, 0.53, 0.77]);
    expect(result.candidates.every((c) => c.verdict?.kind === 'wrong_answer')).toBe(true);
    expect(result.selection.reason).toBe('it compiles but fails a public example; 2 of the other 2 behave the same way');
  });
});
