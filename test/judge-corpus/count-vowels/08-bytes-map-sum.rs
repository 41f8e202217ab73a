// task: count-vowels
// intent: correct: bytes mapped to 0/1 and summed
fn count_vowels(s: &str) -> usize {
    s.bytes()
        .map(|b| match b.to_ascii_lowercase() {
            b'a' | b'e' | b'i' | b'o' | b'u' => 1,
            _ => 0,
        })
        .sum()
}

fn main() {
    assert_eq!(count_vowels(""), 0);
    assert_eq!(count_vowels("hello"), 2);
    assert_eq!(count_vowels("AEIOU"), 5);
    assert_eq!(count_vowels("rhythm"), 0);
    assert_eq!(count_vowels("Programming in Rust"), 5);
    assert_eq!(count_vowels("aAbBeE"), 4);
    assert_eq!(count_vowels("xyz"), 0);
}
