// task: vowel-consonant-count
// intent: correct: collect lowercased letters, count vowels with matches!, subtract
fn count_letters(s: &str) -> (usize, usize) {
    let letters: Vec<char> = s
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let vowels = letters
        .iter()
        .filter(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .count();
    (vowels, letters.len() - vowels)
}

fn main() {
    assert_eq!(count_letters(""), (0, 0));
    assert_eq!(count_letters("a"), (1, 0));
    assert_eq!(count_letters("Hello, World!"), (3, 7));
    assert_eq!(count_letters("AEIOU aeiou"), (10, 0));
    assert_eq!(count_letters("rhythm 123"), (0, 6));
    assert_eq!(count_letters("Rust is fun"), (3, 6));
}
