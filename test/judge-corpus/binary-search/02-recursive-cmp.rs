// task: binary-search
// intent: correct: recursive on sub-slices with match on Ordering
use std::cmp::Ordering;

fn binary_search(v: &[i32], target: i32) -> Option<usize> {
    if v.is_empty() {
        return None;
    }
    let mid = v.len() / 2;
    match v[mid].cmp(&target) {
        Ordering::Equal => Some(mid),
        Ordering::Greater => binary_search(&v[..mid], target),
        Ordering::Less => binary_search(&v[mid + 1..], target).map(|i| i + mid + 1),
    }
}

fn main() {
    assert_eq!(binary_search(&[1, 3, 5, 7, 9], 7), Some(3));
    assert_eq!(binary_search(&[], 1), None);
    assert_eq!(binary_search(&[1], 1), Some(0));
    assert_eq!(binary_search(&[1, 3, 5], 4), None);
    assert_eq!(binary_search(&[1, 3, 5], 0), None);
    assert_eq!(binary_search(&[-10, -5, 0, 5], -10), Some(0));
    assert_eq!(binary_search(&[2, 4, 6, 8, 10, 12], 12), Some(5));
}
