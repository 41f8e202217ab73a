// task: anagram
// intent: wrong answer: compares sets of letters, ignoring counts (aab vs abb)
use std::collections::HashSet;

fn is_anagram(a: &str, b: &str) -> bool {
    let set_a: HashSet<char> = a.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let set_b: HashSet<char> = b.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    set_a == set_b
}

fn main() {
    assert_eq!(is_anagram("listen", "silent"), true);
    assert_eq!(is_anagram("", ""), true);
    assert_eq!(is_anagram("a", "b"), false);
    assert_eq!(is_anagram("abc", "abcd"), false);
    assert_eq!(is_anagram("Dormitory", "Dirty room"), true);
    assert_eq!(is_anagram("aab", "abb"), false);
    assert_eq!(is_anagram("Astronomer", "Moon starer"), true);
}
