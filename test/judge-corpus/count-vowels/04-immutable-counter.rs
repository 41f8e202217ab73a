// task: count-vowels
// intent: E0384: count declared without mut and incremented
fn count_vowels(s: &str) -> usize {
    let count = 0;
    for c in s.to_lowercase().chars() {
        if "aeiou".contains(c) {
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
