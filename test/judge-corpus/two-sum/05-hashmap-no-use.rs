// task: two-sum
// intent: E0433: HashMap::new() without use std::collections::HashMap
fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    let mut map = HashMap::new();
    for (i, n) in nums.iter().enumerate() {
        if let Some(&j) = map.get(&(target - n)) {
            return Some((j, i));
        }
        map.insert(*n, i);
    }
    None
}

fn main() {
    assert_eq!(two_sum(&[2, 7, 11, 15], 9), Some((0, 1)));
    assert_eq!(two_sum(&[3, 2, 4], 6), Some((1, 2)));
    assert_eq!(two_sum(&[3, 3], 6), Some((0, 1)));
    assert_eq!(two_sum(&[1, 2, 3], 7), None);
    assert_eq!(two_sum(&[], 0), None);
    assert_eq!(two_sum(&[-1, -2, -3, -4], -6), Some((1, 3)));
    assert_eq!(two_sum(&[0, 4, 3, 0], 0), Some((0, 3)));
}
