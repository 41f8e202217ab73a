// task: reverse-string
// intent: runtime error: String::from_utf8 on reversed bytes fails and unwrap panics
fn reverse_string(s: &str) -> String {
    let mut bytes = s.as_bytes().to_vec();
    bytes.reverse();
    String::from_utf8(bytes).unwrap()
}

fn main() {
    assert_eq!(reverse_string(""), "");
    assert_eq!(reverse_string("a"), "a");
    assert_eq!(reverse_string("hello"), "olleh");
    assert_eq!(reverse_string("Hello, World!"), "!dlroW ,olleH");
    assert_eq!(reverse_string("racecar"), "racecar");
    assert_eq!(reverse_string("ab cd"), "dc ba");
    assert_eq!(reverse_string("héllo"), "olléh");
}
