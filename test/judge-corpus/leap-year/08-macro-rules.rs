// task: leap-year
// intent: outside subset: user macro_rules! divisible helper
macro_rules! divisible {
    ($n:expr, $d:expr) => {
        $n % $d == 0
    };
}

fn is_leap_year(year: i32) -> bool {
    divisible!(year, 400) || (divisible!(year, 4) && !divisible!(year, 100))
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
