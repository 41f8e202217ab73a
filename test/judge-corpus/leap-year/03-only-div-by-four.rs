// task: leap-year
// intent: wrong answer: only checks divisibility by 4
fn is_leap_year(year: i32) -> bool {
    // A leap year is divisible by 4
    year % 4 == 0
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
