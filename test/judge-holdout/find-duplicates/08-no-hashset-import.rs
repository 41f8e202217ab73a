// task: find-duplicates
// intent: E0433: calls HashSet::new() without `use std::collections::HashSet`
fn find_duplicates(nums: &[i32]) -> Vec<i32> {
    let mut seen = HashSet::new();
    let mut result = Vec::new();
    for &n in nums {
        if !seen.insert(n) && !result.contains(&n) {
            result.push(n);
        }
    }
    result.sort();
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
