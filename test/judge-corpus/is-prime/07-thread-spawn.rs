// task: is-prime
// intent: outside subset: std::thread::spawn to split the divisor search
use std::thread;

// Split the divisor search across two threads (overkill, but it works).
fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let limit = (n as f64).sqrt() as u64 + 1;
    let mid = limit / 2 + 1;
    let low = thread::spawn(move || (2..mid.min(limit)).all(|d| d == n || n % d != 0));
    let high = thread::spawn(move || (mid..limit).all(|d| d == n || n % d != 0));
    low.join().unwrap() && high.join().unwrap()
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
