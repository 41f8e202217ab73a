// task: vowel-consonant-count
// intent: wrong answer: only lowercase vowels are recognised, uppercase ones count as consonants
fn count_letters(s: &str) -> (usize, usize) {
    let mut counts = (0, 0);
    for ch in s.chars().filter(|c| c.is_alphabetic()) {
        if "aeiou".contains(ch) {
            counts.0 += 1;
        } else {
            counts.1 += 1;
        }
    }
    counts
}

fn main() {
    assert_eq!(count_letters(""), (0, 0));
    assert_eq!(count_letters("a"), (1, 0));
    assert_eq!(count_letters("Hello, World!"), (3, 7));
    assert_eq!(count_letters("AEIOU aeiou"), (10, 0));
    assert_eq!(count_letters("rhythm 123"), (0, 6));
    assert_eq!(count_letters("Rust is fun"), (3, 6));
}
