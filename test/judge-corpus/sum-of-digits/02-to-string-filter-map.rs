// task: sum-of-digits
// intent: correct: to_string, filter_map to_digit, sum
fn sum_of_digits(n: i64) -> i64 {
    n.to_string()
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| d as i64)
        .sum()
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
