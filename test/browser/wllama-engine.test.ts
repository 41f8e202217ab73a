import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationRequest, TokenDelta } from '../../src/core/generation';
import type { WllamaModelRef } from '../../src/core/model';
import type { LoadProgress } from '../../src/engine/engine';
import { engineErrorKind } from '../../src/engine/engine-error';
import { createWllamaEngine } from '../../src/engine/wllama/create-wllama-engine';
import type { WorkerEngine } from '../../src/engine/worker-engine';
import { createWorkerJudge, type WorkerJudge } from '../../src/judge/worker-judge';
import { randomModel, scriptedModel } from '../models/tiny-models';

/*
 * The CPU engine for real: llama.cpp (wllama) in the app's own worker, behind the Engine interface,
 * on GGUF models this test generates — a random one and a scripted one that answers with Rust.
 */

const PRIME_PROGRAM = [
  'fn is_prime(n: u32) -> bool {',
  '    if n < 2 {',
  '        return false;',
  '    }',
  '    let mut d = 2;',
  '    while d * d <= n {',
  '        if n % d == 0 {',
  '            return false;',
  '        }',
  '        d += 1;',
  '    }',
  '    true',
  '}',
].join('\n');
const SCRIPTED_REPLY = `Here is a function that checks primality:\n\n\`\`\`rust\n${PRIME_PROGRAM}\n\`\`\`\n\nIt tries divisors up to the square root.`;
const PRIME_TESTS = 'fn main() {\n    assert!(!is_prime(1));\n    assert!(is_prime(2));\n    assert!(is_prime(97));\n    assert!(!is_prime(91));\n    assert!(!is_prime(9));\n}';

function modelRef(bytes: Uint8Array, label: string): WllamaModelRef {
  return { engine: 'wllama', source: URL.createObjectURL(new Blob([bytes as BlobPart])), label };
}

function request(overrides: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    messages: [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'Write a Rust function is_prime.' },
    ],
    temperature: 0.9,
    top_p: 0.95,
    max_tokens: 24,
    seed: 1,
    stop: [],
    ...overrides,
  };
}

let engine: WorkerEngine;
const randomBytes = randomModel({ seed: 7 });
const random = modelRef(randomBytes, 'random test model');
const scripted = modelRef(scriptedModel(SCRIPTED_REPLY), 'scripted test model');

beforeAll(() => {
  engine = createWllamaEngine();
});
afterAll(() => engine.dispose());

