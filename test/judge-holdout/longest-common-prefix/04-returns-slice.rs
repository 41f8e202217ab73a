// task: longest-common-prefix
// intent: E0308: returns &first[..i] from a function that returns String
fn longest_common_prefix(words: &[&str]) -> String {
    if words.is_empty() {
        return String::new();
    }
    let first = words[0];
    for i in 0..first.len() {
        let c = first.as_bytes()[i];
        for w in words.iter() {
            if i >= w.len() || w.as_bytes()[i] != c {
                return &first[..i];
            }
        }
    }
    first.to_string()
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
