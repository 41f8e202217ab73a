import type { Task } from '../task';

/** Starts at fibonacci(0) == 0; fibonacci(93) is the largest that fits in u64, so a loop that computes one term ahead overflows. */
export const fibonacciTask: Task = {
  schemaVersion: 1,
  id: 'fibonacci',
  title: 'Fibonacci number',
  prompt: 'Write a Rust function `fibonacci(n: u32) -> u64` that returns the n-th Fibonacci number, with fibonacci(0) == 0 and fibonacci(1) == 1. It must work for every n up to 93.',
  signature: 'fn fibonacci(n: u32) -> u64',
  publicExamples: [
    { call: 'fibonacci(10)', expected: '55' },
    { call: 'fibonacci(1)', expected: '1' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(fibonacci(0), 0);
    assert_eq!(fibonacci(1), 1);
    assert_eq!(fibonacci(2), 1);
    assert_eq!(fibonacci(3), 2);
    assert_eq!(fibonacci(20), 6765);
    assert_eq!(fibonacci(50), 12586269025);
    assert_eq!(fibonacci(93), 12200160415121876738);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn fibonacci(n: u32) -> u64 {
    if n == 0 {
        return 0;
    }
    let mut previous: u64 = 0;
    let mut current: u64 = 1;
    for _ in 1..n {
        let next = previous + current;
        previous = current;
        current = next;
    }
    current
}`,
};
