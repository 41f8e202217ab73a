// task: run-length-encoding
// intent: runtime error: char::from_digit(12, 10) is None and unwrap panics
fn rle(s: &str) -> String {
    let mut encoded = String::new();
    let mut chars = s.chars().peekable();
    while let Some(current) = chars.next() {
        let mut count: u32 = 1;
        while let Some(&next) = chars.peek() {
            if next != current {
                break;
            }
            count += 1;
            chars.next();
        }
        encoded.push(current);
        encoded.push(std::char::from_digit(count, 10).unwrap());
    }
    encoded
}

fn main() {
    assert_eq!(rle(""), "");
    assert_eq!(rle("a"), "a1");
    assert_eq!(rle("aaabcc"), "a3b1c2");
    assert_eq!(rle("abcd"), "a1b1c1d1");
    assert_eq!(rle("aabbaa"), "a2b2a2");
    assert_eq!(rle("zzzZ"), "z3Z1");
    assert_eq!(rle("aaaaaaaaaaaa"), "a12");
}
