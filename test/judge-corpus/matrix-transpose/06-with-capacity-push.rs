// task: matrix-transpose
// intent: correct: build each column with Vec::with_capacity and push
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let num_rows = m.len();
    let num_cols = if num_rows > 0 { m[0].len() } else { 0 };
    let mut transposed = Vec::with_capacity(num_cols);
    for col in 0..num_cols {
        let mut new_row = Vec::with_capacity(num_rows);
        for row in m {
            new_row.push(row[col]);
        }
        transposed.push(new_row);
    }
    transposed
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
