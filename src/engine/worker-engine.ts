import { proxy } from 'comlink';
import type { Generation, GenerationRequest, TokenDelta } from '../core/generation';
import type { ModelRef } from '../core/model';
import { WorkerClient } from '../rpc/worker-client';
import type { Engine, EngineCapabilities, LoadProgress } from './engine';
import { EngineError } from './engine-error';

/** An Engine that runs in a worker: the main-thread side of `exposeEngine`. */
export class WorkerEngine implements Engine {
  readonly #client: WorkerClient<Engine>;

  constructor(worker: Worker) {
    this.#client = new WorkerClient<Engine>(
      worker,
      (detail) => new EngineError('worker-crashed', `The engine worker stopped: ${detail}`),
    );
  }

  capabilities(): Promise<EngineCapabilities> {
    return this.#client.call((remote) => remote.capabilities());
  }

  load(model: ModelRef, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    return this.#client.call((remote, s) => remote.load(model, proxy(onProgress), s), signal);
  }

  generate(request: GenerationRequest, onToken: (delta: TokenDelta) => void, signal?: AbortSignal): Promise<Generation> {
    return this.#client.call((remote, s) => remote.generate(request, proxy(onToken), s), signal);
  }

  unload(): Promise<void> {
    return this.#client.call((remote) => remote.unload());
  }

  /** Ends the worker; the engine cannot be used afterwards. */
  dispose(): void {
    this.#client.terminate();
  }
}
