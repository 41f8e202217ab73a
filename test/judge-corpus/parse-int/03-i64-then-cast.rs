// task: parse-int
// intent: wrong answer: accumulates in i64 and casts with as i32, so 2147483648 wraps to Ok
fn parse_int(s: &str) -> Result<i32, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("empty".to_string());
    }
    let mut chars = s.chars().peekable();
    let mut sign = 1i64;
    if let Some(&c) = chars.peek() {
        if c == '-' || c == '+' {
            if c == '-' {
                sign = -1;
            }
            chars.next();
        }
    }
    let mut result: i64 = 0;
    for c in chars {
        if !c.is_ascii_digit() {
            return Err(format!("unexpected character '{}'", c));
        }
        result = result * 10 + (c as i64 - '0' as i64);
    }
    Ok((sign * result) as i32)
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
