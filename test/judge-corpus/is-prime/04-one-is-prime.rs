// task: is-prime
// intent: wrong answer: 1 reported as prime (n < 1 guard)
fn is_prime(n: u64) -> bool {
    if n < 1 {
        return false;
    }
    let limit = (n as f64).sqrt() as u64;
    for i in 2..=limit {
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
