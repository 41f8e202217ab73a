import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerJudge, WorkerJudge } from '../../src/judge/worker-judge';

/* The judge in its worker, in Chromium: real verdicts, and a stuck or cancelled judge is replaced. */

const judges: WorkerJudge[] = [];
afterEach(() => judges.splice(0).forEach((j) => j.dispose()));

/** A worker that speaks comlink but never answers a judgement (a judge stuck in a loop). */
function stuckWorker(): Worker {
  const source = `
    self.addEventListener('message', () => {});
  `;
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

describe('WorkerJudge', () => {
  it('judges whole programs in the worker', async () => {
    const judge = createWorkerJudge();
    judges.push(judge);
    const pass = await judge.judge({ kind: 'program', source: 'fn double(x: i32) -> i32 { x * 2 }\nfn main() { assert_eq!(double(4), 8); }' });
    expect(pass).toMatchObject({ kind: 'pass', judge: 'interpreter' });
    const wrong = await judge.judge({ kind: 'program', source: 'fn double(x: i32) -> i32 { x + 2 }\nfn main() { assert_eq!(double(4), 8); }' });
    expect(wrong.kind).toBe('wrong_answer');
  });

  it('turns a judgement that overruns the hard timeout into a timeout, and starts a fresh worker', async () => {
    let spawned = 0;
    const judge = new WorkerJudge(() => {
      spawned++;
      return stuckWorker();
    }, 300);
    judges.push(judge);
    const verdict = await judge.judge({ kind: 'program', source: 'fn main() {}' });
    expect(verdict).toMatchObject({ kind: 'timeout', limitMs: 300 });
    await judge.judge({ kind: 'program', source: 'fn main() {}' });
    expect(spawned).toBe(2);
  });

  it('cancels by terminating the worker: the call rejects with AbortError', async () => {
    let spawned = 0;
    const judge = new WorkerJudge(() => {
      spawned++;
      return stuckWorker();
    }, 60_000);
    judges.push(judge);
    const controller = new AbortController();
    const pending = judge.judge({ kind: 'program', source: 'fn main() {}' }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const again = judge.judge({ kind: 'program', source: 'fn main() {}' }, AbortSignal.timeout(50));
    await expect(again).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned).toBe(2);
  });
});
