// task: decimal-to-binary
// intent: correct: push bits lowest first, then reverse with chars().rev()
fn to_binary(n: u32) -> String {
    if n == 0 {
        return String::from("0");
    }
    let mut bits = String::new();
    let mut x = n;
    while x > 0 {
        bits.push(if x % 2 == 1 { '1' } else { '0' });
        x /= 2;
    }
    bits.chars().rev().collect()
}

fn main() {
    assert_eq!(to_binary(0), "0");
    assert_eq!(to_binary(1), "1");
    assert_eq!(to_binary(2), "10");
    assert_eq!(to_binary(10), "1010");
    assert_eq!(to_binary(255), "11111111");
    assert_eq!(to_binary(4294967295), "11111111111111111111111111111111");
}
