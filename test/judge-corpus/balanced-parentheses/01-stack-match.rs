// task: balanced-parentheses
// intent: correct: Vec<char> stack with match on the bracket
fn is_balanced(s: &str) -> bool {
    let mut stack: Vec<char> = Vec::new();
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
            _ => {}
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
