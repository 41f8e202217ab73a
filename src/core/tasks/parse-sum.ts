import type { Task } from '../task';

/** Malformed input and i64 overflow are errors, never panics; negative operands must parse. */
export const parseSumTask: Task = {
  schemaVersion: 1,
  id: 'parse-sum',
  title: 'Parse and add "a+b"',
  prompt: 'Write a Rust function `parse_sum(s: &str) -> Result<i64, String>` that parses a string of the form "a+b", where a and b are i64 integers (possibly negative, possibly surrounded by spaces), and returns their sum. Return Err with a message when the input is malformed or the sum overflows.',
  signature: 'fn parse_sum(s: &str) -> Result<i64, String>',
  publicExamples: [
    { call: 'parse_sum("1+2")', expected: 'Ok(3)' },
    { call: 'parse_sum("1+").is_err()', expected: 'true' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(parse_sum("0+0"), Ok(0));
    assert_eq!(parse_sum(" 10 + -4 "), Ok(6));
    assert_eq!(parse_sum("-3+-4"), Ok(-7));
    assert_eq!(parse_sum("9223372036854775807+0"), Ok(i64::MAX));
    assert!(parse_sum("9223372036854775807+1").is_err());
    assert!(parse_sum("-9223372036854775808+-1").is_err());
    assert!(parse_sum("").is_err());
    assert!(parse_sum("12").is_err());
    assert!(parse_sum("+1").is_err());
    assert!(parse_sum("1+2+3").is_err());
    assert!(parse_sum("a+1").is_err());
}
`,
  difficulty: 'hard',
  referenceSolution: `fn parse_sum(s: &str) -> Result<i64, String> {
    let parts: Vec<&str> = s.split('+').collect();
    if parts.len() != 2 {
        return Err(format!("expected a+b, got {:?}", s));
    }
    let a: i64 = parts[0].trim().parse().map_err(|_| format!("not an integer: {:?}", parts[0]))?;
    let b: i64 = parts[1].trim().parse().map_err(|_| format!("not an integer: {:?}", parts[1]))?;
    a.checked_add(b).ok_or_else(|| "the sum overflows i64".to_string())
}`,
};
