// task: reverse-digits
// intent: E0308: returns the Result from parse::<i64>() where i64 is expected
fn reverse_digits(n: i64) -> i64 {
    if n < 0 {
        return -reverse_digits(-n);
    }
    let reversed: String = n.to_string().chars().rev().collect();
    reversed.parse::<i64>()
}

fn main() {
    assert_eq!(reverse_digits(0), 0);
    assert_eq!(reverse_digits(7), 7);
    assert_eq!(reverse_digits(123), 321);
    assert_eq!(reverse_digits(1200), 21);
    assert_eq!(reverse_digits(-456), -654);
    assert_eq!(reverse_digits(9876543210), 123456789);
}
