// task: gcd
// intent: correct: unsigned_abs with std::mem::swap
fn gcd(a: i64, b: i64) -> i64 {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        x %= y;
        std::mem::swap(&mut x, &mut y);
    }
    x as i64
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
