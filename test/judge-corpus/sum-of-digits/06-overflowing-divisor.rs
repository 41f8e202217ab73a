// task: sum-of-digits
// intent: arithmetic_overflow: constant 1e18 * 10 overflows i64
fn sum_of_digits(n: i64) -> i64 {
    let n = n.abs();
    // i64 has at most 19 digits, so start with the largest power of ten
    let mut divisor: i64 = 1_000_000_000_000_000_000 * 10;
    let mut sum = 0;
    while divisor > 0 {
        sum += (n / divisor) % 10;
        divisor /= 10;
    }
    sum
}

fn main() {
    assert_eq!(sum_of_digits(0), 0);
    assert_eq!(sum_of_digits(7), 7);
    assert_eq!(sum_of_digits(123), 6);
    assert_eq!(sum_of_digits(9999), 36);
    assert_eq!(sum_of_digits(-123), 6);
    assert_eq!(sum_of_digits(1000000007), 8);
    assert_eq!(sum_of_digits(i64::MAX), 88);
}
