import type { Task } from '../task';

/** Runs of spaces and leading or trailing spaces must not produce empty words. */
export const reverseWordsTask: Task = {
  schemaVersion: 1,
  id: 'reverse-words',
  title: 'Reverse the words',
  prompt: 'Write a Rust function `reverse_words(s: &str) -> String` that returns the words of the string in reverse order, separated by single spaces. Words are separated by any amount of whitespace; leading and trailing whitespace is dropped.',
  signature: 'fn reverse_words(s: &str) -> String',
  publicExamples: [
    { call: 'reverse_words("the sky is blue")', expected: '"blue is sky the"' },
    { call: 'reverse_words("hello")', expected: '"hello"' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(reverse_words(""), "");
    assert_eq!(reverse_words("   "), "");
    assert_eq!(reverse_words("one"), "one");
    assert_eq!(reverse_words("  a   b  "), "b a");
    assert_eq!(reverse_words("Hello, World!"), "World! Hello,");
    assert_eq!(reverse_words("héllo wörld 日本"), "日本 wörld héllo");
    assert_eq!(reverse_words("a b c d e"), "e d c b a");
}
`,
  difficulty: 'medium',
  referenceSolution: `fn reverse_words(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = String::new();
    for (i, word) in words.iter().rev().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}`,
};
