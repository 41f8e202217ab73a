// task: longest-word
// intent: correct: reverse before max_by_key so the first longest word wins ties
fn longest_word(s: &str) -> Option<&str> {
    // max_by_key keeps the last maximum, so walk the words backwards
    s.split_whitespace().rev().max_by_key(|w| w.len())
}

fn main() {
    assert_eq!(longest_word("the quick brown fox"), Some("quick"));
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word("a bb ccc dd"), Some("ccc"));
    assert_eq!(longest_word("hello"), Some("hello"));
    assert_eq!(longest_word("one two six"), Some("one"));
    assert_eq!(longest_word("  spaced   words  "), Some("spaced"));
}
