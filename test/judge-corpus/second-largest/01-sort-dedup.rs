// task: second-largest
// intent: correct: sort, dedup, take the second to last
fn second_largest(v: &[i32]) -> Option<i32> {
    let mut sorted = v.to_vec();
    sorted.sort();
    sorted.dedup();
    if sorted.len() < 2 {
        None
    } else {
        Some(sorted[sorted.len() - 2])
    }
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
