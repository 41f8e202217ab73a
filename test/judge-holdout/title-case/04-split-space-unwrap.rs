// task: title-case
// intent: runtime error: split(' ') yields an empty word and chars().next().unwrap() panics
fn title_case(s: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for word in s.split(' ') {
        let mut chars = word.chars();
        let first = chars.next().unwrap().to_ascii_uppercase();
        let rest: String = chars.map(|c| c.to_ascii_lowercase()).collect();
        out.push(format!("{}{}", first, rest));
    }
    out.join(" ")
}

fn main() {
    assert_eq!(title_case(""), "");
    assert_eq!(title_case("hello"), "Hello");
    assert_eq!(title_case("hello world"), "Hello World");
    assert_eq!(title_case("tHE qUICK bROWN"), "The Quick Brown");
    assert_eq!(title_case("  rust   is  fun "), "Rust Is Fun");
    assert_eq!(title_case("123 abc"), "123 Abc");
}
