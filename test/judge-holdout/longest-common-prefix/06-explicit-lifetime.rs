// task: longest-common-prefix
// intent: outside subset: explicit lifetime `'a` so the prefix can borrow from the first word
fn longest_common_prefix<'a>(words: &[&'a str]) -> &'a str {
    if words.is_empty() {
        return "";
    }
    let mut end = words[0].len();
    for w in words {
        end = end.min(w.len());
        for (i, (a, b)) in words[0].bytes().zip(w.bytes()).enumerate() {
            if a != b {
                end = end.min(i);
                break;
            }
        }
    }
    &words[0][..end]
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
