// task: armstrong-number
// intent: E0277: sums an iterator of u32 into a u64
fn is_armstrong(n: u32) -> bool {
    let s = n.to_string();
    let p = s.len() as u32;
    let total: u64 = s.chars().map(|c| c.to_digit(10).unwrap().pow(p)).sum();
    total == n as u64
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
