// task: max-in-vec
// intent: correct: fold over an Option accumulator
fn max_in_vec(v: &[i32]) -> Option<i32> {
    v.iter().fold(None, |acc, &x| match acc {
        None => Some(x),
        Some(m) if x > m => Some(x),
        Some(m) => Some(m),
    })
}

fn main() {
    assert_eq!(max_in_vec(&[]), None);
    assert_eq!(max_in_vec(&[5]), Some(5));
    assert_eq!(max_in_vec(&[1, 3, 2]), Some(3));
    assert_eq!(max_in_vec(&[-5, -2, -9]), Some(-2));
    assert_eq!(max_in_vec(&[7, 7, 7]), Some(7));
    assert_eq!(max_in_vec(&[i32::MIN, 0]), Some(0));
    assert_eq!(max_in_vec(&[3, 9, 1, 9]), Some(9));
}
