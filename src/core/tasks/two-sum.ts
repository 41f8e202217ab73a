import type { Task } from '../task';

/** An element cannot pair with itself, and sums or complements near the i32 limits overflow unless computed wider. */
export const twoSumTask: Task = {
  schemaVersion: 1,
  id: 'two-sum',
  title: 'Two sum',
  prompt: 'Write a Rust function `two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)>` that returns the indices (i, j), i < j, of the two values that add up to target, or None when no pair does. Each input has at most one such pair; values may be anywhere in the i32 range.',
  signature: 'fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)>',
  publicExamples: [
    { call: 'two_sum(&[2, 7, 11, 15], 9)', expected: 'Some((0, 1))' },
    { call: 'two_sum(&[1, 2], 4)', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(two_sum(&[], 0), None);
    assert_eq!(two_sum(&[5], 10), None);
    assert_eq!(two_sum(&[3, 2, 4], 6), Some((1, 2)));
    assert_eq!(two_sum(&[3, 3], 6), Some((0, 1)));
    assert_eq!(two_sum(&[-1, -2, -3, -4], -7), Some((2, 3)));
    assert_eq!(two_sum(&[i32::MAX, 1, -1], i32::MAX - 1), Some((0, 2)));
    assert_eq!(two_sum(&[10, i32::MIN, 5], i32::MIN + 5), Some((1, 2)));
}
`,
  difficulty: 'hard',
  referenceSolution: `fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    for j in 0..nums.len() {
        for i in 0..j {
            if nums[i] as i64 + nums[j] as i64 == target as i64 {
                return Some((i, j));
            }
        }
    }
    None
}`,
};
