// task: longest-common-prefix
// intent: correct: pop from the prefix until every word starts_with it
fn longest_common_prefix(words: &[&str]) -> String {
    let mut prefix = match words.first() {
        Some(w) => w.to_string(),
        None => return String::new(),
    };
    for w in words.iter().skip(1) {
        while !w.starts_with(&prefix) {
            prefix.pop();
        }
    }
    prefix
}

fn main() {
    assert_eq!(longest_common_prefix(&[]), "");
    assert_eq!(longest_common_prefix(&["alone"]), "alone");
    assert_eq!(longest_common_prefix(&["flower", "flow", "flight"]), "fl");
    assert_eq!(longest_common_prefix(&["dog", "racecar", "car"]), "");
    assert_eq!(longest_common_prefix(&["interview", "internet", "interval"]), "inter");
    assert_eq!(longest_common_prefix(&["", "abc"]), "");
    assert_eq!(longest_common_prefix(&["same", "same", "same"]), "same");
}
