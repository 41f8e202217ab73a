// task: find-duplicates
// intent: E0308: HashSet::contains is given an i32 instead of &i32
use std::collections::HashSet;

fn find_duplicates(nums: &[i32]) -> Vec<i32> {
    let mut seen: HashSet<i32> = HashSet::new();
    let mut dups: Vec<i32> = Vec::new();
    for &n in nums.iter() {
        if seen.contains(n) && !dups.contains(&n) {
            dups.push(n);
        }
        seen.insert(n);
    }
    dups.sort();
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
