import { afterEach, describe, expect, it } from 'vitest';
import type { TokenDelta } from '../../src/core/generation';
import type { LoadProgress } from '../../src/engine/engine';
import { engineErrorKind } from '../../src/engine/engine-error';
import { exposeEngine } from '../../src/engine/expose-engine';
import { ReplayEngine } from '../../src/engine/replay/replay-engine';
import { WorkerEngine } from '../../src/engine/worker-engine';
import { baselineCall, originalModel, requestFor } from '../fixtures/replay';

/*
 * The engine protocol over a real MessageChannel, as between the main thread and a worker: the
 * same comlink wiring and transfer handlers, in one process.
 */

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((port) => port.close()));

function connected(): WorkerEngine {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  exposeEngine(new ReplayEngine(), port1);
  return new WorkerEngine(port2 as unknown as Worker);
}

const baseline = baselineCall;
const request = requestFor();
const model = originalModel;

describe('an engine across the worker boundary', () => {
  it('reports load progress and streams tokens through proxied callbacks', async () => {
    const engine = connected();
    const progress: LoadProgress[] = [];
    await engine.load(model(200), (p) => progress.push(p));
    expect(progress.map((p) => p.phase)).toEqual(['ready']);

    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(request, (d) => deltas.push(d));
    expect(generation.usage.completionTokens).toBe(337);
    expect(generation.text).toBe(baseline.text);
    // Callbacks are delivered before the call's result.
    expect(deltas.reduce((sum, d) => sum + d.tokens, 0)).toBe(337);
  });

  it('carries an AbortSignal across: the remote generation stops and returns what it had', async () => {
    const engine = connected();
    await engine.load(model(1), () => {});
    const controller = new AbortController();
    let streamed = 0;
    const pending = engine.generate(request, (d) => {
      streamed += d.tokens;
      if (streamed >= 5) controller.abort();
    }, controller.signal);
    const generation = await pending;
    expect(generation.finishReason).toBe('abort');
    expect(generation.usage.completionTokens).toBeGreaterThanOrEqual(5);
    expect(generation.usage.completionTokens).toBeLessThan(337);
  });

  it('a signal shared by many calls does not keep a listener per finished call', async () => {
    const engine = connected();
    await engine.load(model(10_000), () => {});
    const shared = new AbortController();
    let added = 0;
    let removed = 0;
    const add = shared.signal.addEventListener.bind(shared.signal);
    const remove = shared.signal.removeEventListener.bind(shared.signal);
    shared.signal.addEventListener = ((...args: Parameters<typeof add>) => (added++, add(...args))) as typeof add;
    shared.signal.removeEventListener = ((...args: Parameters<typeof remove>) => (removed++, remove(...args))) as typeof remove;
    await engine.generate(request, () => {}, shared.signal);
    await engine.generate(request, () => {}, shared.signal);
    expect(added).toBe(2);
    expect(removed).toBe(2);
  });

  it('keeps the machine-readable kind of a failure', async () => {
    const engine = connected();
    const failure = await engine.generate(request, () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(failure)).toBe('not-loaded');
    expect((failure as Error).message).toMatch(/Load a recording/);
    const unknown = await engine.load({ engine: 'replay', recordingId: 'missing', speed: 1 }, () => {}).catch((e: unknown) => e);
    expect(engineErrorKind(unknown)).toBe('unknown-recording');
  });
});
