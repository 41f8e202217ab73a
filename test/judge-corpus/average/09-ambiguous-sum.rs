// task: average
// intent: E0282: sum() into an unannotated variable, type annotations needed
fn average(v: &[i32]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let total = v.iter().sum();
    total as f64 / v.len() as f64
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
