// task: safe-division
// intent: runtime error: only checks for zero, so i32::MIN / -1 panics with overflow
fn safe_divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        Err(String::from("division by zero"))
    } else {
        Ok(a / b)
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
