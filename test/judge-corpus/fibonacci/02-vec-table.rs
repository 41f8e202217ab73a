// task: fibonacci
// intent: correct: bottom-up table in a Vec<u64>
// Dynamic programming: build the table from the bottom up.
fn fibonacci(n: u32) -> u64 {
    let n = n as usize;
    let mut memo: Vec<u64> = vec![0, 1];
    while memo.len() <= n {
        let len = memo.len();
        memo.push(memo[len - 1] + memo[len - 2]);
    }
    memo[n]
}

fn main() {
    assert_eq!(fibonacci(0), 0);
    assert_eq!(fibonacci(1), 1);
    assert_eq!(fibonacci(2), 1);
    assert_eq!(fibonacci(10), 55);
    assert_eq!(fibonacci(20), 6765);
    assert_eq!(fibonacci(50), 12586269025);
    assert_eq!(fibonacci(90), 2880067194370816120);
}
