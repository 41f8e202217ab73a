// task: caesar-cipher
// intent: outside subset: helper returns impl Fn(char) -> char closure
fn make_shifter(shift: u8) -> impl Fn(char) -> char {
    move |c: char| {
        let base = if c.is_ascii_lowercase() {
            b'a'
        } else if c.is_ascii_uppercase() {
            b'A'
        } else {
            return c;
        };
        ((c as u8 - base + shift % 26) % 26 + base) as char
    }
}

fn caesar(s: &str, shift: u8) -> String {
    let shifter = make_shifter(shift);
    s.chars().map(shifter).collect()
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
