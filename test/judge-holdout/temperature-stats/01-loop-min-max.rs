// task: temperature-stats
// intent: correct: one loop tracks min, max and the sum
/// Returns (min, max, average) of the temperatures, or None if the slice is empty.
fn temp_stats(temps: &[f64]) -> Option<(f64, f64, f64)> {
    if temps.is_empty() {
        return None;
    }
    let mut min = temps[0];
    let mut max = temps[0];
    let mut sum = 0.0;
    for &t in temps {
        if t < min {
            min = t;
        }
        if t > max {
            max = t;
        }
        sum += t;
    }
    let avg = sum / temps.len() as f64;
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
