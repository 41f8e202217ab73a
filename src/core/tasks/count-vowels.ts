import type { Task } from '../task';

/** Uppercase vowels count; "y" and accented letters do not. */
export const countVowelsTask: Task = {
  schemaVersion: 1,
  id: 'count-vowels',
  title: 'Count vowels',
  prompt: 'Write a Rust function `count_vowels(s: &str) -> usize` that counts the vowels a, e, i, o, u in a string, in either case. The letter y and accented letters are not vowels.',
  signature: 'fn count_vowels(s: &str) -> usize',
  publicExamples: [
    { call: 'count_vowels("hello")', expected: '2' },
    { call: 'count_vowels("sky")', expected: '0' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(count_vowels(""), 0);
    assert_eq!(count_vowels("rhythm"), 0);
    assert_eq!(count_vowels("AEIOU"), 5);
    assert_eq!(count_vowels("Hello, World!"), 3);
    assert_eq!(count_vowels("yay"), 1);
    assert_eq!(count_vowels("école"), 2);
    assert_eq!(count_vowels("Programming In Rust"), 5);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn count_vowels(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
        .count()
}`,
};
