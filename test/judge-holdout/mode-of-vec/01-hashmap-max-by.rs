// task: mode-of-vec
// intent: correct: HashMap counts, max_by on (count, then smaller value)
use std::collections::HashMap;

/// Most frequent value; on a tie the smallest value wins.
fn mode(nums: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &n in nums {
        *counts.entry(n).or_insert(0) += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(value, _)| value)
}

fn main() {
    assert_eq!(mode(&[]), None);
    assert_eq!(mode(&[7]), Some(7));
    assert_eq!(mode(&[1, 2, 2, 3]), Some(2));
    assert_eq!(mode(&[4, 4, 1, 1, 1, 4, 4]), Some(4));
    assert_eq!(mode(&[3, 1, 2]), Some(1));
    assert_eq!(mode(&[-5, -5, 0, 0]), Some(-5));
}
