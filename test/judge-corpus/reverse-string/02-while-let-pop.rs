// task: reverse-string
// intent: correct: while let over Vec<char>::pop
fn reverse_string(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    let mut reversed = String::with_capacity(s.len());
    // Pop characters off the end until the vector is empty.
    while let Some(c) = chars.pop() {
        reversed.push(c);
    }
    reversed
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
