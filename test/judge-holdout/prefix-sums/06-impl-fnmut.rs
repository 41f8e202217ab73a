// task: prefix-sums
// intent: outside subset: a helper returns `impl FnMut(i64) -> i64` holding the running sum
fn running_total() -> impl FnMut(i64) -> i64 {
    let mut sum = 0;
    move |x| {
        sum += x;
        sum
    }
}

fn prefix_sums(v: &[i64]) -> Vec<i64> {
    let mut acc = running_total();
    v.iter().map(|&x| acc(x)).collect()
}

fn main() {
    assert_eq!(prefix_sums(&[]), Vec::<i64>::new());
    assert_eq!(prefix_sums(&[5]), vec![5]);
    assert_eq!(prefix_sums(&[1, 2, 3, 4]), vec![1, 3, 6, 10]);
    assert_eq!(prefix_sums(&[3, -3, 3, -3]), vec![3, 0, 3, 0]);
    assert_eq!(prefix_sums(&[0, 0, 0]), vec![0, 0, 0]);
    assert_eq!(prefix_sums(&[i64::MAX, i64::MIN]), vec![i64::MAX, -1]);
}
