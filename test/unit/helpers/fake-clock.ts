import type { Clock } from '../../../src/core/clock';

/** A clock whose sleeps return at once and advance time by exactly what was asked. */
export class FakeClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];
  /** Called after every sleep, e.g. to abort after a number of ticks. */
  afterSleep: (sleepCount: number) => void = () => {};

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.time += ms;
    this.afterSleep(this.sleeps.length);
    if (signal?.aborted) throw signal.reason;
  }
}
