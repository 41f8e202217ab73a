// task: balanced-parentheses
// intent: wrong answer: one depth counter ignores bracket types, so (] is accepted
fn is_balanced(s: &str) -> bool {
    let mut depth = 0;
    for c in s.chars() {
        if c == '(' || c == '[' || c == '{' {
            depth += 1;
        } else if c == ')' || c == ']' || c == '}' {
            depth -= 1;
            if depth < 0 {
                return false;
            }
        }
    }
    depth == 0
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
