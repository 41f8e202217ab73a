import type { Task } from '../task';

/** The empty slice, the first and last positions and absent values on either side are the usual off-by-one traps. */
export const binarySearchTask: Task = {
  schemaVersion: 1,
  id: 'binary-search',
  title: 'Binary search',
  prompt: 'Write a Rust function `binary_search(v: &[i32], target: i32) -> Option<usize>` that finds target in a slice sorted in ascending order (no duplicates) using binary search, returning its index or None.',
  signature: 'fn binary_search(v: &[i32], target: i32) -> Option<usize>',
  publicExamples: [
    { call: 'binary_search(&[1, 3, 5, 7], 5)', expected: 'Some(2)' },
    { call: 'binary_search(&[1, 3, 5, 7], 4)', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(binary_search(&[], 5), None);
    assert_eq!(binary_search(&[5], 5), Some(0));
    assert_eq!(binary_search(&[5], 6), None);
    assert_eq!(binary_search(&[1, 3, 5, 7], 1), Some(0));
    assert_eq!(binary_search(&[1, 3, 5, 7], 7), Some(3));
    assert_eq!(binary_search(&[1, 3, 5, 7], 0), None);
    assert_eq!(binary_search(&[1, 3, 5, 7], 8), None);
    assert_eq!(binary_search(&[i32::MIN, -1, 0, i32::MAX], i32::MAX), Some(3));
    assert_eq!(binary_search(&[i32::MIN, -1, 0, i32::MAX], i32::MIN), Some(0));
}
`,
  difficulty: 'medium',
  referenceSolution: `fn binary_search(v: &[i32], target: i32) -> Option<usize> {
    let mut lo = 0;
    let mut hi = v.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Some(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}`,
};
