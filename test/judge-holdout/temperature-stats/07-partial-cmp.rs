// task: temperature-stats
// intent: correct: min_by/max_by with partial_cmp and `?` for the empty case
fn temp_stats(temps: &[f64]) -> Option<(f64, f64, f64)> {
    let min = temps.iter().copied().min_by(|a, b| a.partial_cmp(b).unwrap())?;
    let max = temps.iter().copied().max_by(|a, b| a.partial_cmp(b).unwrap())?;
    let avg = temps.iter().sum::<f64>() / temps.len() as f64;
    Some((min, max, avg))
}

fn main() {
    assert_eq!(temp_stats(&[]), None);
    assert_eq!(temp_stats(&[20.0]), Some((20.0, 20.0, 20.0)));
    assert_eq!(temp_stats(&[10.0, 20.0, 30.0]), Some((10.0, 30.0, 20.0)));
    assert_eq!(temp_stats(&[-5.0, 5.0]), Some((-5.0, 5.0, 0.0)));
    assert_eq!(temp_stats(&[1.5, 2.5, 3.5, 4.5]), Some((1.5, 4.5, 3.0)));
    assert_eq!(temp_stats(&[-10.0, -20.0, -30.0]), Some((-30.0, -10.0, -20.0)));
}
