import type { Verdict } from '../core/verdict';
import { WorkerClient } from '../rpc/worker-client';
import type { Judge, JudgeInput } from './judge';
import { DEFAULT_LIMITS } from './limits';
import type { JudgeWorkerApi } from './worker-api';

/** Margin over the interpreter's own time limit before the worker is presumed stuck. */
const HARD_TIMEOUT_MARGIN_MS = 3_000;

/**
 * The judge in its own worker. Running WASM and JS cannot be interrupted from outside, so a
 * cancel, or a judgement that overruns the hard timeout, terminates the worker and starts a
 * fresh one: the page never waits on a stuck judge.
 */
export class WorkerJudge implements Judge {
  #client: WorkerClient<JudgeWorkerApi> | null = null;

  constructor(
    private readonly spawn: () => Worker,
    private readonly hardTimeoutMs = DEFAULT_LIMITS.timeLimitMs + HARD_TIMEOUT_MARGIN_MS,
  ) {}

  /** Starts the worker and loads the parser before the first judgement needs it. */
  async warmUp(): Promise<void> {
    await this.#ensure().call((remote) => remote.warmUp());
  }

  async judge(input: JudgeInput, signal?: AbortSignal): Promise<Verdict> {
    const client = this.#ensure();
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = new Promise<'timeout' | 'aborted'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.hardTimeoutMs);
      if (signal?.aborted) resolve('aborted');
      signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    try {
      const verdict = client.call((remote) => remote.judge(input) as Promise<Verdict>);
      const outcome: Verdict | 'timeout' | 'aborted' = await Promise.race([verdict, stop]);
      if (typeof outcome !== 'string') return outcome;
      this.#restart();
      if (outcome === 'aborted') throw new DOMException('The judgement was cancelled.', 'AbortError');
      return { kind: 'timeout', limitMs: this.hardTimeoutMs, tests: [], judge: 'interpreter', ms: performance.now() - started, stdout: '' };
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    this.#client?.terminate();
    this.#client = null;
  }

  #ensure(): WorkerClient<JudgeWorkerApi> {
    this.#client ??= new WorkerClient<JudgeWorkerApi>(this.spawn(), (detail) => new Error(`The judge stopped: ${detail}`));
    return this.#client;
  }

  #restart(): void {
    this.#client?.terminate();
    this.#client = null;
  }
}

/** The judge in a module worker built by Vite. */
export function createWorkerJudge(): WorkerJudge {
  return new WorkerJudge(() => new Worker(new URL('../../workers/judge.worker.ts', import.meta.url), { type: 'module', name: 'judge' }));
}
