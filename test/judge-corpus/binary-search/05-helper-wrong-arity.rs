// task: binary-search
// intent: E0061: recursive helper called with 3 arguments instead of 4
fn search(v: &[i32], target: i32, low: usize, high: usize) -> Option<usize> {
    if low >= high {
        return None;
    }
    let mid = (low + high) / 2;
    if v[mid] == target {
        Some(mid)
    } else if v[mid] < target {
        search(v, target, mid + 1, high)
    } else {
        search(v, target, low, mid)
    }
}

fn binary_search(v: &[i32], target: i32) -> Option<usize> {
    search(v, target, v.len())
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
