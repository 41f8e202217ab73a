// task: binary-to-decimal
// intent: correct: match each char to a bit, return None on anything else
fn binary_to_decimal(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut value: u64 = 0;
    for c in s.chars() {
        let bit = match c {
            '0' => 0,
            '1' => 1,
            _ => return None,
        };
        value = value * 2 + bit;
    }
    Some(value)
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
