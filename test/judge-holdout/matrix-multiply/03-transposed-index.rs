// task: matrix-multiply
// intent: wrong answer: reads b[j][k] instead of b[k][j]
fn mat_mul(a: &Vec<Vec<i32>>, b: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let rows = a.len();
    let cols = b[0].len();
    let mut c = vec![vec![0; cols]; rows];
    for i in 0..rows {
        for j in 0..cols {
            let mut sum = 0;
            for k in 0..a[0].len() {
                sum += a[i][k] * b[j][k];
            }
            c[i][j] = sum;
        }
    }
    c
}

fn main() {
    assert_eq!(mat_mul(&vec![vec![1, 2], vec![3, 4]], &vec![vec![5, 6], vec![7, 8]]), vec![vec![19, 22], vec![43, 50]]);
    assert_eq!(mat_mul(&vec![vec![1, 0], vec![0, 1]], &vec![vec![9, 8], vec![7, 6]]), vec![vec![9, 8], vec![7, 6]]);
    assert_eq!(mat_mul(&vec![vec![2]], &vec![vec![3]]), vec![vec![6]]);
    assert_eq!(mat_mul(&vec![vec![1, 2, 3]], &vec![vec![4], vec![5], vec![6]]), vec![vec![32]]);
    assert_eq!(mat_mul(&vec![vec![4], vec![5]], &vec![vec![1, 2]]), vec![vec![4, 8], vec![5, 10]]);
    assert_eq!(mat_mul(&vec![vec![-1, 2], vec![3, -4]], &vec![vec![0, 0], vec![0, 0]]), vec![vec![0, 0], vec![0, 0]]);
}
