import type { Task } from '../task';

/** Empty input is None, and an all-negative input catches a maximum that starts at 0. */
export const findMaxTask: Task = {
  schemaVersion: 1,
  id: 'find-max',
  title: 'Largest value',
  prompt: 'Write a Rust function `find_max(v: &[i32]) -> Option<i32>` that returns the largest value in the slice, or None when it is empty.',
  signature: 'fn find_max(v: &[i32]) -> Option<i32>',
  publicExamples: [
    { call: 'find_max(&[3, 9, 2])', expected: 'Some(9)' },
    { call: 'find_max(&[])', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(find_max(&[]), None);
    assert_eq!(find_max(&[7]), Some(7));
    assert_eq!(find_max(&[-5, -2, -9]), Some(-2));
    assert_eq!(find_max(&[3, 3, 3]), Some(3));
    assert_eq!(find_max(&[1, 2, 3, 4, 5]), Some(5));
    assert_eq!(find_max(&[i32::MIN, i32::MAX, 0]), Some(i32::MAX));
    assert_eq!(find_max(&[i32::MIN]), Some(i32::MIN));
}
`,
  difficulty: 'easy',
  referenceSolution: `fn find_max(v: &[i32]) -> Option<i32> {
    let mut best: Option<i32> = None;
    for &x in v {
        best = match best {
            Some(b) if b >= x => Some(b),
            _ => Some(x),
        };
    }
    best
}`,
};
