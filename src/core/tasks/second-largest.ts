import type { Task } from '../task';

/** Distinct values: [5, 5] has no second largest, so "sort and take the one before last" fails. */
export const secondLargestTask: Task = {
  schemaVersion: 1,
  id: 'second-largest',
  title: 'Second largest value',
  prompt: 'Write a Rust function `second_largest(v: &[i32]) -> Option<i32>` that returns the second largest distinct value in the slice, or None when there are fewer than two distinct values.',
  signature: 'fn second_largest(v: &[i32]) -> Option<i32>',
  publicExamples: [
    { call: 'second_largest(&[3, 9, 2])', expected: 'Some(3)' },
    { call: 'second_largest(&[4])', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(second_largest(&[]), None);
    assert_eq!(second_largest(&[5, 5]), None);
    assert_eq!(second_largest(&[1, 2]), Some(1));
    assert_eq!(second_largest(&[5, 1, 5, 3]), Some(3));
    assert_eq!(second_largest(&[-1, -2, -3]), Some(-2));
    assert_eq!(second_largest(&[i32::MAX, i32::MIN]), Some(i32::MIN));
    assert_eq!(second_largest(&[2, 2, 1, 1]), Some(1));
}
`,
  difficulty: 'medium',
  referenceSolution: `fn second_largest(v: &[i32]) -> Option<i32> {
    let mut first: Option<i32> = None;
    let mut second: Option<i32> = None;
    for &x in v {
        match first {
            None => first = Some(x),
            Some(f) if x > f => {
                second = first;
                first = Some(x);
            }
            Some(f) if x < f => {
                if second.map_or(true, |s| x > s) {
                    second = Some(x);
                }
            }
            _ => {}
        }
    }
    second
}`,
};
