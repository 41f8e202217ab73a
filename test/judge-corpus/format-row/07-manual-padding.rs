// task: format-row
// intent: correct: manual padding with repeat and saturating_sub
fn pad_left(s: &str, width: usize) -> String {
    format!("{}{}", " ".repeat(width.saturating_sub(s.len())), s)
}

fn format_row(name: &str, qty: u32, price: f64) -> String {
    let mut padded_name = name.to_string();
    while padded_name.len() < 10 {
        padded_name.push(' ');
    }
    let qty_str = pad_left(&qty.to_string(), 5);
    let price_str = pad_left(&format!("{:.2}", price), 8);
    format!("{}|{}|{}", padded_name, qty_str, price_str)
}

fn main() {
    assert_eq!(format_row("apple", 3, 0.5), "apple     |    3|    0.50");
    assert_eq!(format_row("banana", 12, 1.25), "banana    |   12|    1.25");
    assert_eq!(format_row("", 0, 0.0), "          |    0|    0.00");
    assert_eq!(format_row("watermelon", 1, 3.999), "watermelon|    1|    4.00");
    assert_eq!(format_row("kiwi", 100000, 12345.678), "kiwi      |100000|12345.68");
    assert_eq!(format_row("x", 7, -2.5), "x         |    7|   -2.50");
}
