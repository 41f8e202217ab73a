import type { Task } from '../task';

/** 1 is not perfect (its only proper divisor sum is 0), the classic slip of divisor-pair loops. Values stay small enough for a simple loop. */
export const perfectNumberTask: Task = {
  schemaVersion: 1,
  id: 'perfect-number',
  title: 'Perfect number',
  prompt: 'Write a Rust function `is_perfect(n: u64) -> bool` that returns true when n equals the sum of its proper divisors (the divisors smaller than n), like 6 = 1 + 2 + 3.',
  signature: 'fn is_perfect(n: u64) -> bool',
  publicExamples: [
    { call: 'is_perfect(6)', expected: 'true' },
    { call: 'is_perfect(12)', expected: 'false' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(is_perfect(0), false);
    assert_eq!(is_perfect(1), false);
    assert_eq!(is_perfect(2), false);
    assert_eq!(is_perfect(28), true);
    assert_eq!(is_perfect(496), true);
    assert_eq!(is_perfect(8128), true);
    assert_eq!(is_perfect(8127), false);
    assert_eq!(is_perfect(24), false);
}
`,
  difficulty: 'medium',
  referenceSolution: `fn is_perfect(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut sum = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            sum += d;
            if d * d != n {
                sum += n / d;
            }
        }
        d += 1;
    }
    sum == n
}`,
};
