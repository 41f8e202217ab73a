// task: longest-word
// intent: outside subset: generic helper with explicit lifetimes fn longer<'a>
fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if b.len() > a.len() {
        b
    } else {
        a
    }
}

fn longest_word(s: &str) -> Option<&str> {
    s.split_whitespace().reduce(longer)
}

fn main() {
    assert_eq!(longest_word("the quick brown fox"), Some("quick"));
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word("a bb ccc dd"), Some("ccc"));
    assert_eq!(longest_word("hello"), Some("hello"));
    assert_eq!(longest_word("one two six"), Some("one"));
    assert_eq!(longest_word("  spaced   words  "), Some("spaced"));
}
