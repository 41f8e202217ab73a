// task: rotate-vec
// intent: correct: builds the result with (i + n - k) % n indexing
fn rotate_right(v: &[i32], k: usize) -> Vec<i32> {
    let n = v.len();
    if n == 0 {
        return Vec::new();
    }
    let k = k % n;
    (0..n).map(|i| v[(i + n - k) % n]).collect()
}

fn main() {
    assert_eq!(rotate_right(&[], 3), Vec::<i32>::new());
    assert_eq!(rotate_right(&[1], 5), vec![1]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 0), vec![1, 2, 3, 4, 5]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 2), vec![4, 5, 1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 3), vec![1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 7), vec![3, 1, 2]);
}
