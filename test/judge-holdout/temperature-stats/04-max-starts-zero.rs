// task: temperature-stats
// intent: wrong answer: max starts at 0.0, so an all-negative input reports 0 as the max
fn temp_stats(temps: &[f64]) -> Option<(f64, f64, f64)> {
    if temps.is_empty() {
        return None;
    }
    let mut min = f64::MAX;
    let mut max = 0.0;
    let mut total = 0.0;
    for t in temps.iter() {
        if *t < min {
            min = *t;
        }
        if *t > max {
            max = *t;
        }
        total += *t;
    }
    Some((min, max, total / temps.len() as f64))
}

fn main() {
    assert_eq!(temp_stats(&[]), None);
    assert_eq!(temp_stats(&[20.0]), Some((20.0, 20.0, 20.0)));
    assert_eq!(temp_stats(&[10.0, 20.0, 30.0]), Some((10.0, 30.0, 20.0)));
    assert_eq!(temp_stats(&[-5.0, 5.0]), Some((-5.0, 5.0, 0.0)));
    assert_eq!(temp_stats(&[1.5, 2.5, 3.5, 4.5]), Some((1.5, 4.5, 3.0)));
    assert_eq!(temp_stats(&[-10.0, -20.0, -30.0]), Some((-30.0, -10.0, -20.0)));
}
