// task: balanced-parentheses
// intent: runtime error: stack.pop().unwrap() on a leading closer
fn is_balanced(s: &str) -> bool {
    let mut stack = Vec::new();
    for c in s.chars() {
        if "([{".contains(c) {
            stack.push(c);
        } else if ")]}".contains(c) {
            let top = stack.pop().unwrap();
            let matches = (top == '(' && c == ')') || (top == '[' && c == ']') || (top == '{' && c == '}');
            if !matches {
                return false;
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
