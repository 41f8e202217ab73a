// task: rotate-vec
// intent: correct: VecDeque, moving the back to the front k % len times
use std::collections::VecDeque;

fn rotate_right(v: &[i32], k: usize) -> Vec<i32> {
    let mut dq: VecDeque<i32> = v.iter().cloned().collect();
    if dq.is_empty() {
        return Vec::new();
    }
    for _ in 0..k % dq.len() {
        let last = dq.pop_back().unwrap();
        dq.push_front(last);
    }
    dq.into_iter().collect()
}

fn main() {
    assert_eq!(rotate_right(&[], 3), Vec::<i32>::new());
    assert_eq!(rotate_right(&[1], 5), vec![1]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 0), vec![1, 2, 3, 4, 5]);
    assert_eq!(rotate_right(&[1, 2, 3, 4, 5], 2), vec![4, 5, 1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 3), vec![1, 2, 3]);
    assert_eq!(rotate_right(&[1, 2, 3], 7), vec![3, 1, 2]);
}
