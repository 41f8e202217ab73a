// task: caesar-cipher
// intent: E0369: char + u8 (cannot add u8 to char)
fn caesar(s: &str, shift: u8) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            let mut shifted = c + shift;
            if (c.is_ascii_lowercase() && shifted > 'z') || (c.is_ascii_uppercase() && shifted > 'Z') {
                shifted = shifted - 26;
            }
            out.push(shifted);
        } else {
            out.push(c);
        }
    }
    out
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
