// task: palindrome
// intent: wrong answer: compares raw string with its reverse, ignoring case and punctuation
fn is_palindrome(s: &str) -> bool {
    let reversed: String = s.chars().rev().collect();
    s == reversed
}

fn main() {
    assert_eq!(is_palindrome(""), true);
    assert_eq!(is_palindrome("a"), true);
    assert_eq!(is_palindrome("racecar"), true);
    assert_eq!(is_palindrome("hello"), false);
    assert_eq!(is_palindrome("ab"), false);
    assert_eq!(is_palindrome("A man, a plan, a canal: Panama"), true);
    assert_eq!(is_palindrome("No 'x' in Nixon"), true);
}
