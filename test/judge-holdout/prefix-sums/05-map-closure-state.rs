// task: prefix-sums
// intent: correct: map with a closure that mutates a captured total
fn prefix_sums(v: &[i64]) -> Vec<i64> {
    let mut total = 0;
    v.iter()
        .map(|x| {
            total += x;
            total
        })
        .collect()
}

fn main() {
    assert_eq!(prefix_sums(&[]), Vec::<i64>::new());
    assert_eq!(prefix_sums(&[5]), vec![5]);
    assert_eq!(prefix_sums(&[1, 2, 3, 4]), vec![1, 3, 6, 10]);
    assert_eq!(prefix_sums(&[3, -3, 3, -3]), vec![3, 0, 3, 0]);
    assert_eq!(prefix_sums(&[0, 0, 0]), vec![0, 0, 0]);
    assert_eq!(prefix_sums(&[i64::MAX, i64::MIN]), vec![i64::MAX, -1]);
}
