// task: words-by-length
// intent: E0425: BTreeMap is used in the signature with no `use std::collections::BTreeMap` (older rustc: E0412)
fn count_by_length(text: &str) -> BTreeMap<usize, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.len()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    assert_eq!(count_by_length(""), BTreeMap::new());
    assert_eq!(count_by_length("a"), BTreeMap::from([(1, 1)]));
    assert_eq!(count_by_length("the cat sat"), BTreeMap::from([(3, 3)]));
    assert_eq!(count_by_length("I am here now"), BTreeMap::from([(1, 1), (2, 1), (3, 1), (4, 1)]));
    assert_eq!(count_by_length("  spaced   out  words "), BTreeMap::from([(3, 1), (5, 1), (6, 1)]));
    assert_eq!(count_by_length("hello world hello"), BTreeMap::from([(5, 3)]));
}
