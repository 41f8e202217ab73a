// task: title-case
// intent: E0599: calls a Python-style .capitalize() on a String
fn title_case(s: &str) -> String {
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| w.to_lowercase().capitalize())
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
