// task: leap-year
// intent: E0308: passes an i32 year to a helper taking u32
fn divisible_by(year: u32, divisor: u32) -> bool {
    year % divisor == 0
}

fn is_leap_year(year: i32) -> bool {
    divisible_by(year, 400) || (divisible_by(year, 4) && !divisible_by(year, 100))
}

fn main() {
    assert_eq!(is_leap_year(2000), true);
    assert_eq!(is_leap_year(1900), false);
    assert_eq!(is_leap_year(2024), true);
    assert_eq!(is_leap_year(2023), false);
    assert_eq!(is_leap_year(2100), false);
    assert_eq!(is_leap_year(1600), true);
    assert_eq!(is_leap_year(4), true);
    assert_eq!(is_leap_year(1), false);
}
