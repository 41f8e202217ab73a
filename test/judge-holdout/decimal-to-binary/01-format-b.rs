// task: decimal-to-binary
// intent: correct: format!("{:b}", n)
fn to_binary(n: u32) -> String {
    format!("{:b}", n)
}

fn main() {
    assert_eq!(to_binary(0), "0");
    assert_eq!(to_binary(1), "1");
    assert_eq!(to_binary(2), "10");
    assert_eq!(to_binary(10), "1010");
    assert_eq!(to_binary(255), "11111111");
    assert_eq!(to_binary(4294967295), "11111111111111111111111111111111");
}
