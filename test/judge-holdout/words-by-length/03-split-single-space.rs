// task: words-by-length
// intent: wrong answer: split(' ') produces empty words, counted under length 0
use std::collections::BTreeMap;

fn count_by_length(text: &str) -> BTreeMap<usize, usize> {
    let mut map: BTreeMap<usize, usize> = BTreeMap::new();
    for w in text.split(' ') {
        let count = map.entry(w.len()).or_insert(0);
        *count += 1;
    }
    map
}

fn main() {
    assert_eq!(count_by_length(""), BTreeMap::new());
    assert_eq!(count_by_length("a"), BTreeMap::from([(1, 1)]));
    assert_eq!(count_by_length("the cat sat"), BTreeMap::from([(3, 3)]));
    assert_eq!(count_by_length("I am here now"), BTreeMap::from([(1, 1), (2, 1), (3, 1), (4, 1)]));
    assert_eq!(count_by_length("  spaced   out  words "), BTreeMap::from([(3, 1), (5, 1), (6, 1)]));
    assert_eq!(count_by_length("hello world hello"), BTreeMap::from([(5, 3)]));
}
