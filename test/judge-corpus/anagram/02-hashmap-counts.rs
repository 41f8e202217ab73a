// task: anagram
// intent: correct: HashMap letter counts, increment for a and decrement for b
use std::collections::HashMap;

fn is_anagram(a: &str, b: &str) -> bool {
    let mut counts: HashMap<char, i32> = HashMap::new();
    for c in a.to_lowercase().chars().filter(|c| *c != ' ') {
        *counts.entry(c).or_insert(0) += 1;
    }
    for c in b.to_lowercase().chars().filter(|c| *c != ' ') {
        *counts.entry(c).or_insert(0) -= 1;
    }
    counts.values().all(|&n| n == 0)
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
