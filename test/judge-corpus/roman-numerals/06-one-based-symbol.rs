// task: roman-numerals
// intent: unconditional_panic: symbols[7] on a 7-element array
fn to_roman(n: u32) -> String {
    // I, V, X, L, C, D, M
    let symbols = ['I', 'V', 'X', 'L', 'C', 'D', 'M'];
    let mut n = n;
    let mut result = String::new();
    // thousands use the 7th symbol
    while n >= 1000 {
        result.push(symbols[7]);
        n -= 1000;
    }
    let rest = [
        (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
        (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    for (value, sym) in rest {
        while n >= value {
            result.push_str(sym);
            n -= value;
        }
    }
    result
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
