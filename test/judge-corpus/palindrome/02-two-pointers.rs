// task: palindrome
// intent: correct: two pointers moving inward over a Vec<char>
fn is_palindrome(s: &str) -> bool {
    let chars: Vec<char> = s
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    if chars.is_empty() {
        return true;
    }
    let mut left = 0;
    let mut right = chars.len() - 1;
    while left < right {
        if chars[left] != chars[right] {
            return false;
        }
        left += 1;
        right -= 1;
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
