// task: celsius-to-fahrenheit
// intent: correct: named constants for the ratio and offset
const RATIO: f64 = 9.0 / 5.0;
const OFFSET: f64 = 32.0;

fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * RATIO + OFFSET
}

fn main() {
    assert_eq!(celsius_to_fahrenheit(0.0), 32.0);
    assert_eq!(celsius_to_fahrenheit(100.0), 212.0);
    assert_eq!(celsius_to_fahrenheit(-40.0), -40.0);
    assert!((celsius_to_fahrenheit(37.0) - 98.6).abs() < 1e-9);
    assert!((celsius_to_fahrenheit(-273.15) - (-459.67)).abs() < 1e-9);
    assert_eq!(format!("{:.1}", celsius_to_fahrenheit(21.5)), "70.7");
}
