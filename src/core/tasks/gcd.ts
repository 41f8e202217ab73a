import type { Task } from '../task';

/** gcd(0, n) is n and gcd(0, 0) is 0; trial division from min(a, b) gets the zeros wrong. */
export const gcdTask: Task = {
  schemaVersion: 1,
  id: 'gcd',
  title: 'Greatest common divisor',
  prompt: 'Write a Rust function `gcd(a: u64, b: u64) -> u64` that returns the greatest common divisor of two numbers, with gcd(0, n) == n and gcd(0, 0) == 0.',
  signature: 'fn gcd(a: u64, b: u64) -> u64',
  publicExamples: [
    { call: 'gcd(12, 18)', expected: '6' },
    { call: 'gcd(17, 5)', expected: '1' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(gcd(0, 0), 0);
    assert_eq!(gcd(0, 5), 5);
    assert_eq!(gcd(5, 0), 5);
    assert_eq!(gcd(1, 1), 1);
    assert_eq!(gcd(48, 180), 12);
    assert_eq!(gcd(1071, 462), 21);
    assert_eq!(gcd(u64::MAX, u64::MAX), u64::MAX);
    assert_eq!(gcd(1 << 40, 1 << 20), 1 << 20);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn gcd(a: u64, b: u64) -> u64 {
    let mut a = a;
    let mut b = b;
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    a
}`,
};
