import { describe, expect, it } from 'vitest';
import { summarizeRun } from '../../src/core/run-summary';
import type { ReplayEvent } from '../../src/engine/replay/replay-recording';
import { FakeClock } from './helpers/fake-clock';
import { replayOriginal } from './helpers/original-run';

describe('replaying the original experiment', () => {
  it('produces a complete run with the four strategies and their recorded costs', async () => {
    const run = await replayOriginal();
    expect(run).toMatchObject({
      schemaVersion: 1,
      id: 'run-1',
      createdAt: '2026-01-02T03:04:05.000Z',
      status: 'complete',
      source: { kind: 'recording', recordingId: 'original-experiment' },
    });
    expect(run.results.map((r) => [r.strategyId, r.cost.calls, r.cost.completionTokens, r.cost.wallMs])).toEqual([
      ['baseline', 1, 337, 12_400],
      ['reread', 1, 503, 17_000],
      ['diverse-sampling', 3, 1102, 36_000],
      ['best-of-n', 3, 1173, 39_500],
    ]);
  });

  it("keeps the original's selections, including best-of-N's empty answer", async () => {
    const run = await replayOriginal();
    const selection = (id: string) => run.results.find((r) => r.strategyId === id)!.selection;
    expect(selection('baseline').code).toContain('for I in 2..=num');
    expect(selection('reread').code).toContain('use num::{is_prime, Primitive};');
    expect(selection('diverse-sampling')).toMatchObject({ index: 0 });
    expect(selection('best-of-n')).toMatchObject({ index: 0, code: '' });
  });

  it("reproduces the original's summary table: tokens, time, speed, cost", async () => {
    const rows = summarizeRun(await replayOriginal());
    expect(
      rows.map((r) => [r.label, r.completionTokens, r.seconds, Math.round(r.tokensPerSecond), r.callsVsBaseline]),
    ).toEqual([
      ['Baseline', 337, 12.4, 27, 1],
      ['ReRead', 503, 17, 30, 1],
      ['Diverse Sampling', 1102, 36, 31, 3],
      ['Best-of-N', 1173, 39.5, 30, 3],
    ]);
    expect(rows.map((r) => r.tokensVsBaseline!.toFixed(2))).toEqual(['1.00', '1.49', '3.27', '3.48']);
    expect(rows.every((r) => r.verdict === null)).toBe(true);
  });

  it('reports each call starting, streaming and finishing, in order', async () => {
    const events: ReplayEvent[] = [];
    await replayOriginal({ onEvent: (e) => events.push(e) });
    const starts = events.filter((e) => e.type === 'call-started').map((e) => `${e.runIndex}.${e.callIndex}`);
    expect(starts).toEqual(['0.0', '1.0', '2.0', '2.1', '2.2', '3.0', '3.1', '3.2']);
    const baselineTokens = events
      .filter((e) => e.type === 'delta' && e.runIndex === 0)
      .reduce((sum, e) => sum + (e.type === 'delta' ? e.delta.tokens : 0), 0);
    expect(baselineTokens).toBe(337);
  });

  it('comes back cancelled with only the strategies that finished when aborted', async () => {
    const controller = new AbortController();
    const clock = new FakeClock();
    // Baseline (248 ticks) and ReRead (340 ticks) finish; diverse sampling is interrupted.
    clock.afterSleep = (count) => {
      if (count === 248 + 340 + 10) controller.abort();
    };
    const run = await replayOriginal({ signal: controller.signal }, clock);
    expect(run.status).toBe('cancelled');
    expect(run.results.map((r) => r.strategyId)).toEqual(['baseline', 'reread']);
  });
});
