// task: max-in-vec
// intent: runtime error: v[0] on the empty slice (index out of bounds)
fn max_in_vec(v: &[i32]) -> Option<i32> {
    let mut max = v[0];
    for i in 1..v.len() {
        if v[i] > max {
            max = v[i];
        }
    }
    if v.len() == 0 {
        None
    } else {
        Some(max)
    }
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
