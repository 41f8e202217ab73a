// task: reverse-string
// intent: E0308: tail expression is a Rev<Chars> iterator, not a String
fn reverse_string(s: &str) -> String {
    // reverse the characters
    s.chars().rev()
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
