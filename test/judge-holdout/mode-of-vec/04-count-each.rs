// task: mode-of-vec
// intent: correct: counts each candidate with filter().count() and keeps an Option<(value, count)>
fn mode(nums: &[i32]) -> Option<i32> {
    let mut result: Option<(i32, usize)> = None;
    for &candidate in nums {
        let count = nums.iter().filter(|&&x| x == candidate).count();
        result = match result {
            None => Some((candidate, count)),
            Some((best, best_count)) => {
                if count > best_count || (count == best_count && candidate < best) {
                    Some((candidate, count))
                } else {
                    Some((best, best_count))
                }
            }
        };
    }
    result.map(|(value, _)| value)
}

fn main() {
    assert_eq!(mode(&[]), None);
    assert_eq!(mode(&[7]), Some(7));
    assert_eq!(mode(&[1, 2, 2, 3]), Some(2));
    assert_eq!(mode(&[4, 4, 1, 1, 1, 4, 4]), Some(4));
    assert_eq!(mode(&[3, 1, 2]), Some(1));
    assert_eq!(mode(&[-5, -5, 0, 0]), Some(-5));
}
