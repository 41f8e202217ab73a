// task: parse-int
// intent: correct: manual digit loop with checked_mul and checked_add
fn parse_int(s: &str) -> Result<i32, String> {
    let s = s.trim();
    let (negative, digits) = match s.chars().next() {
        Some('-') => (true, &s[1..]),
        Some('+') => (false, &s[1..]),
        Some(_) => (false, s),
        None => return Err("empty string".to_string()),
    };
    if digits.is_empty() {
        return Err("no digits".to_string());
    }
    let mut value: i32 = 0;
    for c in digits.chars() {
        let d = c.to_digit(10).ok_or(format!("invalid digit {:?}", c))? as i32;
        value = value
            .checked_mul(10)
            .and_then(|v| if negative { v.checked_sub(d) } else { v.checked_add(d) })
            .ok_or_else(|| "number out of range".to_string())?;
    }
    Ok(value)
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
