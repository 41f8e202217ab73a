// task: caesar-cipher
// intent: correct: find the letter in an alphabet string and index with wraparound
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn caesar(s: &str, shift: u8) -> String {
    let shift = shift as usize;
    let mut output = String::with_capacity(s.len());
    for ch in s.chars() {
        if let Some(pos) = LOWER.find(ch) {
            output.push(LOWER.as_bytes()[(pos + shift) % 26] as char);
        } else if let Some(pos) = UPPER.find(ch) {
            output.push(UPPER.as_bytes()[(pos + shift) % 26] as char);
        } else {
            output.push(ch);
        }
    }
    output
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
