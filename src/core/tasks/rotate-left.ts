import type { Task } from '../task';

/** k may exceed the length, and k % len divides by zero on an empty slice. */
export const rotateLeftTask: Task = {
  schemaVersion: 1,
  id: 'rotate-left',
  title: 'Rotate a list left',
  prompt: 'Write a Rust function `rotate_left(v: &[i32], k: usize) -> Vec<i32>` that returns the values rotated left by k places (the first k move to the end). k may be larger than the length; an empty slice gives an empty Vec.',
  signature: 'fn rotate_left(v: &[i32], k: usize) -> Vec<i32>',
  publicExamples: [
    { call: 'rotate_left(&[1, 2, 3, 4, 5], 2)', expected: 'vec![3, 4, 5, 1, 2]' },
    { call: 'rotate_left(&[1, 2, 3], 0)', expected: 'vec![1, 2, 3]' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(rotate_left(&[], 3), Vec::<i32>::new());
    assert_eq!(rotate_left(&[], 0), Vec::<i32>::new());
    assert_eq!(rotate_left(&[1], 100), vec![1]);
    assert_eq!(rotate_left(&[1, 2, 3, 4, 5], 5), vec![1, 2, 3, 4, 5]);
    assert_eq!(rotate_left(&[1, 2, 3, 4, 5], 7), vec![3, 4, 5, 1, 2]);
    assert_eq!(rotate_left(&[1, 2, 3, 4, 5], 4), vec![5, 1, 2, 3, 4]);
    assert_eq!(rotate_left(&[-1, 0, 1], 1), vec![0, 1, -1]);
}
`,
  difficulty: 'medium',
  referenceSolution: `fn rotate_left(v: &[i32], k: usize) -> Vec<i32> {
    if v.is_empty() {
        return Vec::new();
    }
    let k = k % v.len();
    let mut out = v[k..].to_vec();
    out.extend_from_slice(&v[..k]);
    out
}`,
};
