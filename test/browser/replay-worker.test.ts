import { afterEach, describe, expect, it } from 'vitest';
import type { TokenDelta } from '../../src/core/generation';
import { engineErrorKind } from '../../src/engine/engine-error';
import { createReplayEngine } from '../../src/engine/replay/create-replay-engine';
import type { WorkerEngine } from '../../src/engine/worker-engine';
import { baselineCall, originalModel, requestFor, rereadCall } from '../fixtures/replay';
import { waitUntil } from '../fixtures/wait';

/* The replay engine in its real module worker, in Chromium, through the app's own wrapper. */

const engines: WorkerEngine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.dispose()));

function started(): WorkerEngine {
  const engine = createReplayEngine();
  engines.push(engine);
  return engine;
}

const baseline = baselineCall;
const request = requestFor();
const model = originalModel;

describe('replay engine worker', () => {
  it('streams a recorded generation at the scaled pace with its recorded figures', async () => {
    const engine = started();
    expect(await engine.capabilities()).toMatchObject({ engine: 'replay', available: true });
    await engine.load(model(20), () => {});
    const deltas: TokenDelta[] = [];
    const startedAt = performance.now();
    const generation = await engine.generate(request, (d) => deltas.push(d));
    const elapsed = performance.now() - startedAt;

    expect(generation.usage.completionTokens).toBe(337);
    expect(generation.timings.totalMs).toBe(12_400);
    expect(generation.text).toBe(baseline.text);
    expect(deltas.map((d) => d.text).join('')).toBe(baseline.text);
    expect(deltas.length).toBeGreaterThan(5);
    // 12.4 s at 20× is 620 ms of playback: it streams, it does not dump everything at once.
    expect(elapsed).toBeGreaterThanOrEqual(600);
  });

  it('cancels mid-stream promptly, and the next request works', async () => {
    const engine = started();
    await engine.load(model(1), () => {});
    const first = new AbortController();
    let tokens = 0;
    const pending = engine.generate(request, (d) => (tokens += d.tokens), first.signal);
    await waitUntil(() => tokens > 0);
    const abortedAt = performance.now();
    first.abort();
    const generation = await pending;
    const stopMs = performance.now() - abortedAt;

    expect(generation.finishReason).toBe('abort');
    expect(generation.usage.completionTokens).toBeLessThan(337);
    // It stopped where it was, not at the end of the 12.4 s recording.
    expect(generation.timings.totalMs).toBeLessThan(5_000);
    expect(stopMs).toBeLessThan(5_000);

    // The next request (ReRead, next in the recording) streams normally.
    const second = new AbortController();
    let text = '';
    const next = engine.generate(requestFor(rereadCall.messages), (d) => (text += d.text), second.signal);
    await waitUntil(() => text.length >= 'use num'.length);
    second.abort();
    expect((await next).text.startsWith('use num')).toBe(true);
  });

  it('rejects with a machine-readable kind from inside the worker', async () => {
    const engine = started();
    const failure = await engine.generate(request, () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(failure)).toBe('not-loaded');
  });
});

