// task: collatz-steps
// intent: correct: std::iter::successors with take_while and count
fn collatz_steps(n: u64) -> u32 {
    std::iter::successors(Some(n), |&x| {
        if x == 1 {
            None
        } else if x % 2 == 0 {
            Some(x / 2)
        } else {
            Some(3 * x + 1)
        }
    })
    .count() as u32
        - 1
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
