// task: caesar-cipher
// intent: correct: offset from b'a' or b'A', wrap with % 26
fn caesar(s: &str, shift: u8) -> String {
    let mut result = String::new();
    for c in s.chars() {
        if c.is_ascii_lowercase() {
            result.push(((c as u8 - b'a' + shift) % 26 + b'a') as char);
        } else if c.is_ascii_uppercase() {
            result.push(((c as u8 - b'A' + shift) % 26 + b'A') as char);
        } else {
            result.push(c);
        }
    }
    result
}

fn main() {
    assert_eq!(caesar("abc", 1), "bcd");
    assert_eq!(caesar("xyz", 3), "abc");
    assert_eq!(caesar("", 5), "");
    assert_eq!(caesar("Hello, World!", 13), "Uryyb, Jbeyq!");
    assert_eq!(caesar("abc", 26), "abc");
    assert_eq!(caesar("ABC", 0), "ABC");
    assert_eq!(caesar("Zebra-123", 1), "Afcsb-123");
}
