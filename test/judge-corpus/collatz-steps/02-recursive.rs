// task: collatz-steps
// intent: correct: recursion with match on parity
fn collatz_steps(n: u64) -> u32 {
    match n {
        1 => 0,
        n if n % 2 == 0 => 1 + collatz_steps(n / 2),
        n => 1 + collatz_steps(3 * n + 1),
    }
}

fn main() {
    assert_eq!(collatz_steps(1), 0);
    assert_eq!(collatz_steps(2), 1);
    assert_eq!(collatz_steps(6), 8);
    assert_eq!(collatz_steps(7), 16);
    assert_eq!(collatz_steps(27), 111);
    assert_eq!(collatz_steps(97), 118);
    assert_eq!(collatz_steps(837799), 524);
}
