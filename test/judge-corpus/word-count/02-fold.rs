// task: word-count
// intent: correct: fold into a HashMap
use std::collections::HashMap;

fn word_count(text: &str) -> HashMap<String, usize> {
    text.split_whitespace()
        .map(str::to_lowercase)
        .fold(HashMap::new(), |mut acc, w| {
            *acc.entry(w).or_default() += 1;
            acc
        })
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
