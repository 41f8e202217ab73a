// task: count-vowels
// intent: correct: loop with a vowel string and contains
fn count_vowels(s: &str) -> usize {
    let vowels = "aeiouAEIOU";
    let mut count = 0;
    for c in s.chars() {
        if vowels.contains(c) {
            count += 1;
        }
    }
    count
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
