// task: vowel-consonant-count
// intent: correct: filter letters, then partition with a helper is_vowel
fn is_vowel(c: char) -> bool {
    "aeiouAEIOU".contains(c)
}

fn count_letters(s: &str) -> (usize, usize) {
    let (v, c): (Vec<char>, Vec<char>) = s
        .chars()
        .filter(|ch| ch.is_ascii_alphabetic())
        .partition(|&ch| is_vowel(ch));
    (v.len(), c.len())
}

fn main() {
    assert_eq!(count_letters(""), (0, 0));
    assert_eq!(count_letters("a"), (1, 0));
    assert_eq!(count_letters("Hello, World!"), (3, 7));
    assert_eq!(count_letters("AEIOU aeiou"), (10, 0));
    assert_eq!(count_letters("rhythm 123"), (0, 6));
    assert_eq!(count_letters("Rust is fun"), (3, 6));
}
