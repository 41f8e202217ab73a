// task: run-length-encoding
// intent: correct: index-based while loop over a Vec<char>
fn rle(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut result = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] {
            j += 1;
        }
        result.push(chars[i]);
        result.push_str(&(j - i).to_string());
        i = j;
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
