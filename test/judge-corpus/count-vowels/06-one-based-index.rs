// task: count-vowels
// intent: unconditional_panic: vowels[5] on a 5-element array (1-based indexing)
fn count_vowels(s: &str) -> usize {
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    let mut count = 0;
    for c in s.chars() {
        let lower = c.to_ascii_lowercase();
        if lower == vowels[1] || lower == vowels[2] || lower == vowels[3]
            || lower == vowels[4] || lower == vowels[5]
        {
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
