// task: matrix-multiply
// intent: runtime error: assumes the result has as many columns as a, so b is indexed out of bounds for non-square input
fn mat_mul(a: &Vec<Vec<i32>>, b: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let n = a.len();
    let m = a[0].len();
    let mut out = vec![vec![0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for k in 0..m {
                out[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    out
}

fn main() {
    assert_eq!(mat_mul(&vec![vec![1, 2], vec![3, 4]], &vec![vec![5, 6], vec![7, 8]]), vec![vec![19, 22], vec![43, 50]]);
    assert_eq!(mat_mul(&vec![vec![1, 0], vec![0, 1]], &vec![vec![9, 8], vec![7, 6]]), vec![vec![9, 8], vec![7, 6]]);
    assert_eq!(mat_mul(&vec![vec![2]], &vec![vec![3]]), vec![vec![6]]);
    assert_eq!(mat_mul(&vec![vec![1, 2, 3]], &vec![vec![4], vec![5], vec![6]]), vec![vec![32]]);
    assert_eq!(mat_mul(&vec![vec![4], vec![5]], &vec![vec![1, 2]]), vec![vec![4, 8], vec![5, 10]]);
    assert_eq!(mat_mul(&vec![vec![-1, 2], vec![3, -4]], &vec![vec![0, 0], vec![0, 0]]), vec![vec![0, 0], vec![0, 0]]);
}
