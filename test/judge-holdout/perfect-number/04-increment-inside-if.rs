// task: perfect-number
// intent: timeout: d is only incremented when it divides n, so the loop stops advancing
fn is_perfect(n: u64) -> bool {
    if n <= 1 {
        return false;
    }
    let mut sum = 0;
    let mut d = 1;
    while d < n {
        if n % d == 0 {
            sum += d;
            d += 1;
        }
    }
    sum == n
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
