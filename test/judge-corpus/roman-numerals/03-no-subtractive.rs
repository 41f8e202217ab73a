// task: roman-numerals
// intent: wrong answer: no subtractive pairs, so 4 becomes IIII
fn to_roman(n: u32) -> String {
    let values = [1000, 500, 100, 50, 10, 5, 1];
    let symbols = ["M", "D", "C", "L", "X", "V", "I"];
    let mut num = n;
    let mut roman = String::new();
    for i in 0..values.len() {
        while num >= values[i] {
            roman += symbols[i];
            num -= values[i];
        }
    }
    roman
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
