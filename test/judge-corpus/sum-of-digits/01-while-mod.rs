// task: sum-of-digits
// intent: correct: while loop with % 10 and / 10 on the absolute value
fn sum_of_digits(n: i64) -> i64 {
    let mut n = n.abs();
    let mut sum = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
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
