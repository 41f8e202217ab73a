// task: armstrong-number
// intent: wrong answer: always cubes the digits instead of using the digit count
fn is_armstrong(n: u32) -> bool {
    let mut sum: u64 = 0;
    for c in n.to_string().chars() {
        let d = c.to_digit(10).unwrap() as u64;
        sum += d * d * d;
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
