import type { Task } from '../task';

/** The power is the number of digits (not always 3), and the sum can exceed u32 for ten-digit inputs. */
export const armstrongNumberTask: Task = {
  schemaVersion: 1,
  id: 'armstrong-number',
  title: 'Armstrong number',
  prompt: 'Write a Rust function `is_armstrong(n: u32) -> bool` that returns true when n equals the sum of its digits each raised to the power of the number of digits, like 153 = 1³ + 5³ + 3³.',
  signature: 'fn is_armstrong(n: u32) -> bool',
  publicExamples: [
    { call: 'is_armstrong(153)', expected: 'true' },
    { call: 'is_armstrong(154)', expected: 'false' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(is_armstrong(0), true);
    assert_eq!(is_armstrong(1), true);
    assert_eq!(is_armstrong(9), true);
    assert_eq!(is_armstrong(10), false);
    assert_eq!(is_armstrong(370), true);
    assert_eq!(is_armstrong(9474), true);
    assert_eq!(is_armstrong(9475), false);
    assert_eq!(is_armstrong(4294967295), false);
}
`,
  difficulty: 'medium',
  referenceSolution: `fn is_armstrong(n: u32) -> bool {
    let digits: Vec<u64> = n.to_string().chars().map(|c| c.to_digit(10).unwrap() as u64).collect();
    let power = digits.len() as u32;
    let mut sum: u64 = 0;
    for d in digits {
        sum += d.pow(power);
    }
    sum == n as u64
}`,
};
