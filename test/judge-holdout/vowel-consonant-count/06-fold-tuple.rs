// task: vowel-consonant-count
// intent: correct: fold over the chars into a (vowels, consonants) tuple
fn count_letters(s: &str) -> (usize, usize) {
    s.chars().fold((0, 0), |(v, c), ch| {
        if !ch.is_ascii_alphabetic() {
            (v, c)
        } else if "aeiou".contains(ch.to_ascii_lowercase()) {
            (v + 1, c)
        } else {
            (v, c + 1)
        }
    })
}

fn main() {
    assert_eq!(count_letters(""), (0, 0));
    assert_eq!(count_letters("a"), (1, 0));
    assert_eq!(count_letters("Hello, World!"), (3, 7));
    assert_eq!(count_letters("AEIOU aeiou"), (10, 0));
    assert_eq!(count_letters("rhythm 123"), (0, 6));
    assert_eq!(count_letters("Rust is fun"), (3, 6));
}
