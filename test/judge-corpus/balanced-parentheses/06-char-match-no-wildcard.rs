// task: balanced-parentheses
// intent: E0004: match on char without a _ arm
fn is_balanced(s: &str) -> bool {
    let mut stack = Vec::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' => {
                if stack.pop() != Some('(') {
                    return false;
                }
            }
            ']' => {
                if stack.pop() != Some('[') {
                    return false;
                }
            }
            '}' => {
                if stack.pop() != Some('{') {
                    return false;
                }
            }
        }
    }
    stack.is_empty()
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
