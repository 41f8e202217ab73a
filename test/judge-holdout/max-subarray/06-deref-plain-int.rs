// task: max-subarray
// intent: E0614: dereferences x, which the `&x` pattern already made an i32
fn max_subarray(v: &[i32]) -> i32 {
    if v.is_empty() {
        return 0;
    }
    let mut best = v[0];
    let mut running = 0;
    for &x in v.iter() {
        running = if running > 0 { running + *x } else { *x };
        if running > best {
            best = running;
        }
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
