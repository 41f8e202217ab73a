// task: find-duplicates
// intent: correct: sort a copy, compare neighbours with windows(2)
fn find_duplicates(nums: &[i32]) -> Vec<i32> {
    let mut sorted = nums.to_vec();
    sorted.sort();
    let mut result: Vec<i32> = Vec::new();
    for w in sorted.windows(2) {
        if w[0] == w[1] && result.last() != Some(&w[0]) {
            result.push(w[0]);
        }
    }
    result
}

fn main() {
    assert_eq!(find_duplicates(&[]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1, 2, 3, 4]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1, 2, 2, 3, 3, 3]), vec![2, 3]);
    assert_eq!(find_duplicates(&[5, 4, 5, 4, 1]), vec![4, 5]);
    assert_eq!(find_duplicates(&[-1, -1, 0, 0, 7]), vec![-1, 0]);
}
