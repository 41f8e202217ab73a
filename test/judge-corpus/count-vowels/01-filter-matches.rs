// task: count-vowels
// intent: correct: filter with matches! on the lowercased char, then count
fn count_vowels(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
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
