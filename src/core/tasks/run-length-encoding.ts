import type { Task } from '../task';

/** The final run must be flushed, counts can have several digits, and runs are of characters, not bytes. */
export const runLengthEncodingTask: Task = {
  schemaVersion: 1,
  id: 'run-length-encoding',
  title: 'Run-length encoding',
  prompt: 'Write a Rust function `run_length_encode(s: &str) -> String` that replaces each run of the same character by its length followed by the character, e.g. "aaabcc" becomes "3a1b2c".',
  signature: 'fn run_length_encode(s: &str) -> String',
  publicExamples: [
    { call: 'run_length_encode("aaabcc")', expected: '"3a1b2c"' },
    { call: 'run_length_encode("a")', expected: '"1a"' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(run_length_encode(""), "");
    assert_eq!(run_length_encode("abab"), "1a1b1a1b");
    assert_eq!(run_length_encode("aaaaaaaaaaaa"), "12a");
    assert_eq!(run_length_encode("aAa"), "1a1A1a");
    assert_eq!(run_length_encode("ééé"), "3é");
    assert_eq!(run_length_encode("  x"), "2 1x");
    assert_eq!(run_length_encode("zzzzzzzzzzy"), "10z1y");
}
`,
  difficulty: 'hard',
  referenceSolution: `fn run_length_encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut count = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            count += 1;
        }
        out.push_str(&count.to_string());
        out.push(c);
    }
    out
}`,
};
