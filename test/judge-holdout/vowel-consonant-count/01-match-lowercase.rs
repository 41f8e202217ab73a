// task: vowel-consonant-count
// intent: correct: skip non-letters, match on the lowercased char
// Count vowels and consonants in a string. Non-letters are ignored.
fn count_letters(s: &str) -> (usize, usize) {
    let mut vowels = 0;
    let mut consonants = 0;
    for c in s.chars() {
        if !c.is_alphabetic() {
            continue;
        }
        match c.to_ascii_lowercase() {
            'a' | 'e' | 'i' | 'o' | 'u' => vowels += 1,
            _ => consonants += 1,
        }
    }
    (vowels, consonants)
}

fn main() {
    assert_eq!(count_letters(""), (0, 0));
    assert_eq!(count_letters("a"), (1, 0));
    assert_eq!(count_letters("Hello, World!"), (3, 7));
    assert_eq!(count_letters("AEIOU aeiou"), (10, 0));
    assert_eq!(count_letters("rhythm 123"), (0, 6));
    assert_eq!(count_letters("Rust is fun"), (3, 6));
}
