// task: word-count
// intent: correct: explicit get, then insert the new count
use std::collections::HashMap;

fn word_count(text: &str) -> HashMap<String, usize> {
    let mut result = HashMap::new();
    let lowered = text.to_lowercase();
    for word in lowered.split_whitespace() {
        let current = match result.get(word) {
            Some(n) => *n,
            None => 0,
        };
        result.insert(word.to_string(), current + 1);
    }
    result
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
