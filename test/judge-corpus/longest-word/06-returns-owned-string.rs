// task: longest-word
// intent: E0308: returns Some(String) where Option<&str> is expected
fn longest_word(s: &str) -> Option<&str> {
    let mut longest = String::new();
    for word in s.split_whitespace() {
        if word.len() > longest.len() {
            longest = word.to_string();
        }
    }
    if longest.is_empty() {
        None
    } else {
        Some(longest)
    }
}

fn main() {
    assert_eq!(longest_word("the quick brown fox"), Some("quick"));
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word("a bb ccc dd"), Some("ccc"));
    assert_eq!(longest_word("hello"), Some("hello"));
    assert_eq!(longest_word("one two six"), Some("one"));
    assert_eq!(longest_word("  spaced   words  "), Some("spaced"));
}
