// task: run-length-encoding
// intent: correct: track previous char and count, flush with format! at the end
// Run-length encoding: "aaabcc" -> "a3b1c2"
fn rle(s: &str) -> String {
    let mut result = String::new();
    let mut prev: Option<char> = None;
    let mut count = 0;
    for c in s.chars() {
        match prev {
            Some(p) if p == c => count += 1,
            Some(p) => {
                result += &format!("{}{}", p, count);
                prev = Some(c);
                count = 1;
            }
            None => {
                prev = Some(c);
                count = 1;
            }
        }
    }
    if let Some(p) = prev {
        result += &format!("{}{}", p, count);
    }
    result
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
