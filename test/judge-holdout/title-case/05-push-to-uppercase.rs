// task: title-case
// intent: E0308: pushes the ToUppercase iterator with String::push, which wants a char
fn title_case(s: &str) -> String {
    let mut result = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            result.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            result.push(first.to_uppercase());
            result.push_str(&chars.as_str().to_lowercase());
        }
    }
    result
}

fn main() {
    assert_eq!(title_case(""), "");
    assert_eq!(title_case("hello"), "Hello");
    assert_eq!(title_case("hello world"), "Hello World");
    assert_eq!(title_case("tHE qUICK bROWN"), "The Quick Brown");
    assert_eq!(title_case("  rust   is  fun "), "Rust Is Fun");
    assert_eq!(title_case("123 abc"), "123 Abc");
}
