// task: is-prime
// intent: correct: trial division up to sqrt with a while loop
/// Returns true if `n` is a prime number.
fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut i = 2;
    while i * i <= n {
        if n % i == 0 {
            return false;
        }
        i += 1;
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
