import { WorkerEngine } from '../worker-engine';

/**
 * Starts the WebLLM engine in its own worker. Cheap: the worker imports web-llm (6 MB) only when
 * a model is loaded, or when capabilities are asked on a browser with a WebGPU adapter.
 */
export function createWebLlmEngine(): WorkerEngine {
  return new WorkerEngine(
    new Worker(new URL('../../../workers/webllm-engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'webllm-engine',
    }),
  );
}
