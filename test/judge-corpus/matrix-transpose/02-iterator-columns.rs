// task: matrix-transpose
// intent: correct: map each column index to a collected column
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let cols = m.first().map_or(0, |row| row.len());
    (0..cols)
        .map(|j| m.iter().map(|row| row[j]).collect())
        .collect()
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
