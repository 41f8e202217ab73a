// task: gcd
// intent: correct: recursive Euclid with abs in the base case
/// Greatest common divisor using the Euclidean algorithm.
fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

fn main() {
    assert_eq!(gcd(12, 18), 6);
    assert_eq!(gcd(0, 5), 5);
    assert_eq!(gcd(5, 0), 5);
    assert_eq!(gcd(17, 5), 1);
    assert_eq!(gcd(-12, 18), 6);
    assert_eq!(gcd(12, -18), 6);
    assert_eq!(gcd(1071, 462), 21);
    assert_eq!(gcd(0, 0), 0);
}
