// task: prefix-sums
// intent: E0594: adds in place into the borrowed &[i64] parameter
fn prefix_sums(v: &[i64]) -> Vec<i64> {
    for i in 1..v.len() {
        v[i] += v[i - 1];
    }
    v.to_vec()
}

fn main() {
    assert_eq!(prefix_sums(&[]), Vec::<i64>::new());
    assert_eq!(prefix_sums(&[5]), vec![5]);
    assert_eq!(prefix_sums(&[1, 2, 3, 4]), vec![1, 3, 6, 10]);
    assert_eq!(prefix_sums(&[3, -3, 3, -3]), vec![3, 0, 3, 0]);
    assert_eq!(prefix_sums(&[0, 0, 0]), vec![0, 0, 0]);
    assert_eq!(prefix_sums(&[i64::MAX, i64::MIN]), vec![i64::MAX, -1]);
}
