// task: rotate-vec
// intent: correct: to_vec, reduce k modulo len, slice::rotate_right
fn rotate_right(v: &[i32], k: usize) -> Vec<i32> {
    let mut result = v.to_vec();
    if result.is_empty() {
        return result;
    }
    let k = k % result.len();
    result.rotate_right(k);
    result
}

fn main() {
    assert_eq!(rotate_right(&[], 3), Vec::<i32>::new());
    assert_eq!(rotate_right(&[1], 5), vec![1]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 0), vec![1, 2, 3, 4, 5]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 2), vec![4, 5, 1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 3), vec![1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 7), vec![3, 1, 2]);
}
