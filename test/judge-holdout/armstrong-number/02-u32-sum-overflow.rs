// task: armstrong-number
// intent: runtime error: the sum is kept in u32 and overflows for u32::MAX
fn is_armstrong(n: u32) -> bool {
    let num_digits = n.to_string().len() as u32;
    let mut sum = 0;
    let mut temp = n;
    while temp > 0 {
        let digit = temp % 10;
        sum += digit.pow(num_digits);
        temp /= 10;
    }
    sum == n
}

fn main() {
    assert_eq!(is_armstrong(0), true);
    assert_eq!(is_armstrong(5), true);
    assert_eq!(is_armstrong(10), false);
    assert_eq!(is_armstrong(153), true);
    assert_eq!(is_armstrong(154), false);
    assert_eq!(is_armstrong(9474), true);
    assert_eq!(is_armstrong(4294967295), false);
}
