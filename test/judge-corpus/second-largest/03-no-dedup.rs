// task: second-largest
// intent: wrong answer: sorts descending and returns v[1] without removing duplicates
fn second_largest(v: &[i32]) -> Option<i32> {
    if v.len() < 2 {
        return None;
    }
    let mut nums = v.to_vec();
    nums.sort_by(|a, b| b.cmp(a));
    Some(nums[1])
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
