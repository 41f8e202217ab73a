import { WorkerEngine } from '../worker-engine';

/** Starts the replay engine in its own worker. */
export function createReplayEngine(): WorkerEngine {
  return new WorkerEngine(
    new Worker(new URL('../../../workers/replay-engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'replay-engine',
    }),
  );
}
