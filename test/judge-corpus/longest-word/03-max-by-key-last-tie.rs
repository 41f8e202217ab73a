// task: longest-word
// intent: wrong answer: max_by_key returns the last of equally long words
fn longest_word(s: &str) -> Option<&str> {
    s.split_whitespace().max_by_key(|word| word.len())
}

fn main() {
    assert_eq!(longest_word("the quick brown fox"), Some("quick"));
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word("a bb ccc dd"), Some("ccc"));
    assert_eq!(longest_word("hello"), Some("hello"));
    assert_eq!(longest_word("one two six"), Some("one"));
    assert_eq!(longest_word("  spaced   words  "), Some("spaced"));
}
