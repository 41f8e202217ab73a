import type { Task } from '../task';

/** Exact for all of u64: f64 rounding is off near 2^64 and mid * mid overflows in a naive binary search. */
export const integerSqrtTask: Task = {
  schemaVersion: 1,
  id: 'integer-sqrt',
  title: 'Integer square root',
  prompt: 'Write a Rust function `isqrt(n: u64) -> u64` that returns the floor of the square root of n, exactly, for every u64 (including u64::MAX).',
  signature: 'fn isqrt(n: u64) -> u64',
  publicExamples: [
    { call: 'isqrt(16)', expected: '4' },
    { call: 'isqrt(15)', expected: '3' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(isqrt(0), 0);
    assert_eq!(isqrt(1), 1);
    assert_eq!(isqrt(2), 1);
    assert_eq!(isqrt(4), 2);
    assert_eq!(isqrt(1_000_000_000_000_000_000), 1_000_000_000);
    assert_eq!(isqrt(999_999_999_999_999_999), 999_999_999);
    assert_eq!(isqrt(18446744065119617025), 4294967295);
    assert_eq!(isqrt(18446744065119617024), 4294967294);
    assert_eq!(isqrt(u64::MAX), 4294967295);
}
`,
  difficulty: 'hard',
  referenceSolution: `fn isqrt(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut lo: u64 = 1;
    let mut hi: u64 = if n < 4294967295 { n } else { 4294967295 };
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid <= n / mid {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}`,
};
