import { WorkerEngine } from '../worker-engine';

/** Starts the CPU engine (llama.cpp in WebAssembly) in its own worker. */
export function createWllamaEngine(): WorkerEngine {
  return new WorkerEngine(
    new Worker(new URL('../../../workers/wllama-engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'wllama-engine',
    }),
  );
}
