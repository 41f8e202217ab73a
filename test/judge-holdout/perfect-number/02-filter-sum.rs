// task: perfect-number
// intent: correct: n > 1 && the divisors up to n / 2, found by filter, sum to n
fn is_perfect(n: u64) -> bool {
    n > 1 && (1..=n / 2).filter(|d| n % d == 0).sum::<u64>() == n
}

fn main() {
    assert_eq!(is_perfect(0), false);
    assert_eq!(is_perfect(1), false);
    assert_eq!(is_perfect(6), true);
    assert_eq!(is_perfect(28), true);
    assert_eq!(is_perfect(12), false);
    assert_eq!(is_perfect(8128), true);
    assert_eq!(is_perfect(33550336), true);
}
