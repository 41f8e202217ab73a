// task: balanced-parentheses
// intent: wrong answer: returns true without checking the stack is empty
fn is_balanced(s: &str) -> bool {
    let mut stack = Vec::new();
    for c in s.chars() {
        if c == '(' || c == '[' || c == '{' {
            stack.push(c);
        } else if c == ')' || c == ']' || c == '}' {
            let open = match stack.pop() {
                Some(o) => o,
                None => return false,
            };
            if (open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}') {
                return false;
            }
        }
    }
    true
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
