// task: pascal-triangle
// intent: syntax error: missing `;` after `let mut result = Vec::new()`
fn pascal(n: usize) -> Vec<Vec<u64>> {
    let mut result = Vec::new()
    for i in 0..n {
        let mut row = vec![1; i + 1];
        for j in 1..i {
            row[j] = result[i - 1][j - 1] + result[i - 1][j];
        }
        result.push(row);
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
