// task: average
// intent: correct: explicit loop with an i64 accumulator
// Average of a slice of integers; an empty slice averages to 0.0.
fn average(v: &[i32]) -> f64 {
    let mut total: i64 = 0;
    let mut count = 0;
    for value in v {
        total += *value as i64;
        count += 1;
    }
    if count == 0 {
        0.0
    } else {
        total as f64 / count as f64
    }
}

fn main() {
    assert_eq!(average(&[1, 2, 3, 4]), 2.5);
    assert_eq!(average(&[5]), 5.0);
    assert_eq!(average(&[-1, 1]), 0.0);
    assert_eq!(average(&[-3, -4]), -3.5);
    assert_eq!(average(&[]), 0.0);
    assert_eq!(format!("{:.2}", average(&[1, 2, 2])), "1.67");
    assert_eq!(average(&[i32::MAX, i32::MAX]), 2147483647.0);
}
