// task: decimal-to-binary
// intent: wrong answer: the while loop never runs for 0, so it returns ""
fn to_binary(n: u32) -> String {
    let mut digits = Vec::new();
    let mut num = n;
    while num != 0 {
        digits.push((num % 2).to_string());
        num = num / 2;
    }
    digits.reverse();
    digits.join("")
}

fn main() {
    assert_eq!(to_binary(0), "0");
    assert_eq!(to_binary(1), "1");
    assert_eq!(to_binary(2), "10");
    assert_eq!(to_binary(10), "1010");
    assert_eq!(to_binary(255), "11111111");
    assert_eq!(to_binary(4294967295), "11111111111111111111111111111111");
}
