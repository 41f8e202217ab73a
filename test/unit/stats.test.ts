import { describe, expect, it } from 'vitest';
import { mean, median, passAtK, wilsonInterval } from '../../src/core/stats';

function expectInterval(actual: [number, number], lo: number, hi: number, digits = 4): void {
  expect(actual[0]).toBeCloseTo(lo, digits);
  expect(actual[1]).toBeCloseTo(hi, digits);
}

describe('wilsonInterval', () => {
  it('8 of 10 → [0.4902, 0.9433]', () => {
    expectInterval(wilsonInterval(8, 10), 0.4902, 0.9433);
  });

  it('0 of 10 → exactly 0 below, 0.2775 above', () => {
    const [lo, hi] = wilsonInterval(0, 10);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.2775, 4);
  });

  it('10 of 10 → 0.7225 below, exactly 1 above', () => {
    const [lo, hi] = wilsonInterval(10, 10);
    expect(lo).toBeCloseTo(0.7225, 4);
    expect(hi).toBe(1);
  });

  it("matches Newcombe (1998), Table I, Wilson's method without continuity correction", () => {
    expectInterval(wilsonInterval(81, 263), 0.2553, 0.3662);
    expectInterval(wilsonInterval(15, 148), 0.0624, 0.1605);
    expectInterval(wilsonInterval(0, 20), 0, 0.1611);
    expectInterval(wilsonInterval(1, 29), 0.0061, 0.1718);
  });

  it('one of one: the interval is wide, as one sample deserves', () => {
    expectInterval(wilsonInterval(1, 1), 0.2065, 1);
  });

  it('no trials → [0, 1]', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('is symmetric: the interval for s/n mirrors the one for (n − s)/n', () => {
    const [lo, hi] = wilsonInterval(3, 17);
    const [mirrorLo, mirrorHi] = wilsonInterval(14, 17);
    expect(lo).toBeCloseTo(1 - mirrorHi, 12);
    expect(hi).toBeCloseTo(1 - mirrorLo, 12);
  });

  it('contains the observed rate and narrows as n grows', () => {
    const small = wilsonInterval(5, 10);
    const large = wilsonInterval(500, 1000);
    expect(small[0]).toBeLessThan(0.5);
    expect(small[1]).toBeGreaterThan(0.5);
    expect(large[1] - large[0]).toBeLessThan(small[1] - small[0]);
  });

  it('a larger z gives a wider interval (99% vs 95%)', () => {
    const ninetyFive = wilsonInterval(7, 20);
    const ninetyNine = wilsonInterval(7, 20, 2.575829);
    expect(ninetyNine[0]).toBeLessThan(ninetyFive[0]);
    expect(ninetyNine[1]).toBeGreaterThan(ninetyFive[1]);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });
});

/** C(n, k) exactly. */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/** pass@k by counting: the share of all k-subsets of n answers (c correct) with at least one correct. */
function bruteForcePassAtK(n: number, c: number, k: number): number {
  let withCorrect = 0;
  let total = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let size = 0;
    let correct = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        size++;
        if (i < c) correct++;
      }
    }
    if (size !== k) continue;
    total++;
    if (correct > 0) withCorrect++;
  }
  return withCorrect / total;
}

describe('passAtK', () => {
  it('pass@1 is the plain pass rate c/n', () => {
    for (const [n, c] of [[10, 3], [5, 0], [5, 5], [200, 37]] as const) {
      expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 12);
    }
  });

  it('hand-computed values', () => {
    expect(passAtK(5, 1, 2)).toBeCloseTo(1 - 6 / 10, 12); // 1 − C(4,2)/C(5,2)
    expect(passAtK(10, 3, 5)).toBeCloseTo(1 - 21 / 252, 12); // 1 − C(7,5)/C(10,5)
    expect(passAtK(4, 2, 2)).toBeCloseTo(1 - 1 / 6, 12);
  });

  it('agrees with counting every k-subset for all n ≤ 10', () => {
    for (let n = 1; n <= 10; n++) {
      for (let c = 0; c <= n; c++) {
        for (let k = 1; k <= n; k++) {
          expect(passAtK(n, c, k), `n=${n} c=${c} k=${k}`).toBeCloseTo(bruteForcePassAtK(n, c, k), 12);
        }
      }
    }
  });

  it('stays accurate where the binomials themselves overflow a double (n = 5000, k = 200)', () => {
    const n = 5000;
    const c = 150;
    const k = 200;
    expect(Number(choose(n, k))).toBe(Infinity); // C(5000, 200) > 10^308: exact only as a BigInt
    const scale = 10n ** 30n;
    const exactAllFail = Number((choose(n - c, k) * scale) / choose(n, k)) / Number(scale);
    expect(passAtK(n, c, k)).toBeCloseTo(1 - exactAllFail, 12);
  });

  it('is non-decreasing in k', () => {
    for (const [n, c] of [[20, 1], [20, 7], [50, 3]] as const) {
      let previous = 0;
      for (let k = 1; k <= n; k++) {
        const value = passAtK(n, c, k);
        expect(value).toBeGreaterThanOrEqual(previous);
        previous = value;
      }
    }
  });

  it('c = 0 → 0; fewer than k wrong answers → 1', () => {
    expect(passAtK(10, 0, 10)).toBe(0);
    expect(passAtK(10, 8, 3)).toBe(1); // only 2 wrong answers: any 3 include a correct one
    expect(passAtK(10, 10, 1)).toBe(1);
  });

  it('rejects k > n and other impossible arguments', () => {
    expect(() => passAtK(3, 1, 4)).toThrow(RangeError);
    expect(() => passAtK(3, 1, 0)).toThrow(RangeError);
    expect(() => passAtK(3, 4, 1)).toThrow(RangeError);
    expect(() => passAtK(0, 0, 1)).toThrow(RangeError);
  });
});

describe('mean and median', () => {
  it('mean', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([12.4])).toBe(12.4);
    expect(mean([])).toBeNaN();
  });

  it('median of odd and even counts, unsorted input left unchanged', () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 2])).toBe(6); // numeric, not lexicographic, order
    expect(median([])).toBeNaN();
  });
});
