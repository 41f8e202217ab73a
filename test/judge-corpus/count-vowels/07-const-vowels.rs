// task: count-vowels
// intent: correct: const vowel str, lowercase the input, filter and count
const VOWELS: &str = "aeiou";

fn count_vowels(s: &str) -> usize {
    s.to_lowercase()
        .chars()
        .filter(|c| VOWELS.contains(*c))
        .count()
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
