// task: armstrong-number
// intent: E0599: calls pow on the Option<u32> returned by to_digit
fn is_armstrong(n: u32) -> bool {
    let s = n.to_string();
    let k = s.len() as u32;
    let mut sum: u64 = 0;
    for ch in s.chars() {
        let digit = ch.to_digit(10);
        sum += digit.pow(k) as u64;
    }
    sum == n as u64
}

fn main() {
    assert_eq!(is_armstrong(0), true);
    assert_eq!(is_armstrong(5), true);
    assert_eq!(is_armstrong(10), false);
    assert_eq!(is_armstrong(153), true);
    assert_eq!(is_armstrong(154), false);
    assert_eq!(is_armstrong(9474), true);
    assert_eq!(is_armstrong(4294967295), false);
}
