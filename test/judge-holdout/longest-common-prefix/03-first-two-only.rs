// task: longest-common-prefix
// intent: wrong answer: only compares the first two words
fn longest_common_prefix(words: &[&str]) -> String {
    if words.len() == 0 {
        return "".to_string();
    }
    if words.len() == 1 {
        return words[0].to_string();
    }
    let a = words[0];
    let b = words[1];
    let mut result = String::new();
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            break;
        }
        result.push(x);
    }
    result
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
