// task: is-prime
// intent: wrong answer: 2..=n includes n, and 1 falls through as prime
fn is_prime(n: u64) -> bool {
    if n == 0 {
        return false;
    }
    // check every possible divisor
    for i in 2..=n {
        if n % i == 0 {
            return false;
        }
    }
    true
}

fn main() {
    assert_eq!(is_prime(0), false);
    assert_eq!(is_prime(1), false);
    assert_eq!(is_prime(2), true);
    assert_eq!(is_prime(3), true);
    assert_eq!(is_prime(4), false);
    assert_eq!(is_prime(97), true);
    assert_eq!(is_prime(100), false);
    assert_eq!(is_prime(7919), true);
}
