// task: factorial
// intent: E0308: u64 *= u32 loop variable (rustc reports E0308 before E0277 cannot multiply-assign)
fn factorial(n: u64) -> u64 {
    let mut result: u64 = 1;
    let n = n as u32;
    for i in 1..=n {
        result *= i;
    }
    result
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
