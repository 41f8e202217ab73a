// task: reverse-string
// intent: wrong answer: reverses bytes, mangling the multi-byte é
fn reverse_string(s: &str) -> String {
    s.bytes().rev().map(|b| b as char).collect()
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
