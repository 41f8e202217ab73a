// task: max-in-vec
// intent: E0308: compares &i32 loop item with an i32
fn max_in_vec(v: &[i32]) -> Option<i32> {
    if v.is_empty() {
        return None;
    }
    let mut max = v[0];
    for x in v {
        if x > max {
            max = x;
        }
    }
    Some(max)
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
