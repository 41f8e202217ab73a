// task: collatz-steps
// intent: runtime error: i32 working value overflows on 3 * x + 1 for 837799
fn collatz_steps(n: u64) -> u32 {
    let mut x = n as i32;
    let mut steps: u32 = 0;
    while x > 1 {
        if x % 2 == 0 {
            x = x / 2;
        } else {
            x = 3 * x + 1;
        }
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
