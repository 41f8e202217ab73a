// task: safe-division
// intent: syntax error: Python-style `elif` after the if block
fn safe_divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        return Err(String::from("division by zero"));
    } elif a == i32::MIN && b == -1 {
        return Err(String::from("overflow"));
    }
    Ok(a / b)
}

fn main() {
    assert_eq!(safe_divide(10, 2), Ok(5));
    assert_eq!(safe_divide(7, -2), Ok(-3));
    assert_eq!(safe_divide(0, 5), Ok(0));
    assert_eq!(safe_divide(1, 0), Err(String::from("division by zero")));
    assert_eq!(safe_divide(i32::MIN, -1), Err(String::from("overflow")));
    assert_eq!(safe_divide(-9, 3), Ok(-3));
}
