// task: palindrome
// intent: E0277: indexing a str with usize
fn is_palindrome(s: &str) -> bool {
    let s = s.to_lowercase();
    let n = s.len();
    for i in 0..n / 2 {
        if s[i] != s[n - 1 - i] {
            return false;
        }
    }
    true
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
