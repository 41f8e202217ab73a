// task: second-largest
// intent: correct: BTreeSet, iterate in reverse, nth(1)
use std::collections::BTreeSet;

fn second_largest(v: &[i32]) -> Option<i32> {
    let unique: BTreeSet<i32> = v.iter().copied().collect();
    unique.iter().rev().nth(1).copied()
}

fn main() {
    assert_eq!(second_largest(&[]), None);
    assert_eq!(second_largest(&[1]), None);
    assert_eq!(second_largest(&[5, 5]), None);
    assert_eq!(second_largest(&[1, 2, 3]), Some(2));
    assert_eq!(second_largest(&[3, 3, 2]), Some(2));
    assert_eq!(second_largest(&[-1, -2, -3]), Some(-2));
    assert_eq!(second_largest(&[10, 20, 20, 5]), Some(10));
}
