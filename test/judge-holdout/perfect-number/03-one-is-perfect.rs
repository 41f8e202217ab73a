// task: perfect-number
// intent: wrong answer: starts the divisor sum at 1, so is_perfect(1) returns true
fn is_perfect(n: u64) -> bool {
    if n == 0 {
        return false;
    }
    let mut total = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            total += d + n / d;
        }
        d += 1;
    }
    total == n
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
