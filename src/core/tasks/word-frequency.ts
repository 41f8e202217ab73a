import type { Task } from '../task';

/** A deterministic order (count descending, then word) so HashMap iteration order cannot leak into the answer; punctuation splits words. */
export const wordFrequencyTask: Task = {
  schemaVersion: 1,
  id: 'word-frequency',
  title: 'Word frequencies',
  prompt: 'Write a Rust function `word_frequency(text: &str) -> Vec<(String, usize)>` that counts how often each word occurs. Words are runs of alphabetic characters, compared in lowercase. Sort by count, highest first, and alphabetically among equal counts.',
  signature: 'fn word_frequency(text: &str) -> Vec<(String, usize)>',
  publicExamples: [
    { call: 'word_frequency("b a b")', expected: 'vec![("b".to_string(), 2), ("a".to_string(), 1)]' },
    { call: 'word_frequency("Hi hi")', expected: 'vec![("hi".to_string(), 2)]' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(word_frequency(""), Vec::<(String, usize)>::new());
    assert_eq!(word_frequency("  ...  "), Vec::<(String, usize)>::new());
    assert_eq!(word_frequency("b a"), vec![("a".to_string(), 1), ("b".to_string(), 1)]);
    assert_eq!(word_frequency("The cat. THE the"), vec![("the".to_string(), 3), ("cat".to_string(), 1)]);
    assert_eq!(word_frequency("it's"), vec![("it".to_string(), 1), ("s".to_string(), 1)]);
    assert_eq!(word_frequency("Über über"), vec![("über".to_string(), 2)]);
    assert_eq!(
        word_frequency("one, two; two! three three three"),
        vec![("three".to_string(), 3), ("two".to_string(), 2), ("one".to_string(), 1)]
    );
}
`,
  difficulty: 'hard',
  referenceSolution: `use std::collections::HashMap;

fn word_frequency(text: &str) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if !word.is_empty() {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
    }
    let mut result: Vec<(String, usize)> = counts.into_iter().collect();
    result.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    result
}`,
};
