// task: second-largest
// intent: runtime error: unwrap() on max() of an empty slice
fn second_largest(v: &[i32]) -> Option<i32> {
    let max = *v.iter().max().unwrap();
    v.iter().filter(|&&x| x != max).max().copied()
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
