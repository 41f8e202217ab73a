// task: binary-to-decimal
// intent: correct: u64::from_str_radix(s, 2).ok()
fn binary_to_decimal(s: &str) -> Option<u64> {
    u64::from_str_radix(s, 2).ok()
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
