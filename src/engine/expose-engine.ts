import { expose, releaseProxy, type Remote } from 'comlink';
import { installTransferHandlers } from '../rpc/transfer-handlers';
import type { Engine } from './engine';

/**
 * Worker side of an engine: exposes `engine` to the thread that created this worker. Callbacks
 * arrive as comlink proxies on channels of their own; a call resolves only after its last callback
 * was delivered (so no token arrives after the generation it belongs to), then releases them.
 */
export function exposeEngine(engine: Engine, endpoint?: Parameters<typeof expose>[1]): void {
  installTransferHandlers();
  const api: Engine = {
    capabilities: () => engine.capabilities(),
    load: (model, onProgress, signal) =>
      withDeliveredCallback(onProgress, (deliver) => engine.load(model, deliver, signal)),
    generate: (request, onToken, signal) =>
      withDeliveredCallback(onToken, (deliver) => engine.generate(request, deliver, signal)),
    unload: () => engine.unload(),
  };
  expose(api, endpoint);
}

async function withDeliveredCallback<A, T>(
  callback: (arg: A) => void,
  run: (deliver: (arg: A) => void) => Promise<T>,
): Promise<T> {
  // On this side of the boundary the callback is a comlink proxy: calling it posts a message.
  const remote = callback as unknown as Remote<(arg: A) => void>;
  const post = remote as unknown as (arg: A) => Promise<void> | undefined;
  // Calls through one proxy are delivered in order, so the last one settling means all have.
  let last: Promise<unknown> = Promise.resolve();
  try {
    return await run((arg) => {
      last = Promise.resolve(post(arg));
    });
  } finally {
    await last.catch(() => {});
    remote[releaseProxy]?.();
  }
}
