// task: run-length-encoding
// intent: correct: peekable iterator with while let
fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut count = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            count += 1;
        }
        out.push(c);
        out.push_str(&count.to_string());
    }
    out
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
