// task: decimal-to-binary
// intent: E0384: shifts the parameter n in place without declaring it mut
fn to_binary(n: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut s = String::new();
    while n > 0 {
        s.insert(0, if n & 1 == 1 { '1' } else { '0' });
        n >>= 1;
    }
    s
}

fn main() {
    assert_eq!(to_binary(0), "0");
    assert_eq!(to_binary(1), "1");
    assert_eq!(to_binary(2), "10");
    assert_eq!(to_binary(10), "1010");
    assert_eq!(to_binary(255), "11111111");
    assert_eq!(to_binary(4294967295), "11111111111111111111111111111111");
}
