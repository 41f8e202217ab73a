// task: second-largest
// intent: E0502: retain on nums while max still borrows it
fn second_largest(v: &[i32]) -> Option<i32> {
    let mut nums = v.to_vec();
    let max = nums.iter().max()?;
    // remove every copy of the largest value, then take the max again
    nums.retain(|&x| x != *max);
    nums.iter().max().copied()
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
