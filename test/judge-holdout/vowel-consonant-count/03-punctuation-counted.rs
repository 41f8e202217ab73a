// task: vowel-consonant-count
// intent: wrong answer: everything that is not a vowel or a space counts as a consonant, punctuation included
fn count_letters(s: &str) -> (usize, usize) {
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    let mut v = 0;
    let mut c = 0;
    for ch in s.to_lowercase().chars() {
        if vowels.contains(&ch) {
            v += 1;
        } else if ch != ' ' {
            c += 1;
        }
    }
    (v, c)
}

fn main() {
    assert_eq!(count_letters(""), (0, 0));
    assert_eq!(count_letters("a"), (1, 0));
    assert_eq!(count_letters("Hello, World!"), (3, 7));
    assert_eq!(count_letters("AEIOU aeiou"), (10, 0));
    assert_eq!(count_letters("rhythm 123"), (0, 6));
    assert_eq!(count_letters("Rust is fun"), (3, 6));
}
