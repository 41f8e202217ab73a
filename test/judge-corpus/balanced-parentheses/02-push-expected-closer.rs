// task: balanced-parentheses
// intent: correct: push the expected closing bracket, compare on close
fn is_balanced(s: &str) -> bool {
    let mut expected = Vec::new();
    for ch in s.chars() {
        match ch {
            '(' => expected.push(')'),
            '[' => expected.push(']'),
            '{' => expected.push('}'),
            ')' | ']' | '}' => {
                if expected.pop() != Some(ch) {
                    return false;
                }
            }
            _ => continue,
        }
    }
    expected.is_empty()
}

fn main() {
    assert_eq!(is_balanced(""), true);
    assert_eq!(is_balanced("()"), true);
    assert_eq!(is_balanced("([]{})"), true);
    assert_eq!(is_balanced("(]"), false);
    assert_eq!(is_balanced("(("), false);
    assert_eq!(is_balanced("))(("), false);
    assert_eq!(is_balanced("a(b)c"), true);
    assert_eq!(is_balanced("{[}]"), false);
}
