// task: run-length-encoding
// intent: E0425: uses count after naming the variable run
fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
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
