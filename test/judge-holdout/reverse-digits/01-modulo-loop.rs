// task: reverse-digits
// intent: correct: peel digits with % 10 on the absolute value, restore the sign
fn reverse_digits(n: i64) -> i64 {
    let negative = n < 0;
    let mut x = n.abs();
    let mut reversed = 0;
    while x > 0 {
        reversed = reversed * 10 + x % 10;
        x /= 10;
    }
    if negative {
        -reversed
    } else {
        reversed
    }
}

fn main() {
    assert_eq!(reverse_digits(0), 0);
    assert_eq!(reverse_digits(7), 7);
    assert_eq!(reverse_digits(123), 321);
    assert_eq!(reverse_digits(1200), 21);
    assert_eq!(reverse_digits(-456), -654);
    assert_eq!(reverse_digits(9876543210), 123456789);
}
