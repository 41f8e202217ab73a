// task: rotate-vec
// intent: wrong answer: concatenates v[shift..] and v[..shift], which rotates left
fn rotate_right(v: &[i32], k: usize) -> Vec<i32> {
    if v.is_empty() {
        return vec![];
    }
    let shift = k % v.len();
    let mut out = Vec::new();
    out.extend_from_slice(&v[shift..]);
    out.extend_from_slice(&v[..shift]);
    out
}

fn main() {
    assert_eq!(rotate_right(&[], 3), Vec::<i32>::new());
    assert_eq!(rotate_right(&[1], 5), vec![1]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 0), vec![1, 2, 3, 4, 5]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 2), vec![4, 5, 1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 3), vec![1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 7), vec![3, 1, 2]);
}
