// task: word-count
// intent: wrong answer: words are not lowercased, so Hello/hello/HELLO are counted apart
use std::collections::HashMap;

// Count how many times each word appears in the text.
fn word_count(text: &str) -> HashMap<String, usize> {
    let mut map: HashMap<String, usize> = HashMap::new();
    for w in text.split_whitespace() {
        let counter = map.entry(w.to_string()).or_insert(0);
        *counter += 1;
    }
    map
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
