// task: format-row
// intent: correct: width passed as a named parameter {:<w$}
const NAME_WIDTH: usize = 10;

fn format_row(name: &str, qty: u32, price: f64) -> String {
    format!(
        "{:<w$}|{:>5}|{:>8.2}",
        name,
        qty,
        price,
        w = NAME_WIDTH
    )
}

fn main() {
    assert_eq!(format_row("apple", 3, 0.5), "apple     |    3|    0.50");
    assert_eq!(format_row("banana", 12, 1.25), "banana    |   12|    1.25");
    assert_eq!(format_row("", 0, 0.0), "          |    0|    0.00");
    assert_eq!(format_row("watermelon", 1, 3.999), "watermelon|    1|    4.00");
    assert_eq!(format_row("kiwi", 100000, 12345.678), "kiwi      |100000|12345.68");
    assert_eq!(format_row("x", 7, -2.5), "x         |    7|   -2.50");
}
