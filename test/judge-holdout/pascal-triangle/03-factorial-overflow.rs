// task: pascal-triangle
// intent: runtime error: binomials from factorials overflow u64 once the row passes 20
fn factorial(n: u64) -> u64 {
    let mut f = 1;
    for i in 2..=n {
        f *= i;
    }
    f
}

fn choose(n: u64, k: u64) -> u64 {
    factorial(n) / (factorial(k) * factorial(n - k))
}

fn pascal(n: usize) -> Vec<Vec<u64>> {
    let mut result = Vec::new();
    for row in 0..n as u64 {
        let mut line = Vec::new();
        for k in 0..=row {
            line.push(choose(row, k));
        }
        result.push(line);
    }
    result
}

fn main() {
    assert_eq!(pascal(0), Vec::<Vec<u64>>::new());
    assert_eq!(pascal(1), vec![vec![1]]);
    assert_eq!(pascal(2), vec![vec![1], vec![1, 1]]);
    assert_eq!(pascal(5), vec![vec![1], vec![1, 1], vec![1, 2, 1], vec![1, 3, 3, 1], vec![1, 4, 6, 4, 1]]);
    assert_eq!(pascal(10)[9], vec![1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
    assert_eq!(pascal(30)[29][14], 77558760);
}
