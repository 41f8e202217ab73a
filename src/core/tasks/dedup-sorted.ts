import type { Task } from '../task';

/** The last run must be kept, and the empty slice must not underflow an index. */
export const dedupSortedTask: Task = {
  schemaVersion: 1,
  id: 'dedup-sorted',
  title: 'Remove duplicates from a sorted list',
  prompt: 'Write a Rust function `dedup_sorted(v: &[i32]) -> Vec<i32>` that takes a sorted slice and returns its values with duplicates removed, keeping one of each.',
  signature: 'fn dedup_sorted(v: &[i32]) -> Vec<i32>',
  publicExamples: [
    { call: 'dedup_sorted(&[1, 1, 2, 3, 3])', expected: 'vec![1, 2, 3]' },
    { call: 'dedup_sorted(&[4, 5])', expected: 'vec![4, 5]' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(dedup_sorted(&[]), Vec::<i32>::new());
    assert_eq!(dedup_sorted(&[1]), vec![1]);
    assert_eq!(dedup_sorted(&[2, 2, 2]), vec![2]);
    assert_eq!(dedup_sorted(&[-3, -3, 0, 2, 2, 2, 5]), vec![-3, 0, 2, 5]);
    assert_eq!(dedup_sorted(&[1, 2, 3]), vec![1, 2, 3]);
    assert_eq!(dedup_sorted(&[1, 2, 2]), vec![1, 2]);
    assert_eq!(dedup_sorted(&[i32::MIN, i32::MIN, i32::MAX]), vec![i32::MIN, i32::MAX]);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn dedup_sorted(v: &[i32]) -> Vec<i32> {
    let mut out: Vec<i32> = Vec::new();
    for &x in v {
        if out.last() != Some(&x) {
            out.push(x);
        }
    }
    out
}`,
};
