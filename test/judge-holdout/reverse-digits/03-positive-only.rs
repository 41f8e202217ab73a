// task: reverse-digits
// intent: wrong answer: `while num > 0` never runs for negative input, so it returns 0
fn reverse_digits(n: i64) -> i64 {
    let mut num = n;
    let mut rev = 0;
    while num > 0 {
        let digit = num % 10;
        rev = rev * 10 + digit;
        num = num / 10;
    }
    rev
}

fn main() {
    assert_eq!(reverse_digits(0), 0);
    assert_eq!(reverse_digits(7), 7);
    assert_eq!(reverse_digits(123), 321);
    assert_eq!(reverse_digits(1200), 21);
    assert_eq!(reverse_digits(-456), -654);
    assert_eq!(reverse_digits(9876543210), 123456789);
}
