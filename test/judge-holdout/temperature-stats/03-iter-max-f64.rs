// task: temperature-stats
// intent: E0277: calls .min()/.max() on an iterator of f64, which is not Ord
fn temp_stats(temps: &[f64]) -> Option<(f64, f64, f64)> {
    if temps.is_empty() {
        return None;
    }
    let min = *temps.iter().min().unwrap();
    let max = *temps.iter().max().unwrap();
    let sum: f64 = temps.iter().sum();
    Some((min, max, sum / temps.len() as f64))
}

fn main() {
    assert_eq!(temp_stats(&[]), None);
    assert_eq!(temp_stats(&[20.0]), Some((20.0, 20.0, 20.0)));
    assert_eq!(temp_stats(&[10.0, 20.0, 30.0]), Some((10.0, 30.0, 20.0)));
    assert_eq!(temp_stats(&[-5.0, 5.0]), Some((-5.0, 5.0, 0.0)));
    assert_eq!(temp_stats(&[1.5, 2.5, 3.5, 4.5]), Some((1.5, 4.5, 3.0)));
    assert_eq!(temp_stats(&[-10.0, -20.0, -30.0]), Some((-30.0, -10.0, -20.0)));
}
