// task: find-duplicates
// intent: correct: count with a HashMap, keep counts > 1, sort_unstable
use std::collections::HashMap;

fn find_duplicates(nums: &[i32]) -> Vec<i32> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for n in nums {
        *counts.entry(*n).or_insert(0) += 1;
    }
    let mut dups: Vec<i32> = counts
        .iter()
        .filter(|(_, &c)| c > 1)
        .map(|(&n, _)| n)
        .collect();
    dups.sort_unstable();
    dups
}

fn main() {
    assert_eq!(find_duplicates(&[]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1, 2, 3, 4]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1, 2, 2, 3, 3, 3]), vec![2, 3]);
    assert_eq!(find_duplicates(&[5, 4, 5, 4, 1]), vec![4, 5]);
    assert_eq!(find_duplicates(&[-1, -1, 0, 0, 7]), vec![-1, 0]);
}
