/*
 * Statistics for comparing strategies over repeated trials. One sample per strategy (what the
 * original experiment had) says almost nothing; these say how much a pass rate can be trusted.
 */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

function assertCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

/**
 * Wilson score interval for a pass rate of `successes` out of `n` trials. Unlike the normal
 * approximation it stays inside [0, 1] and is honest at 0/n and n/n, which small samples often hit.
 * With no trials nothing is known: [0, 1].
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): [number, number] {
  assertCount('n', n, 0, Number.MAX_SAFE_INTEGER);
  assertCount('successes', successes, 0, n);
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Exact bounds at the edges; the formula gives them only up to rounding.
  const lo = successes === 0 ? 0 : Math.max(0, center - half);
  const hi = successes === n ? 1 : Math.min(1, center + half);
  return [lo, hi];
}

/**
 * Unbiased estimate of pass@k (Chen et al. 2021, "Evaluating Large Language Models Trained on
 * Code"): the chance that at least one of k answers drawn without replacement from n generated
 * ones, c of them correct, passes. 1 − C(n−c, k)/C(n, k), computed as a product so that large n
 * does not overflow. Throws RangeError when k > n or a count is out of range.
 */
export function passAtK(n: number, c: number, k: number): number {
  assertCount('n', n, 0, Number.MAX_SAFE_INTEGER);
  assertCount('c', c, 0, n);
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(`k must be an integer in [1, n = ${n}], got ${k}`);
  }
  if (c === 0) return 0;
  if (n - c < k) return 1;
  // C(n−c, k)/C(n, k) = ∏_{i=n−c+1}^{n} (1 − k/i)
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i++) allFail *= 1 - k / i;
  return 1 - allFail;
}

/** Arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Median (the mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
