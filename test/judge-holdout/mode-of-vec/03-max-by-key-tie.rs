// task: mode-of-vec
// intent: wrong answer: BTreeMap + max_by_key returns the largest value on a tie, not the smallest
use std::collections::BTreeMap;

fn mode(nums: &[i32]) -> Option<i32> {
    let mut freq: BTreeMap<i32, u32> = BTreeMap::new();
    for n in nums {
        *freq.entry(*n).or_insert(0) += 1;
    }
    freq.iter().max_by_key(|(_, &count)| count).map(|(&k, _)| k)
}

fn main() {
    assert_eq!(mode(&[]), None);
    assert_eq!(mode(&[7]), Some(7));
    assert_eq!(mode(&[1, 2, 2, 3]), Some(2));
    assert_eq!(mode(&[4, 4, 1, 1, 1, 4, 4]), Some(4));
    assert_eq!(mode(&[3, 1, 2]), Some(1));
    assert_eq!(mode(&[-5, -5, 0, 0]), Some(-5));
}
