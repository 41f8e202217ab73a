// task: caesar-cipher
// intent: wrong answer: adds the shift without wrapping past z
fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphabetic() {
                (c as u8 + shift) as char
            } else {
                c
            }
        })
        .collect()
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
