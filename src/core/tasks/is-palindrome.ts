import type { Task } from '../task';

/** Characters, not bytes: a byte-wise reversal fails on "été". */
export const isPalindromeTask: Task = {
  schemaVersion: 1,
  id: 'is-palindrome',
  title: 'Palindrome check',
  prompt: 'Write a Rust function `is_palindrome(s: &str) -> bool` that returns true when the string reads the same forwards and backwards, comparing characters exactly (case and spaces count).',
  signature: 'fn is_palindrome(s: &str) -> bool',
  publicExamples: [
    { call: 'is_palindrome("racecar")', expected: 'true' },
    { call: 'is_palindrome("hello")', expected: 'false' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(is_palindrome(""), true);
    assert_eq!(is_palindrome("a"), true);
    assert_eq!(is_palindrome("ab"), false);
    assert_eq!(is_palindrome("abba"), true);
    assert_eq!(is_palindrome("Aba"), false);
    assert_eq!(is_palindrome("a b a"), true);
    assert_eq!(is_palindrome("ab a"), false);
    assert_eq!(is_palindrome("été"), true);
    assert_eq!(is_palindrome("日本日"), true);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn is_palindrome(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    for i in 0..n / 2 {
        if chars[i] != chars[n - 1 - i] {
            return false;
        }
    }
    true
}`,
};
