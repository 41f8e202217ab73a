// task: binary-to-decimal
// intent: syntax error: C-style ternary `c == '1' ? 1 : 0`
fn binary_to_decimal(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for c in s.chars() {
        if c != '0' && c != '1' {
            return None;
        }
        let bit = c == '1' ? 1 : 0;
        n = n * 2 + bit;
    }
    Some(n)
}

fn main() {
    assert_eq!(binary_to_decimal("0"), Some(0));
    assert_eq!(binary_to_decimal("1"), Some(1));
    assert_eq!(binary_to_decimal("1010"), Some(10));
    assert_eq!(binary_to_decimal("11111111"), Some(255));
    assert_eq!(binary_to_decimal(""), None);
    assert_eq!(binary_to_decimal("102"), None);
    assert_eq!(binary_to_decimal("1000000000000000000000000000000000000000"), Some(549755813888));
}
