// task: matrix-multiply
// intent: E0308: adds an i32 product to an i64 accumulator
fn mat_mul(a: &Vec<Vec<i32>>, b: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let mut result = Vec::new();
    for i in 0..a.len() {
        let mut row = Vec::new();
        for j in 0..b[0].len() {
            let mut sum: i64 = 0;
            for k in 0..b.len() {
                sum += a[i][k] * b[k][j];
            }
            row.push(sum as i32);
        }
        result.push(row);
    }
    result
}

fn main() {
    assert_eq!(mat_mul(&vec![vec![1, 2], vec![3, 4]], &vec![vec![5, 6], vec![7, 8]]), vec![vec![19, 22], vec![43, 50]]);
    assert_eq!(mat_mul(&vec![vec![1, 0], vec![0, 1]], &vec![vec![9, 8], vec![7, 6]]), vec![vec![9, 8], vec![7, 6]]);
    assert_eq!(mat_mul(&vec![vec![2]], &vec![vec![3]]), vec![vec![6]]);
    assert_eq!(mat_mul(&vec![vec![1, 2, 3]], &vec![vec![4], vec![5], vec![6]]), vec![vec![32]]);
    assert_eq!(mat_mul(&vec![vec![4], vec![5]], &vec![vec![1, 2]]), vec![vec![4, 8], vec![5, 10]]);
    assert_eq!(mat_mul(&vec![vec![-1, 2], vec![3, -4]], &vec![vec![0, 0], vec![0, 0]]), vec![vec![0, 0], vec![0, 0]]);
}
