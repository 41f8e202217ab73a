// task: sum-of-digits
// intent: wrong answer: while n > 0 returns 0 for negative input
fn sum_of_digits(n: i64) -> i64 {
    let mut num = n;
    let mut total = 0;
    while num > 0 {
        total += num % 10;
        num /= 10;
    }
    total
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
