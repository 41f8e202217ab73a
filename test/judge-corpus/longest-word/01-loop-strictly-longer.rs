// task: longest-word
// intent: correct: loop keeping the first strictly longer word
fn longest_word(s: &str) -> Option<&str> {
    let mut best: Option<&str> = None;
    for word in s.split_whitespace() {
        match best {
            Some(b) if word.len() <= b.len() => {}
            _ => best = Some(word),
        }
    }
    best
}

fn main() {
    assert_eq!(longest_word("the quick brown fox"), Some("quick"));
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word("a bb ccc dd"), Some("ccc"));
    assert_eq!(longest_word("hello"), Some("hello"));
    assert_eq!(longest_word("one two six"), Some("one"));
    assert_eq!(longest_word("  spaced   words  "), Some("spaced"));
}
