import type { Task } from '../task';

/**
 * The original experiment's task, its prompt verbatim. The original judged answers by eye; these
 * tests are Strategy Lab's. Calls use integer literals, so any integer parameter type compiles.
 */
export const isPrimeTask: Task = {
  schemaVersion: 1,
  id: 'is-prime',
  title: 'Is it prime?',
  prompt: 'Write a Rust function that checks if a number is prime. Keep it under 15 lines.',
  signature: 'fn is_prime(num: u32) -> bool',
  publicExamples: [
    { call: 'is_prime(7)', expected: 'true' },
    { call: 'is_prime(9)', expected: 'false' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(is_prime(0), false);
    assert_eq!(is_prime(1), false);
    assert_eq!(is_prime(2), true);
    assert_eq!(is_prime(3), true);
    assert_eq!(is_prime(4), false);
    assert_eq!(is_prime(17), true);
    assert_eq!(is_prime(25), false);
    assert_eq!(is_prime(97), true);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn is_prime(num: u32) -> bool {
    if num < 2 {
        return false;
    }
    let mut divisor = 2;
    while divisor * divisor <= num {
        if num % divisor == 0 {
            return false;
        }
        divisor += 1;
    }
    true
}`,
};
