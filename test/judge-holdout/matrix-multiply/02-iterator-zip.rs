// task: matrix-multiply
// intent: correct: rows mapped to column dot products with zip and sum
fn mat_mul(a: &Vec<Vec<i32>>, b: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let cols = b[0].len();
    a.iter()
        .map(|row| {
            (0..cols)
                .map(|j| row.iter().zip(b.iter()).map(|(x, b_row)| x * b_row[j]).sum())
                .collect()
        })
        .collect()
}

fn main() {
    assert_eq!(mat_mul(&vec![vec![1, 2], vec![3, 4]], &vec![vec![5, 6], vec![7, 8]]), vec![vec![19, 22], vec![43, 50]]);
    assert_eq!(mat_mul(&vec![vec![1, 0], vec![0, 1]], &vec![vec![9, 8], vec![7, 6]]), vec![vec![9, 8], vec![7, 6]]);
    assert_eq!(mat_mul(&vec![vec![2]], &vec![vec![3]]), vec![vec![6]]);
    assert_eq!(mat_mul(&vec![vec![1, 2, 3]], &vec![vec![4], vec![5], vec![6]]), vec![vec![32]]);
    assert_eq!(mat_mul(&vec![vec![4], vec![5]], &vec![vec![1, 2]]), vec![vec![4, 8], vec![5, 10]]);
    assert_eq!(mat_mul(&vec![vec![-1, 2], vec![3, -4]], &vec![vec![0, 0], vec![0, 0]]), vec![vec![0, 0], vec![0, 0]]);
}
