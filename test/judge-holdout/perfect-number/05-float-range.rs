// task: perfect-number
// intent: E0308: iterates `2..=limit` where limit is an f64 from sqrt()
fn is_perfect(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let limit = (n as f64).sqrt();
    let mut sum = 1;
    for i in 2..=limit {
        if n % i == 0 {
            sum += i + n / i;
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
