// task: reverse-string
// intent: E0599: String has no reverse() method
fn reverse_string(s: &str) -> String {
    let mut result = s.to_string();
    result.reverse();
    result
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
