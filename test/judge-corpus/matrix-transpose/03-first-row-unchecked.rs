// task: matrix-transpose
// intent: runtime error: m[0] on the empty matrix (index out of bounds)
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let mut result = Vec::new();
    for j in 0..m[0].len() {
        let mut column = Vec::new();
        for i in 0..m.len() {
            column.push(m[i][j]);
        }
        result.push(column);
    }
    result
}

fn main() {
    assert_eq!(transpose(&vec![vec![1, 2, 3], vec![4, 5, 6]]), vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
    assert_eq!(transpose(&vec![vec![1, 4], vec![2, 5], vec![3, 6]]), vec![vec![1, 2, 3], vec![4, 5, 6]]);
    assert_eq!(transpose(&vec![vec![7]]), vec![vec![7]]);
    assert_eq!(transpose(&vec![vec![1, 2], vec![3, 4]]), vec![vec![1, 3], vec![2, 4]]);
    assert_eq!(transpose(&vec![vec![1, 2, 3]]), vec![vec![1], vec![2], vec![3]]);
    let empty: Vec<Vec<i32>> = vec![];
    assert_eq!(transpose(&empty), empty);
    assert_eq!(transpose(&vec![vec![-1], vec![0], vec![1]]), vec![vec![-1, 0, 1]]);
}
