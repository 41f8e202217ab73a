// task: reverse-digits
// intent: correct: reverse the digits of abs() as a string, parse, multiply by signum
fn reverse_digits(n: i64) -> i64 {
    let digits: String = n.abs().to_string().chars().rev().collect();
    let value: i64 = digits.parse().unwrap();
    value * n.signum()
}

fn main() {
    assert_eq!(reverse_digits(0), 0);
    assert_eq!(reverse_digits(7), 7);
    assert_eq!(reverse_digits(123), 321);
    assert_eq!(reverse_digits(1200), 21);
    assert_eq!(reverse_digits(-456), -654);
    assert_eq!(reverse_digits(9876543210), 123456789);
}
