import { releaseProxy, wrap, type Remote } from 'comlink';
import { installTransferHandlers } from './transfer-handlers';

/** The one way the main thread talks to a worker: a typed comlink remote, wrapped once. */
export class WorkerClient<Api> {
  readonly #worker: Worker;
  readonly #remote: Remote<Api>;
  readonly #crashed: Promise<never>;

  /**
   * @param worker a started module worker that `expose`s an `Api`
   * @param crashError builds the error every pending and later call rejects with if the worker dies
   */
  constructor(worker: Worker, crashError: (detail: string) => Error) {
    installTransferHandlers();
    this.#worker = worker;
    this.#remote = wrap<Api>(worker);
    this.#crashed = new Promise<never>((_, reject) => {
      const fail = (detail: string) => reject(crashError(detail));
      worker.addEventListener('error', (event) => {
        // Handled here: the failure reaches the caller, not the page's uncaught-error log.
        event.preventDefault();
        fail(event.message || 'the worker failed to start');
      });
      worker.addEventListener('messageerror', () => fail('a message could not be read'));
    });
    this.#crashed.catch(() => {});
  }

  /**
   * Calls the worker. The caller's signal is linked to a signal of the call's own, so that a
   * long-lived signal shared by many calls does not collect one listener per call.
   */
  async call<T>(invoke: (remote: Remote<Api>, signal: AbortSignal | undefined) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!signal) return Promise.race([invoke(this.#remote, undefined), this.#crashed]);
    const local = new AbortController();
    const forward = () => local.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    try {
      return await Promise.race([invoke(this.#remote, local.signal), this.#crashed]);
    } finally {
      signal.removeEventListener('abort', forward);
    }
  }

  /** Stops the worker at once; calls still running never complete. */
  terminate(): void {
    this.#remote[releaseProxy]();
    this.#worker.terminate();
  }
}
