import { expose, releaseProxy, type Remote } from 'comlink';
import { installTransferHandlers } from '../rpc/transfer-handlers';
import type { Engine } from './engine';

/**
 * Worker side of an engine: exposes `engine` to the thread that created this worker. Callbacks
 * arrive as comlink proxies; each is released once its call has finished.
 */
export function exposeEngine(engine: Engine, endpoint?: Parameters<typeof expose>[1]): void {
  installTransferHandlers();
  const api: Engine = {
    capabilities: () => engine.capabilities(),
    load: (model, onProgress, signal) =>
      releasingAfter(onProgress, () => engine.load(model, (progress) => void onProgress(progress), signal)),
    generate: (request, onToken, signal) =>
      releasingAfter(onToken, () => engine.generate(request, (delta) => void onToken(delta), signal)),
    unload: () => engine.unload(),
  };
  expose(api, endpoint);
}

async function releasingAfter<T>(callback: unknown, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    (callback as Remote<unknown>)[releaseProxy]?.();
  }
}
