// task: decimal-to-binary
// intent: wrong answer: appends bits lowest first and never reverses them
fn to_binary(n: u32) -> String {
    let mut result = String::new();
    let mut value = n;
    loop {
        let bit = value % 2;
        result.push_str(&bit.to_string());
        value /= 2;
        if value == 0 {
            break;
        }
    }
    result
}

fn main() {
    assert_eq!(to_binary(0), "0");
    assert_eq!(to_binary(1), "1");
    assert_eq!(to_binary(2), "10");
    assert_eq!(to_binary(10), "1010");
    assert_eq!(to_binary(255), "11111111");
    assert_eq!(to_binary(4294967295), "11111111111111111111111111111111");
}
