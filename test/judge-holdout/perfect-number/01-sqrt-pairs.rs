// task: perfect-number
// intent: correct: divisor pairs up to sqrt(n), careful with square roots
fn is_perfect(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut sum = 1;
    let mut i = 2;
    while i * i <= n {
        if n % i == 0 {
            sum += i;
            if i != n / i {
                sum += n / i;
            }
        }
        i += 1;
    }
    sum == n
}

fn main() {
    assert_eq!(is_perfect(0), false);
    assert_eq!(is_perfect(1), false);
    assert_eq!(is_perfect(6), true);
    assert_eq!(is_perfect(28), true);
    assert_eq!(is_perfect(12), false);
    assert_eq!(is_perfect(8128), true);
    assert_eq!(is_perfect(33550336), true);
}
