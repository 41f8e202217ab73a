// task: binary-to-decimal
// intent: correct: walk the bits from the right with rev().enumerate() and shift
fn binary_to_decimal(s: &str) -> Option<u64> {
    if s.len() == 0 {
        return None;
    }
    let mut total: u64 = 0;
    for (i, c) in s.chars().rev().enumerate() {
        match c {
            '1' => total += 1 << i,
            '0' => {}
            _ => return None,
        }
    }
    Some(total)
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
