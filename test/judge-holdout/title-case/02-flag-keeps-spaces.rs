// task: title-case
// intent: wrong answer: a char loop with a new-word flag copies the original spacing
fn title_case(s: &str) -> String {
    let mut result = String::new();
    let mut new_word = true;
    for c in s.chars() {
        if c == ' ' {
            new_word = true;
            result.push(c);
        } else if new_word {
            result.push(c.to_ascii_uppercase());
            new_word = false;
        } else {
            result.push(c.to_ascii_lowercase());
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
