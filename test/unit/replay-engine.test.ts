import { describe, expect, it } from 'vitest';
import type { TokenDelta } from '../../src/core/generation';
import { engineErrorKind } from '../../src/engine/engine-error';
import type { LoadProgress } from '../../src/engine/engine';
import { ReplayEngine } from '../../src/engine/replay/replay-engine';
import { baselineCall, originalModel, requestFor } from '../fixtures/replay';
import { FakeClock } from './helpers/fake-clock';

const model = originalModel;
const request = requestFor;

async function loaded(clock = new FakeClock(), speed = 1) {
  const engine = new ReplayEngine(clock);
  const progress: LoadProgress[] = [];
  await engine.load(model(speed), (p) => progress.push(p));
  return { engine, clock, progress };
}

describe('ReplayEngine', () => {
  it('reports itself available and loads a recording with a final "ready" progress event', async () => {
    const { engine, progress } = await loaded();
    expect(await engine.capabilities()).toEqual({ engine: 'replay', available: true, reason: null, details: ['Plays back recorded generations: no model, no GPU, no download.'] });
    expect(progress.at(-1)).toMatchObject({ phase: 'ready', fraction: 1 });
  });

  it('streams the recorded reply at the recorded pace, then returns the recorded figures', async () => {
    const { engine, clock } = await loaded();
    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(request(), (d) => deltas.push(d));

    expect(deltas.reduce((sum, d) => sum + d.tokens, 0)).toBe(337);
    expect(deltas.map((d) => d.text).join('')).toBe(baselineCall.text);
    expect(clock.time).toBe(12_400);
    expect(deltas.length).toBe(12_400 / 50);
    expect(generation).toMatchObject({
      text: baselineCall.text,
      textCoverage: 'excerpt',
      finishReason: 'unknown',
      usage: { promptTokens: null, completionTokens: 337 },
      timings: { totalMs: 12_400, timeToFirstTokenMs: null },
      sent: { temperature: null, max_tokens: null },
    });
  });

  it('plays faster by the speed factor but reports the recorded time', async () => {
    const { engine, clock } = await loaded(new FakeClock(), 10);
    const generation = await engine.generate(request(), () => {});
    expect(clock.time).toBeCloseTo(1_240, 6);
    expect(generation.timings.totalMs).toBe(12_400);
    expect(generation.usage.completionTokens).toBe(337);
  });

  it('answers repeated identical requests with the next recorded call each time', async () => {
    const { engine } = await loaded(new FakeClock(), 1000);
    const tokens: number[] = [];
    for (let i = 0; i < 7; i++) tokens.push((await engine.generate(request(), () => {})).usage.completionTokens);
    // baseline, then diverse sampling (3), then best-of-N (3): all share the plain messages.
    expect(tokens).toEqual([337, 351, 357, 394, 391, 391, 391]);
    await expect(engine.generate(request(), () => {})).rejects.toSatisfy((e) => engineErrorKind(e) === 'replay-mismatch');
  });

  it('loading again rewinds the recording', async () => {
    const { engine } = await loaded(new FakeClock(), 1000);
    await engine.generate(request(), () => {});
    await engine.load(model(1000), () => {});
    expect((await engine.generate(request(), () => {})).usage.completionTokens).toBe(337);
  });

  it('stops promptly when cancelled and returns the partial generation', async () => {
    const clock = new FakeClock();
    const { engine } = await loaded(clock);
    const controller = new AbortController();
    clock.afterSleep = (count) => {
      if (count === 100) controller.abort();
    };
    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(request(), (d) => deltas.push(d), controller.signal);

    expect(generation.finishReason).toBe('abort');
    expect(clock.sleeps.length).toBe(100);
    const streamed = deltas.reduce((sum, d) => sum + d.tokens, 0);
    expect(generation.usage.completionTokens).toBe(streamed);
    expect(streamed).toBeGreaterThan(0);
    expect(streamed).toBeLessThan(337);
    expect(generation.text).toBe(deltas.map((d) => d.text).join(''));
    // The 100th tick was interrupted, so 99 ticks of 50 ms were played.
    expect(generation.timings.totalMs).toBe(99 * 50);
    expect(streamed).toBe(Math.round((337 * 99 * 50) / 12_400));
  });

  it('returns at once for a request whose signal is already aborted', async () => {
    const { engine, clock } = await loaded();
    const generation = await engine.generate(request(), () => {}, AbortSignal.abort());
    expect(generation).toMatchObject({ finishReason: 'abort', text: '', usage: { completionTokens: 0 } });
    expect(clock.sleeps).toEqual([]);
  });

  it('fails with machine-readable kinds', async () => {
    const engine = new ReplayEngine(new FakeClock());
    const kindOf = (promise: Promise<unknown>) => promise.then(() => null, engineErrorKind);

    expect(await kindOf(engine.generate(request(), () => {}))).toBe('not-loaded');
    expect(await kindOf(engine.load({ engine: 'replay', recordingId: 'nope', speed: 1 }, () => {}))).toBe('unknown-recording');
    expect(await kindOf(engine.load(model(0), () => {}))).toBe('unsupported-model');
    expect(await kindOf(engine.load({ engine: 'webllm', modelId: 'x' }, () => {}))).toBe('unsupported-model');
    expect(await kindOf(engine.load(model(), () => {}, AbortSignal.abort()))).toBe('aborted');

    await engine.load(model(), () => {});
    const other = [{ role: 'user' as const, content: 'something never recorded' }];
    expect(await kindOf(engine.generate(request(other), () => {}))).toBe('replay-mismatch');
    await engine.unload();
    expect(await kindOf(engine.generate(request(), () => {}))).toBe('not-loaded');
  });
});
