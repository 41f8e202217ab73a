import type { Task } from '../task';

/** Negative and large shifts need a Euclidean remainder; case and non-ASCII letters are kept. */
export const caesarCipherTask: Task = {
  schemaVersion: 1,
  id: 'caesar-cipher',
  title: 'Caesar cipher',
  prompt: 'Write a Rust function `caesar_cipher(text: &str, shift: i32) -> String` that shifts each ASCII letter by `shift` places in the alphabet, wrapping around and keeping its case; every other character is unchanged. The shift may be negative or larger than 26.',
  signature: 'fn caesar_cipher(text: &str, shift: i32) -> String',
  publicExamples: [
    { call: 'caesar_cipher("abc", 1)', expected: '"bcd"' },
    { call: 'caesar_cipher("xyz", 3)', expected: '"abc"' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(caesar_cipher("", 5), "");
    assert_eq!(caesar_cipher("Hello, World!", 13), "Uryyb, Jbeyq!");
    assert_eq!(caesar_cipher("abc", 0), "abc");
    assert_eq!(caesar_cipher("abc", -1), "zab");
    assert_eq!(caesar_cipher("abc", 27), "bcd");
    assert_eq!(caesar_cipher("ABC xyz", -53), "ZAB wxy");
    assert_eq!(caesar_cipher("Zz", 1), "Aa");
    assert_eq!(caesar_cipher("héllo 1", 1), "iémmp 1");
}
`,
  difficulty: 'medium',
  referenceSolution: `fn caesar_cipher(text: &str, shift: i32) -> String {
    let shift = shift.rem_euclid(26) as u8;
    text.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                ((c as u8 - b'a' + shift) % 26 + b'a') as char
            } else if c.is_ascii_uppercase() {
                ((c as u8 - b'A' + shift) % 26 + b'A') as char
            } else {
                c
            }
        })
        .collect()
}`,
};
