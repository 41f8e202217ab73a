// task: temperature-stats
// intent: E0308: `let mut sum: f64 = 0;` uses an integer literal for an f64
fn temp_stats(temps: &[f64]) -> Option<(f64, f64, f64)> {
    match temps.len() {
        0 => None,
        n => {
            let mut lowest = temps[0];
            let mut highest = temps[0];
            let mut sum: f64 = 0;
            for &t in temps {
                lowest = lowest.min(t);
                highest = highest.max(t);
                sum += t;
            }
            Some((lowest, highest, sum / n as f64))
        }
    }
}

fn main() {
    assert_eq!(temp_stats(&[]), None);
    assert_eq!(temp_stats(&[20.0]), Some((20.0, 20.0, 20.0)));
    assert_eq!(temp_stats(&[10.0, 20.0, 30.0]), Some((10.0, 30.0, 20.0)));
    assert_eq!(temp_stats(&[-5.0, 5.0]), Some((-5.0, 5.0, 0.0)));
    assert_eq!(temp_stats(&[1.5, 2.5, 3.5, 4.5]), Some((1.5, 4.5, 3.0)));
    assert_eq!(temp_stats(&[-10.0, -20.0, -30.0]), Some((-30.0, -10.0, -20.0)));
}
