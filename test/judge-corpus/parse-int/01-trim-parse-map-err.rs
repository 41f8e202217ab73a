// task: parse-int
// intent: correct: trim, parse::<i32>, map_err to String
fn parse_int(s: &str) -> Result<i32, String> {
    s.trim().parse::<i32>().map_err(|e| e.to_string())
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
