// task: gcd
// intent: E0425: calls a free function abs() that does not exist
fn gcd(a: i64, b: i64) -> i64 {
    let mut a = abs(a);
    let mut b = abs(b);
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    a
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
