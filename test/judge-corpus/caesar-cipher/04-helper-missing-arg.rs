// task: caesar-cipher
// intent: E0061: shift_char called with one argument instead of two
fn shift_char(c: char, shift: u8) -> char {
    if c.is_ascii_lowercase() {
        ((c as u8 - b'a' + shift) % 26 + b'a') as char
    } else if c.is_ascii_uppercase() {
        ((c as u8 - b'A' + shift) % 26 + b'A') as char
    } else {
        c
    }
}

fn caesar(s: &str, shift: u8) -> String {
    let mut encrypted = String::new();
    for c in s.chars() {
        encrypted.push(shift_char(c));
    }
    encrypted
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
