// task: matrix-multiply
// intent: outside subset: generic over T with Add/Mul/Default/Copy bounds in a where clause
use std::ops::{Add, Mul};

fn mat_mul<T>(a: &Vec<Vec<T>>, b: &Vec<Vec<T>>) -> Vec<Vec<T>>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    let mut result = vec![vec![T::default(); b[0].len()]; a.len()];
    for i in 0..a.len() {
        for j in 0..b[0].len() {
            let mut acc = T::default();
            for k in 0..b.len() {
                acc = acc + a[i][k] * b[k][j];
            }
            result[i][j] = acc;
        }
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
