// task: format-row
// intent: wrong answer: {:>10} right-aligns the name
fn format_row(name: &str, qty: u32, price: f64) -> String {
    format!("{:>10}|{:>5}|{:>8.2}", name, qty, price)
}

fn main() {
    assert_eq!(format_row("apple", 3, 0.5), "apple     |    3|    0.50");
    assert_eq!(format_row("banana", 12, 1.25), "banana    |   12|    1.25");
    assert_eq!(format_row("", 0, 0.0), "          |    0|    0.00");
    assert_eq!(format_row("watermelon", 1, 3.999), "watermelon|    1|    4.00");
    assert_eq!(format_row("kiwi", 100000, 12345.678), "kiwi      |100000|12345.68");
    assert_eq!(format_row("x", 7, -2.5), "x         |    7|   -2.50");
}
