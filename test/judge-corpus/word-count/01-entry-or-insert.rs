// task: word-count
// intent: correct: split_whitespace, lowercase, entry().or_insert(0)
use std::collections::HashMap;

fn word_count(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let wc = word_count("the cat and the hat");
    assert_eq!(wc.get("the"), Some(&2));
    assert_eq!(wc.get("cat"), Some(&1));
    assert_eq!(wc.get("dog"), None);
    assert_eq!(wc.len(), 4);
    assert!(word_count("").is_empty());
    assert_eq!(word_count("Hello hello HELLO").get("hello"), Some(&3));
    assert_eq!(word_count("  spaced   out  ").len(), 2);
}
