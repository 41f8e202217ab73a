// task: sum-of-digits
// intent: runtime error: to_digit(10).unwrap() on the '-' sign panics
fn sum_of_digits(n: i64) -> i64 {
    let mut sum = 0;
    for c in n.to_string().chars() {
        sum += c.to_digit(10).unwrap() as i64;
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
