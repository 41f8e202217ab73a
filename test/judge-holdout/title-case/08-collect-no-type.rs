// task: title-case
// intent: E0282: `let words = ....collect();` with no type, then words.join
fn title_case(s: &str) -> String {
    let words = s
        .split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            let head = cs.next().unwrap().to_ascii_uppercase();
            format!("{}{}", head, cs.as_str().to_ascii_lowercase())
        })
        .collect();
    words.join(" ")
}

fn main() {
    assert_eq!(title_case(""), "");
    assert_eq!(title_case("hello"), "Hello");
    assert_eq!(title_case("hello world"), "Hello World");
    assert_eq!(title_case("tHE qUICK bROWN"), "The Quick Brown");
    assert_eq!(title_case("  rust   is  fun "), "Rust Is Fun");
    assert_eq!(title_case("123 abc"), "123 Abc");
}
