// task: word-count
// intent: E0425: unknown type HashMap in the signature, no use std::collections::HashMap (E0412 in older rustc; 1.95 reports E0425)
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
