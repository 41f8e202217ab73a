// task: temperature-stats
// intent: runtime error: reads temps[0] without checking for an empty slice
fn temp_stats(temps: &[f64]) -> Option<(f64, f64, f64)> {
    let mut min = temps[0];
    let mut max = temps[0];
    let mut sum = 0.0;
    for i in 0..temps.len() {
        let t = temps[i];
        if t < min {
            min = t;
        }
        if t > max {
            max = t;
        }
        sum += t;
    }
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
