// task: leap-year
// intent: syntax error: elif instead of else if
fn is_leap_year(year: i32) -> bool {
    if year % 400 == 0 {
        true
    } elif year % 100 == 0 {
        false
    } elif year % 4 == 0 {
        true
    } else {
        false
    }
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
