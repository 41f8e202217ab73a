// task: remove-duplicates
// intent: E0502: removes from the Vec while iterating over it
fn remove_duplicates(v: &[i32]) -> Vec<i32> {
    let mut result = v.to_vec();
    for (i, x) in result.iter().enumerate() {
        if result[..i].contains(x) {
            result.remove(i);
        }
    }
    result
}

fn main() {
    assert_eq!(remove_duplicates(&[1, 2, 2, 3, 1]), vec![1, 2, 3]);
    assert_eq!(remove_duplicates(&[]), Vec::<i32>::new());
    assert_eq!(remove_duplicates(&[5, 5, 5]), vec![5]);
    assert_eq!(remove_duplicates(&[3, 1, 3, 2, 1]), vec![3, 1, 2]);
    assert_eq!(remove_duplicates(&[-1, 0, -1]), vec![-1, 0]);
    assert_eq!(remove_duplicates(&[7]), vec![7]);
    assert_eq!(remove_duplicates(&[1, 2, 3]), vec![1, 2, 3]);
}
