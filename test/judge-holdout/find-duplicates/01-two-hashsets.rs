// task: find-duplicates
// intent: correct: seen/dups HashSets, then sort the result
use std::collections::HashSet;

fn find_duplicates(nums: &[i32]) -> Vec<i32> {
    let mut seen = HashSet::new();
    let mut dups = HashSet::new();
    for &n in nums {
        if !seen.insert(n) {
            dups.insert(n);
        }
    }
    let mut result: Vec<i32> = dups.into_iter().collect();
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
