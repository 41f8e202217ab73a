// task: longest-word
// intent: correct: fold with a closure that keeps ties on the left
fn longest_word(s: &str) -> Option<&str> {
    s.split_whitespace().fold(None, |best, w| match best {
        Some(b) if b.len() >= w.len() => Some(b),
        _ => Some(w),
    })
}

fn main() {
    assert_eq!(longest_word("the quick brown fox"), Some("quick"));
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word("a bb ccc dd"), Some("ccc"));
    assert_eq!(longest_word("hello"), Some("hello"));
    assert_eq!(longest_word("one two six"), Some("one"));
    assert_eq!(longest_word("  spaced   words  "), Some("spaced"));
}
