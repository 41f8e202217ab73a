import { transferHandlers, type TransferHandler } from 'comlink';

/**
 * Lets an AbortSignal cross a worker boundary as a function argument: the receiving side gets a
 * signal of its own that aborts when the sender's does, via a dedicated MessageChannel.
 */
const abortSignalHandler: TransferHandler<AbortSignal, MessagePort> = {
  canHandle: (value): value is AbortSignal => value instanceof AbortSignal,
  serialize(signal) {
    const { port1, port2 } = new MessageChannel();
    const notify = () => {
      port1.postMessage(null);
      port1.close();
    };
    if (signal.aborted) notify();
    else signal.addEventListener('abort', notify, { once: true });
    return [port2, [port2]];
  },
  deserialize(port) {
    const controller = new AbortController();
    port.onmessage = () => {
      controller.abort(new DOMException('The operation was aborted.', 'AbortError'));
      port.close();
    };
    return controller.signal;
  },
};

/**
 * Comlink rebuilds thrown errors from their name, message and stack only. Failures in this product
 * carry a machine-readable `kind` as well; keep it, so the other side can still tell them apart.
 */
function keepErrorKind(builtin: TransferHandler<unknown, unknown>): TransferHandler<unknown, unknown> {
  return {
    canHandle: builtin.canHandle,
    serialize(thrown) {
      const [wire, transferables] = builtin.serialize(thrown);
      const error = (thrown as { value?: unknown }).value;
      const kind = error instanceof Error ? (error as { kind?: unknown }).kind : undefined;
      if (typeof kind === 'string') (wire as { value: Record<string, unknown> }).value.kind = kind;
      return [wire, transferables];
    },
    deserialize: builtin.deserialize,
  };
}

let installed = false;

/** Registers this product's comlink transfer handlers. Both sides of every worker call it once. */
export function installTransferHandlers(): void {
  if (installed) return;
  installed = true;
  transferHandlers.set('abort-signal', abortSignalHandler as TransferHandler<unknown, unknown>);
  const builtinThrow = transferHandlers.get('throw');
  if (builtinThrow) transferHandlers.set('throw', keepErrorKind(builtinThrow));
}
