// task: binary-to-decimal
// intent: wrong answer: an empty string yields Some(0) instead of None
fn binary_to_decimal(s: &str) -> Option<u64> {
    let mut result = 0u64;
    for ch in s.chars() {
        result <<= 1;
        if ch == '1' {
            result |= 1;
        } else if ch != '0' {
            return None;
        }
    }
    Some(result)
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
