// task: longest-common-prefix
// intent: correct: shrink a prefix length while comparing char vectors
fn longest_common_prefix(words: &[&str]) -> String {
    if words.is_empty() {
        return String::new();
    }
    let first: Vec<char> = words[0].chars().collect();
    let mut len = first.len();
    for word in &words[1..] {
        let chars: Vec<char> = word.chars().collect();
        let mut i = 0;
        while i < len && i < chars.len() && chars[i] == first[i] {
            i += 1;
        }
        len = i;
    }
    first[..len].iter().collect()
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
