import { describe, expect, it } from 'vitest';
import { planReplay, type Recording } from '../../src/engine/replay/recording';
import { originalExperiment } from '../../src/engine/replay/recordings/original-experiment';

describe('planReplay on the original experiment', () => {
  const plan = planReplay(originalExperiment);
  const byStrategy = (id: string) => plan.filter((item) => item.strategyId === id);

  it('plays every recorded call, in order: 1 + 1 + 3 + 3', () => {
    expect(plan.map((item) => `${item.strategyId}#${item.callIndex}`)).toEqual([
      'baseline#0',
      'reread#0',
      'diverse-sampling#0',
      'diverse-sampling#1',
      'diverse-sampling#2',
      'best-of-n#0',
      'best-of-n#1',
      'best-of-n#2',
    ]);
  });

  it('keeps recorded figures as they are and does not flag them', () => {
    const [baseline] = byStrategy('baseline');
    expect(baseline).toMatchObject({ completionTokens: 337, recordedMs: 12_400, derived: { tokens: false, time: false } });
    expect(byStrategy('diverse-sampling').map((item) => item.completionTokens)).toEqual([351, 357, 394]);
  });

  it('derives per-call times from the total in proportion to tokens, summing exactly to it', () => {
    const diverse = byStrategy('diverse-sampling');
    expect(diverse.every((item) => item.derived.time && !item.derived.tokens)).toBe(true);
    expect(diverse.reduce((sum, item) => sum + item.recordedMs, 0)).toBe(36_000);
    expect(diverse[2]!.recordedMs).toBeGreaterThan(diverse[0]!.recordedMs);
  });

  it('splits unrecorded token counts evenly and flags them', () => {
    const bestOfN = byStrategy('best-of-n');
    expect(bestOfN.map((item) => item.completionTokens)).toEqual([391, 391, 391]);
    expect(bestOfN.reduce((sum, item) => sum + item.recordedMs, 0)).toBe(39_500);
    expect(bestOfN.every((item) => item.derived.tokens && item.derived.time)).toBe(true);
  });

  it('never invents text: unrecorded replies play as empty with coverage "none"', () => {
    expect(byStrategy('best-of-n').every((item) => item.text === '' && item.textCoverage === 'none')).toBe(true);
    const [selected, second] = byStrategy('diverse-sampling');
    expect(selected!.textCoverage).toBe('excerpt');
    expect(selected!.text).toContain('const PRIMES: [usize; 3]');
    expect(second!.text).toBe('');
  });

  it('records that no sampling parameter was sent', () => {
    expect(plan.every((item) => Object.values(item.sent).every((value) => value === null))).toBe(true);
  });

  it('gives rounding leftovers to the earliest unknown calls', () => {
    const recording: Recording = {
      ...originalExperiment,
      runs: [{ ...originalExperiment.runs[3]!, totals: { completionTokens: 10, seconds: 1 } }],
    };
    expect(planReplay(recording).map((item) => item.completionTokens)).toEqual([4, 3, 3]);
  });
});
