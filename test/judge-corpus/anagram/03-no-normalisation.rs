// task: anagram
// intent: wrong answer: sorts raw chars, so case and spaces break Dormitory/Dirty room
fn is_anagram(a: &str, b: &str) -> bool {
    let mut x: Vec<char> = a.chars().collect();
    let mut y: Vec<char> = b.chars().collect();
    x.sort();
    y.sort();
    x == y
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
