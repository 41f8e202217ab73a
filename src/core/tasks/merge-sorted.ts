import type { Task } from '../task';

/** Whatever is left of either list after the main loop must be appended; duplicates are kept. */
export const mergeSortedTask: Task = {
  schemaVersion: 1,
  id: 'merge-sorted',
  title: 'Merge two sorted lists',
  prompt: 'Write a Rust function `merge_sorted(a: &[i32], b: &[i32]) -> Vec<i32>` that merges two slices sorted in ascending order into one sorted Vec, keeping duplicates.',
  signature: 'fn merge_sorted(a: &[i32], b: &[i32]) -> Vec<i32>',
  publicExamples: [
    { call: 'merge_sorted(&[1, 3, 5], &[2, 4, 6])', expected: 'vec![1, 2, 3, 4, 5, 6]' },
    { call: 'merge_sorted(&[1, 2], &[])', expected: 'vec![1, 2]' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(merge_sorted(&[], &[]), Vec::<i32>::new());
    assert_eq!(merge_sorted(&[], &[2]), vec![2]);
    assert_eq!(merge_sorted(&[1, 1], &[1]), vec![1, 1, 1]);
    assert_eq!(merge_sorted(&[1, 2, 3], &[4, 5, 6]), vec![1, 2, 3, 4, 5, 6]);
    assert_eq!(merge_sorted(&[4, 5, 6], &[1, 2, 3]), vec![1, 2, 3, 4, 5, 6]);
    assert_eq!(merge_sorted(&[-5, 0], &[-10, 10]), vec![-10, -5, 0, 10]);
    assert_eq!(merge_sorted(&[1, 9], &[2, 3, 4, 5]), vec![1, 2, 3, 4, 5, 9]);
}
`,
  difficulty: 'medium',
  referenceSolution: `fn merge_sorted(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut i = 0;
    let mut j = 0;
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}`,
};
