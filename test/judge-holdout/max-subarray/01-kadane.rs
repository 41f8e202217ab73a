// task: max-subarray
// intent: correct: Kadane's algorithm with std::cmp::max
fn max_subarray(v: &[i32]) -> i32 {
    if v.is_empty() {
        return 0;
    }
    let mut best = v[0];
    let mut current = v[0];
    for &x in &v[1..] {
        current = std::cmp::max(x, current + x);
        best = std::cmp::max(best, current);
    }
    best
}

fn main() {
    assert_eq!(max_subarray(&[]), 0);
    assert_eq!(max_subarray(&[5]), 5);
    assert_eq!(max_subarray(&[-2, 1, -3, 4, -1, 2, 1, -5, 4]), 6);
    assert_eq!(max_subarray(&[-3, -1, -2]), -1);
    assert_eq!(max_subarray(&[1, 2, 3]), 6);
    assert_eq!(max_subarray(&[2, -1, 2, -1, 2]), 4);
}
