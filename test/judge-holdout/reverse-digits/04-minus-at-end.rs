// task: reverse-digits
// intent: runtime error: reversing "-456" gives "654-", and parse().unwrap() panics
fn reverse_digits(n: i64) -> i64 {
    let s = n.to_string();
    let reversed: String = s.chars().rev().collect();
    reversed.parse::<i64>().unwrap()
}

fn main() {
    assert_eq!(reverse_digits(0), 0);
    assert_eq!(reverse_digits(7), 7);
    assert_eq!(reverse_digits(123), 321);
    assert_eq!(reverse_digits(1200), 21);
    assert_eq!(reverse_digits(-456), -654);
    assert_eq!(reverse_digits(9876543210), 123456789);
}
