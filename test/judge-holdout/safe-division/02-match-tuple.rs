// task: safe-division
// intent: correct: match on (a, b) with (_, 0) and (i32::MIN, -1) arms
fn safe_divide(a: i32, b: i32) -> Result<i32, String> {
    match (a, b) {
        (_, 0) => Err("division by zero".to_string()),
        (i32::MIN, -1) => Err("overflow".to_string()),
        _ => Ok(a / b),
    }
}

fn main() {
    assert_eq!(safe_divide(10, 2), Ok(5));
    assert_eq!(safe_divide(7, -2), Ok(-3));
    assert_eq!(safe_divide(0, 5), Ok(0));
    assert_eq!(safe_divide(1, 0), Err(String::from("division by zero")));
    assert_eq!(safe_divide(i32::MIN, -1), Err(String::from("overflow")));
    assert_eq!(safe_divide(-9, 3), Ok(-3));
}
