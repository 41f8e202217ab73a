// task: roman-numerals
// intent: runtime error: explicit panic! for 0
fn to_roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        panic!("Roman numerals can only represent 1 to 3999, got {}", n);
    }
    let pairs = vec![
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut remaining = n;
    let mut out = String::new();
    for (value, numeral) in pairs {
        out.push_str(&numeral.repeat((remaining / value) as usize));
        remaining %= value;
    }
    out
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
