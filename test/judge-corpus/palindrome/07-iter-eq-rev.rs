// task: palindrome
// intent: correct: compares the filtered iterator with its reverse using Iterator::eq
// A palindrome reads the same forwards and backwards, ignoring case and
// anything that is not a letter or digit.
fn is_palindrome(s: &str) -> bool {
    let normalized = s
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase());
    normalized.clone().eq(normalized.rev())
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
