import type { Task } from '../task';

/** Letter counts matter (not just the set of letters); case and spaces are ignored, including for non-ASCII letters. */
export const anagramTask: Task = {
  schemaVersion: 1,
  id: 'anagram',
  title: 'Anagram check',
  prompt: 'Write a Rust function `is_anagram(a: &str, b: &str) -> bool` that returns true when the two strings use exactly the same letters the same number of times, ignoring case and whitespace.',
  signature: 'fn is_anagram(a: &str, b: &str) -> bool',
  publicExamples: [
    { call: 'is_anagram("listen", "silent")', expected: 'true' },
    { call: 'is_anagram("abc", "abd")', expected: 'false' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(is_anagram("", ""), true);
    assert_eq!(is_anagram("a", ""), false);
    assert_eq!(is_anagram("Dormitory", "Dirty room"), true);
    assert_eq!(is_anagram("aab", "abb"), false);
    assert_eq!(is_anagram("abc", "abcc"), false);
    assert_eq!(is_anagram("Été", "tÉé"), true);
    assert_eq!(is_anagram("été", "ete"), false);
    assert_eq!(is_anagram("a gentleman", "elegant man"), true);
}
`,
  difficulty: 'medium',
  referenceSolution: `fn is_anagram(a: &str, b: &str) -> bool {
    fn letters(s: &str) -> Vec<char> {
        let mut v: Vec<char> = s.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        v.sort();
        v
    }
    letters(a) == letters(b)
}`,
};
