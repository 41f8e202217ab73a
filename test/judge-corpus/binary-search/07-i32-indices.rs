// task: binary-search
// intent: E0308: indices tracked as i32 but returned as Option<usize>
fn binary_search(v: &[i32], target: i32) -> Option<usize> {
    let mut low: i32 = 0;
    let mut high: i32 = v.len() as i32 - 1;
    while low <= high {
        let mid = (low + high) / 2;
        let value = v[mid as usize];
        if value == target {
            return Some(mid);
        } else if value < target {
            low = mid + 1;
        } else {
            high = mid - 1;
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
