import type { Task } from '../task';

/** Counts characters, not bytes (multi-byte characters), and is case-sensitive. */
export const firstUniqueCharTask: Task = {
  schemaVersion: 1,
  id: 'first-unique-char',
  title: 'First non-repeating character',
  prompt: 'Write a Rust function `first_unique_char(s: &str) -> Option<char>` that returns the first character that appears exactly once in the string (case-sensitive), or None when there is none.',
  signature: 'fn first_unique_char(s: &str) -> Option<char>',
  publicExamples: [
    { call: 'first_unique_char("leetcode")', expected: "Some('l')" },
    { call: 'first_unique_char("aabb")', expected: 'None' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(first_unique_char(""), None);
    assert_eq!(first_unique_char("z"), Some('z'));
    assert_eq!(first_unique_char("loveleetcode"), Some('v'));
    assert_eq!(first_unique_char("aabbc"), Some('c'));
    assert_eq!(first_unique_char("Aa"), Some('A'));
    assert_eq!(first_unique_char("日本日"), Some('本'));
    assert_eq!(first_unique_char("ééa"), Some('a'));
    assert_eq!(first_unique_char("abcabc"), None);
}
`,
  difficulty: 'medium',
  referenceSolution: `use std::collections::HashMap;

fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    s.chars().find(|c| counts[c] == 1)
}`,
};
