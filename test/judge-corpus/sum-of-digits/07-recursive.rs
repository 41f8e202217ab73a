// task: sum-of-digits
// intent: correct: recursion on n / 10 with unsigned_abs
fn sum_of_digits(n: i64) -> i64 {
    fn helper(n: u64) -> u64 {
        if n < 10 {
            n
        } else {
            n % 10 + helper(n / 10)
        }
    }
    helper(n.unsigned_abs()) as i64
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
