// task: title-case
// intent: correct: helper slices [..1] and [1..] (ASCII input) and formats them
fn capitalize(word: &str) -> String {
    let first = &word[..1];
    let rest = &word[1..];
    format!("{}{}", first.to_uppercase(), rest.to_lowercase())
}

fn title_case(s: &str) -> String {
    let mut words = Vec::new();
    for w in s.split_whitespace() {
        words.push(capitalize(w));
    }
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
