// task: armstrong-number
// intent: correct: digits collected as u64, each raised to the digit count
fn is_armstrong(n: u32) -> bool {
    let digits: Vec<u64> = n
        .to_string()
        .chars()
        .map(|c| c.to_digit(10).unwrap() as u64)
        .collect();
    let power = digits.len() as u32;
    let sum: u64 = digits.iter().map(|d| d.pow(power)).sum();
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
