// task: roman-numerals
// intent: correct: lookup arrays per decimal place, joined with format!
fn to_roman(n: u32) -> String {
    let thousands = ["", "M", "MM", "MMM"];
    let hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"];
    let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
    let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let n = n as usize;
    format!(
        "{}{}{}{}",
        thousands[n / 1000],
        hundreds[(n % 1000) / 100],
        tens[(n % 100) / 10],
        ones[n % 10]
    )
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
