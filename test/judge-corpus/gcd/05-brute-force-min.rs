// task: gcd
// intent: wrong answer: brute force from min(a, b) down returns 1 when one side is 0
fn gcd(a: i64, b: i64) -> i64 {
    let a = a.abs();
    let b = b.abs();
    // try every candidate from the smaller number down to 1
    for d in (1..=a.min(b)).rev() {
        if a % d == 0 && b % d == 0 {
            return d;
        }
    }
    1
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
