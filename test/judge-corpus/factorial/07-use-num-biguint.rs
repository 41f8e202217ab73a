// task: factorial
// intent: E0432: use num::BigUint (external crate not available)
use num::BigUint;
use num::One;

// Use BigUint so large factorials do not overflow.
fn factorial(n: u64) -> u64 {
    let mut result = BigUint::one();
    for i in 1..=n {
        result *= i;
    }
    result.to_string().parse().unwrap()
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
