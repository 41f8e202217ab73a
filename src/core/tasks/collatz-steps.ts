import type { Task } from '../task';

/** 1 takes zero steps and 0 never reaches 1; counting the starting number is the usual off-by-one. */
export const collatzStepsTask: Task = {
  schemaVersion: 1,
  id: 'collatz-steps',
  title: 'Collatz steps',
  prompt: 'Write a Rust function `collatz_steps(n: u64) -> Option<u32>` that returns how many steps of the Collatz rule (n / 2 when even, 3n + 1 when odd) it takes to reach 1, or None when n is 0.',
  signature: 'fn collatz_steps(n: u64) -> Option<u32>',
  publicExamples: [
    { call: 'collatz_steps(6)', expected: 'Some(8)' },
    { call: 'collatz_steps(0)', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(collatz_steps(0), None);
    assert_eq!(collatz_steps(1), Some(0));
    assert_eq!(collatz_steps(2), Some(1));
    assert_eq!(collatz_steps(3), Some(7));
    assert_eq!(collatz_steps(27), Some(111));
    assert_eq!(collatz_steps(837799), Some(524));
    assert_eq!(collatz_steps(1 << 40), Some(40));
}
`,
  difficulty: 'medium',
  referenceSolution: `fn collatz_steps(n: u64) -> Option<u32> {
    if n == 0 {
        return None;
    }
    let mut n = n;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    Some(steps)
}`,
};
