// task: title-case
// intent: wrong answer: uppercases the first letter but leaves the rest of each word as is
fn title_case(s: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        let mut c = word.chars();
        let first = c.next().unwrap();
        words.push(first.to_uppercase().to_string() + c.as_str());
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
