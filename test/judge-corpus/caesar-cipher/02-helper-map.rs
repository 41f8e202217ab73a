// task: caesar-cipher
// intent: correct: helper fn shift_char used in map/collect
fn shift_char(c: char, shift: u8) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a') + shift % 26) % 26 + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A') + shift % 26) % 26 + b'A') as char,
        _ => c,
    }
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars().map(|c| shift_char(c, shift)).collect()
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
