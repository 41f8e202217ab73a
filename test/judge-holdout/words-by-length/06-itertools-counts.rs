// task: words-by-length
// intent: E0432: imports the itertools crate, which is not available
use itertools::Itertools;
use std::collections::BTreeMap;

fn count_by_length(text: &str) -> BTreeMap<usize, usize> {
    text.split_whitespace()
        .map(|w| w.len())
        .counts()
        .into_iter()
        .collect()
}

fn main() {
    assert_eq!(count_by_length(""), BTreeMap::new());
    assert_eq!(count_by_length("a"), BTreeMap::from([(1, 1)]));
    assert_eq!(count_by_length("the cat sat"), BTreeMap::from([(3, 3)]));
    assert_eq!(count_by_length("I am here now"), BTreeMap::from([(1, 1), (2, 1), (3, 1), (4, 1)]));
    assert_eq!(count_by_length("  spaced   out  words "), BTreeMap::from([(3, 1), (5, 1), (6, 1)]));
    assert_eq!(count_by_length("hello world hello"), BTreeMap::from([(5, 3)]));
}
