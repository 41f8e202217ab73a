// task: anagram
// intent: E0599: calls sort() on a Chars iterator
fn is_anagram(a: &str, b: &str) -> bool {
    let a_sorted = a.to_lowercase().replace(" ", "").chars().sort();
    let b_sorted = b.to_lowercase().replace(" ", "").chars().sort();
    a_sorted == b_sorted
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
