// task: factorial
// intent: runtime error: u32 accumulator overflows (attempt to multiply with overflow) at 13!
fn factorial(n: u64) -> u64 {
    let mut result: u32 = 1;
    for i in 1..=n as u32 {
        result = result * i;
    }
    result as u64
}

fn main() {
    assert_eq!(factorial(0), 1);
    assert_eq!(factorial(1), 1);
    assert_eq!(factorial(2), 2);
    assert_eq!(factorial(5), 120);
    assert_eq!(factorial(10), 3628800);
    assert_eq!(factorial(12), 479001600);
    assert_eq!(factorial(20), 2432902008176640000);
}
