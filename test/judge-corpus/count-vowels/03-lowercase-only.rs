// task: count-vowels
// intent: wrong answer: only lowercase vowels are counted
fn count_vowels(s: &str) -> usize {
    let mut count = 0;
    for ch in s.chars() {
        match ch {
            'a' | 'e' | 'i' | 'o' | 'u' => count += 1,
            _ => {}
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
