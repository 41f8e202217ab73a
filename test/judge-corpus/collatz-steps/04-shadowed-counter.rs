// task: collatz-steps
// intent: timeout: let inside the loop shadows current, so the loop variable never changes
fn collatz_steps(n: u64) -> u32 {
    let mut steps = 0;
    let mut current = n;
    while current != 1 {
        let current = if current % 2 == 0 { current / 2 } else { 3 * current + 1 };
        steps += 1;
    }
    steps
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