describe('WllamaEngine in its worker', () => {
  it('says the CPU engine can run here, and why', async () => {
    const capabilities = await engine.capabilities();
    expect(capabilities).toMatchObject({ engine: 'wllama', available: true, reason: null });
    expect(capabilities.details.join('\n')).toMatch(/64-bit memory: yes[\s\S]*JSPI\): yes[\s\S]*Cross-origin isolated: yes/);
  });

  it('loads a model with progress by phase: the whole file fetched, then loaded, then ready', async () => {
    const events: LoadProgress[] = [];
    await engine.load(random, (p) => events.push(p));
    const phases = events.map((e) => e.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(['fetching', 'loading', 'ready']);
    const fetching = events.filter((e) => e.phase === 'fetching');
    expect(fetching.at(-1)).toMatchObject({ loadedBytes: randomBytes.byteLength, totalBytes: randomBytes.byteLength, fraction: 1 });
    const fractions = fetching.map((e) => e.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(events.at(-1)!.text).toMatch(/ready on the CPU/);
  });

  it('streams tokens whose text and count match the generation, with usage and timings that agree', async () => {
    await engine.load(random, () => {});
    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(request(), (d) => deltas.push(d));
    expect(generation.finishReason).toBe('length');
    expect(generation.usage.completionTokens).toBe(24);
    expect(deltas.map((d) => d.text).join('')).toBe(generation.text);
    expect(generation.text.length).toBeGreaterThan(0);
    expect(deltas.reduce((n, d) => n + d.tokens, 0)).toBeLessThanOrEqual(24);
    expect(generation.usage.promptTokens).toBeGreaterThan(10);
    const { timeToFirstTokenMs, prefillTokensPerSecond, decodeTokensPerSecond, totalMs } = generation.timings;
    expect(timeToFirstTokenMs).toBeGreaterThan(0);
    expect(timeToFirstTokenMs!).toBeLessThanOrEqual(totalMs);
    expect(prefillTokensPerSecond).toBeGreaterThan(0);
    expect(decodeTokensPerSecond).toBeGreaterThan(0);
    // 23 decode steps cannot take longer than the whole call.
    expect((23 * 1000) / decodeTokensPerSecond!).toBeLessThanOrEqual(totalMs);
    expect(generation.sent).toEqual({ temperature: 0.9, top_p: 0.95, max_tokens: 24, seed: 1 });
  });

  it('reports the whole prompt size even when llama.cpp reuses its cached prompt', async () => {
    await engine.load(random, () => {});
    const first = await engine.generate(request({ max_tokens: 4 }), () => {});
    const again = await engine.generate(request({ max_tokens: 4 }), () => {});
    expect(again.usage.promptTokens).toBe(first.usage.promptTokens);
  });

  it('gives the same text for the same seed and different text for different seeds', async () => {
    await engine.load(random, () => {});
    const texts = [];
    for (const seed of [11, 11, 12, 13]) texts.push((await engine.generate(request({ seed }), () => {})).text);
    expect(texts[1]).toBe(texts[0]);
    expect(new Set(texts).size).toBe(3);
  });

  it('stops mid-stream when cancelled, returns the partial reply, and the next request works', async () => {
    await engine.load(random, () => {});
    const controller = new AbortController();
    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(
      request({ max_tokens: 400 }),
      (d) => {
        deltas.push(d);
        if (deltas.length === 3) controller.abort();
      },
      controller.signal,
    );
    expect(generation.finishReason).toBe('abort');
    expect(generation.usage.completionTokens).toBeLessThan(400);
    expect(generation.text).toBe(deltas.map((d) => d.text).join(''));
    const next = await engine.generate(request({ max_tokens: 8 }), () => {});
    expect(next).toMatchObject({ finishReason: 'length', usage: { completionTokens: 8 } });
  });

  it('honours stop sequences', async () => {
    await engine.load(scripted, () => {});
    const generation = await engine.generate(request({ stop: ['```'] }), () => {});
    expect(generation.finishReason).toBe('stop');
    expect(generation.text).toBe('Here is a function that checks primality:\n\n');
  });

  it('rejects a file that is not a GGUF model with a clear error, and keeps working', async () => {
    const garbage = modelRef(new TextEncoder().encode('not a model at all'), 'garbage');
    const error = await engine.load(garbage, () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(error)).toBe('load-failed');
    expect((error as Error).message).toMatch(/garbage could not be loaded: it is not a GGUF model file/);
    await engine.load(random, () => {});
    expect((await engine.generate(request({ max_tokens: 4 }), () => {})).usage.completionTokens).toBe(4);
  });

  it('unloads to free the model: generating then says no model is loaded, until the next load', async () => {
    await engine.load(random, () => {});
    await engine.unload();
    const error = await engine.generate(request(), () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(error)).toBe('not-loaded');
    await engine.load(random, () => {});
    expect((await engine.generate(request({ max_tokens: 3 }), () => {})).usage.completionTokens).toBe(3);
  });

  it('cancels a load: it rejects with "aborted"', async () => {
    const controller = new AbortController();
    const pending = engine.load(modelRef(randomModel({ seed: 8 }), 'another'), () => controller.abort(), controller.signal);
    expect(engineErrorKind(await pending.catch((e: unknown) => e))).toBe('aborted');
  });
});

describe('a scripted model answers with Rust, and the judge gives the verdict its program deserves', () => {
  let judge: WorkerJudge;
  beforeAll(() => {
    judge = createWorkerJudge();
  });
  afterAll(() => judge.dispose());

  const codeBlock = (reply: string) => /```rust\n([\s\S]*?)```/.exec(reply)?.[1] ?? '';

  it('replies with exactly the planted text at any temperature and seed', async () => {
    await engine.load(scripted, () => {});
    for (const [temperature, seed] of [[0.1, 1], [1.5, 99]] as const) {
      const generation = await engine.generate(request({ temperature, seed, max_tokens: 512 }), () => {});
      expect(generation).toMatchObject({ text: SCRIPTED_REPLY, finishReason: 'stop' });
    }
  });

  it('its is_prime passes the task tests; the same reply with a planted bug fails them', async () => {
    await engine.load(scripted, () => {});
    const reply = (await engine.generate(request({ max_tokens: 512 }), () => {})).text;
    const task = { signature: 'fn is_prime(n: u32) -> bool', hiddenTests: PRIME_TESTS, publicExamples: [] };
    const verdict = await judge.judge({ kind: 'candidate', code: codeBlock(reply), task, tests: 'hidden' });
    expect(verdict.kind).toBe('pass');

    const buggy = codeBlock(reply).replace('d * d <= n', 'd * d < n');
    const wrong = await judge.judge({ kind: 'candidate', code: buggy, task, tests: 'hidden' });
    expect(wrong.kind).toBe('wrong_answer');
  });
});
