// task: rotate-vec
// intent: runtime error: passes k straight to slice::rotate_right, whose internal assert fails when k > len
fn rotate_right(v: &[i32], k: usize) -> Vec<i32> {
    let mut rotated = v.to_vec();
    rotated.rotate_right(k);
    rotated
}

fn main() {
    assert_eq!(rotate_right(&[], 3), Vec::<i32>::new());
    assert_eq!(rotate_right(&[1], 5), vec![1]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 0), vec![1, 2, 3, 4, 5]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 2), vec![4, 5, 1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 3), vec![1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 7), vec![3, 1, 2]);
}
