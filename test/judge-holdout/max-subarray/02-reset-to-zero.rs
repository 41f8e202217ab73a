// task: max-subarray
// intent: wrong answer: the textbook variant that resets to 0 returns 0 for all-negative input
fn max_subarray(v: &[i32]) -> i32 {
    let mut max_so_far = 0;
    let mut max_ending_here = 0;
    for x in v {
        max_ending_here += x;
        if max_ending_here < 0 {
            max_ending_here = 0;
        }
        if max_ending_here > max_so_far {
            max_so_far = max_ending_here;
        }
    }
    max_so_far
}

fn main() {
    assert_eq!(max_subarray(&[]), 0);
    assert_eq!(max_subarray(&[5]), 5);
    assert_eq!(max_subarray(&[-2, 1, -3, 4, -1, 2, 1, -5, 4]), 6);
    assert_eq!(max_subarray(&[-3, -1, -2]), -1);
    assert_eq!(max_subarray(&[1, 2, 3]), 6);
    assert_eq!(max_subarray(&[2, -1, 2, -1, 2]), 4);
}
