// task: binary-search
// intent: timeout: low = mid never advances when the target is missing
fn binary_search(v: &[i32], target: i32) -> Option<usize> {
    let mut low = 0;
    let mut high = v.len();
    while low < high {
        let mid = (low + high) / 2;
        if v[mid] == target {
            return Some(mid);
        }
        if v[mid] < target {
            low = mid;
        } else {
            high = mid;
        }
    }
    None
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
