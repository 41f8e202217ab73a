// task: median
// intent: wrong answer: for an even count it returns the upper middle instead of the mean of the two
fn median(values: &[f64]) -> Option<f64> {
    if values.len() == 0 {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Some(v[v.len() / 2])
}

fn main() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[4.0]), Some(4.0));
    assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    assert_eq!(median(&[-1.5, -0.5]), Some(-1.0));
    assert_eq!(median(&[10.0, 10.0, 10.0, 1.0]), Some(10.0));
}
