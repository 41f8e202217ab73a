// task: anagram
// intent: correct: [i32; 26] letter counts over ASCII letters
fn is_anagram(a: &str, b: &str) -> bool {
    let mut counts = [0i32; 26];
    for b in a.bytes().filter(u8::is_ascii_alphabetic) {
        counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    for b in b.bytes().filter(u8::is_ascii_alphabetic) {
        counts[(b.to_ascii_lowercase() - b'a') as usize] -= 1;
    }
    counts.iter().all(|&c| c == 0)
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
