import type { Task } from '../task';

/** 0! is 1 and 20! is the largest factorial that fits in u64. */
export const factorialTask: Task = {
  schemaVersion: 1,
  id: 'factorial',
  title: 'Factorial',
  prompt: 'Write a Rust function `factorial(n: u64) -> u64` that returns n! for n from 0 to 20.',
  signature: 'fn factorial(n: u64) -> u64',
  publicExamples: [
    { call: 'factorial(5)', expected: '120' },
    { call: 'factorial(3)', expected: '6' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(factorial(0), 1);
    assert_eq!(factorial(1), 1);
    assert_eq!(factorial(2), 2);
    assert_eq!(factorial(10), 3628800);
    assert_eq!(factorial(20), 2432902008176640000);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn factorial(n: u64) -> u64 {
    let mut result: u64 = 1;
    for i in 2..=n {
        result *= i;
    }
    result
}`,
};
