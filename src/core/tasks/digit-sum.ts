import type { Task } from '../task';

/** Negative numbers use their absolute value; i64::MIN has no i64 absolute value, so abs() overflows. */
export const digitSumTask: Task = {
  schemaVersion: 1,
  id: 'digit-sum',
  title: 'Sum of digits',
  prompt: 'Write a Rust function `digit_sum(n: i64) -> u32` that returns the sum of the decimal digits of n, ignoring its sign (digit_sum(-123) == 6).',
  signature: 'fn digit_sum(n: i64) -> u32',
  publicExamples: [
    { call: 'digit_sum(12345)', expected: '15' },
    { call: 'digit_sum(-123)', expected: '6' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(digit_sum(0), 0);
    assert_eq!(digit_sum(7), 7);
    assert_eq!(digit_sum(-7), 7);
    assert_eq!(digit_sum(1000), 1);
    assert_eq!(digit_sum(999999999999), 108);
    assert_eq!(digit_sum(i64::MAX), 88);
    assert_eq!(digit_sum(i64::MIN), 89);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn digit_sum(n: i64) -> u32 {
    let mut m = n.unsigned_abs();
    let mut sum = 0;
    while m > 0 {
        sum += (m % 10) as u32;
        m /= 10;
    }
    sum
}`,
};
