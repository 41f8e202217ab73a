import { describe, expect, it } from 'vitest';
import { engineErrorKind } from '../../src/engine/engine-error';
import { WorkerEngine } from '../../src/engine/worker-engine';

describe('a worker that dies', () => {
  it('fails pending calls with "worker-crashed" instead of hanging', async () => {
    const source = 'throw new Error("engine failed to start")';
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const engine = new WorkerEngine(new Worker(url, { type: 'module' }));
    try {
      const failure = await engine.capabilities().catch((e: unknown) => e);
      expect(engineErrorKind(failure)).toBe('worker-crashed');
      expect((failure as Error).message).toMatch(/engine worker stopped/);
    } finally {
      engine.dispose();
      URL.revokeObjectURL(url);
    }
  });
});
