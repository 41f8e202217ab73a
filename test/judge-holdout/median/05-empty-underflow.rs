// task: median
// intent: runtime error: an empty slice counts as even, and len / 2 - 1 underflows usize
fn median(values: &[f64]) -> Option<f64> {
    let mut data = values.to_vec();
    data.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let len = data.len();
    if len % 2 == 0 {
        let left = data[len / 2 - 1];
        let right = data[len / 2];
        Some((left + right) / 2.0)
    } else {
        Some(data[len / 2])
    }
}

fn main() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[4.0]), Some(4.0));
    assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    assert_eq!(median(&[-1.5, -0.5]), Some(-1.0));
    assert_eq!(median(&[10.0, 10.0, 10.0, 1.0]), Some(10.0));
}
