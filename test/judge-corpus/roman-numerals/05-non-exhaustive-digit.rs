// task: roman-numerals
// intent: E0004: match on a u32 digit covers only 0..=9
fn digit(d: u32, one: &str, five: &str, ten: &str) -> String {
    match d {
        0 => String::new(),
        1 | 2 | 3 => one.repeat(d as usize),
        4 => format!("{}{}", one, five),
        5 => five.to_string(),
        6 | 7 | 8 => format!("{}{}", five, one.repeat(d as usize - 5)),
        9 => format!("{}{}", one, ten),
    }
}

fn to_roman(n: u32) -> String {
    let mut s = "M".repeat((n / 1000) as usize);
    s += &digit(n / 100 % 10, "C", "D", "M");
    s += &digit(n / 10 % 10, "X", "L", "C");
    s += &digit(n % 10, "I", "V", "X");
    s
}

fn main() {
    assert_eq!(to_roman(1), "I");
    assert_eq!(to_roman(4), "IV");
    assert_eq!(to_roman(9), "IX");
    assert_eq!(to_roman(14), "XIV");
    assert_eq!(to_roman(40), "XL");
    assert_eq!(to_roman(1994), "MCMXCIV");
    assert_eq!(to_roman(3999), "MMMCMXCIX");
    assert_eq!(to_roman(0), "");
}
