// task: armstrong-number
// intent: correct: a loop counts digits, a second loop sums powers in u64
fn is_armstrong(n: u32) -> bool {
    let mut count = 0;
    let mut x = n;
    loop {
        count += 1;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    let mut total: u64 = 0;
    let mut x = n;
    while x > 0 {
        total += ((x % 10) as u64).pow(count);
        x /= 10;
    }
    total == n as u64
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
