import type { Task } from '../task';

/** Division by zero and i32::MIN / -1 (which overflows) are both None; Rust division truncates toward zero. */
export const safeDivideTask: Task = {
  schemaVersion: 1,
  id: 'safe-divide',
  title: 'Safe division',
  prompt: 'Write a Rust function `safe_divide(a: i32, b: i32) -> Option<i32>` that returns a / b (integer division), or None when b is 0 or the result does not fit in an i32.',
  signature: 'fn safe_divide(a: i32, b: i32) -> Option<i32>',
  publicExamples: [
    { call: 'safe_divide(10, 2)', expected: 'Some(5)' },
    { call: 'safe_divide(1, 0)', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(safe_divide(7, 2), Some(3));
    assert_eq!(safe_divide(-7, 2), Some(-3));
    assert_eq!(safe_divide(0, 5), Some(0));
    assert_eq!(safe_divide(0, 0), None);
    assert_eq!(safe_divide(-1, 0), None);
    assert_eq!(safe_divide(i32::MIN, 1), Some(i32::MIN));
    assert_eq!(safe_divide(i32::MIN, -1), None);
    assert_eq!(safe_divide(i32::MAX, -1), Some(-i32::MAX));
}
`,
  difficulty: 'easy',
  referenceSolution: `fn safe_divide(a: i32, b: i32) -> Option<i32> {
    if b == 0 || (a == i32::MIN && b == -1) {
        return None;
    }
    Some(a / b)
}`,
};
