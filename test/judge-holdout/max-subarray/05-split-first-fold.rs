// task: max-subarray
// intent: correct: split_first, then fold a (current, best) tuple
fn max_subarray(v: &[i32]) -> i32 {
    match v.split_first() {
        None => 0,
        Some((&first, rest)) => {
            let (_, best) = rest.iter().fold((first, first), |(cur, best), &x| {
                let cur = (cur + x).max(x);
                (cur, best.max(cur))
            });
            best
        }
    }
}

fn main() {
    assert_eq!(max_subarray(&[]), 0);
    assert_eq!(max_subarray(&[5]), 5);
    assert_eq!(max_subarray(&[-2, 1, -3, 4, -1, 2, 1, -5, 4]), 6);
    assert_eq!(max_subarray(&[-3, -1, -2]), -1);
    assert_eq!(max_subarray(&[1, 2, 3]), 6);
    assert_eq!(max_subarray(&[2, -1, 2, -1, 2]), 4);
}
