import type { Task } from '../task';

/** Multiples of 15 must be checked before multiples of 3 or 5; 0 is a multiple of both. */
export const fizzbuzzTask: Task = {
  schemaVersion: 1,
  id: 'fizzbuzz',
  title: 'FizzBuzz',
  prompt: 'Write a Rust function `fizzbuzz(n: u32) -> String` that returns "Fizz" for multiples of 3, "Buzz" for multiples of 5, "FizzBuzz" for multiples of both, and the number itself otherwise.',
  signature: 'fn fizzbuzz(n: u32) -> String',
  publicExamples: [
    { call: 'fizzbuzz(3)', expected: '"Fizz"' },
    { call: 'fizzbuzz(7)', expected: '"7"' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(fizzbuzz(1), "1");
    assert_eq!(fizzbuzz(5), "Buzz");
    assert_eq!(fizzbuzz(9), "Fizz");
    assert_eq!(fizzbuzz(15), "FizzBuzz");
    assert_eq!(fizzbuzz(30), "FizzBuzz");
    assert_eq!(fizzbuzz(98), "98");
    assert_eq!(fizzbuzz(0), "FizzBuzz");
}
`,
  difficulty: 'easy',
  referenceSolution: `fn fizzbuzz(n: u32) -> String {
    if n % 15 == 0 {
        "FizzBuzz".to_string()
    } else if n % 3 == 0 {
        "Fizz".to_string()
    } else if n % 5 == 0 {
        "Buzz".to_string()
    } else {
        n.to_string()
    }
}`,
};
