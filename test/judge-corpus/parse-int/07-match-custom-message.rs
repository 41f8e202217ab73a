// task: parse-int
// intent: correct: match on the parse result with a custom error message
/// Parses a decimal integer, ignoring surrounding whitespace.
fn parse_int(s: &str) -> Result<i32, String> {
    match s.trim().parse::<i32>() {
        Ok(value) => Ok(value),
        Err(err) => Err(format!("could not parse {:?}: {}", s, err)),
    }
}

fn main() {
    assert_eq!(parse_int("42"), Ok(42));
    assert_eq!(parse_int("-7"), Ok(-7));
    assert_eq!(parse_int("0"), Ok(0));
    assert_eq!(parse_int("+12"), Ok(12));
    assert_eq!(parse_int(" 5 "), Ok(5));
    assert!(parse_int("").is_err());
    assert!(parse_int("abc").is_err());
    assert!(parse_int("2147483648").is_err());
}
