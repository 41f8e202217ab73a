// task: find-duplicates
// intent: E0277: collects an iterator of &&i32 into Vec<i32>
use std::collections::HashSet;

fn find_duplicates(nums: &[i32]) -> Vec<i32> {
    let mut seen = HashSet::new();
    let mut repeated = HashSet::new();
    for n in nums {
        if seen.contains(n) {
            repeated.insert(n);
        }
        seen.insert(n);
    }
    let mut out: Vec<i32> = repeated.iter().collect();
    out.sort();
    out
}

fn main() {
    assert_eq!(find_duplicates(&[]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1, 2, 3, 4]), Vec::<i32>::new());
    assert_eq!(find_duplicates(&[1, 2, 2, 3, 3, 3]), vec![2, 3]);
    assert_eq!(find_duplicates(&[5, 4, 5, 4, 1]), vec![4, 5]);
    assert_eq!(find_duplicates(&[-1, -1, 0, 0, 7]), vec![-1, 0]);
}
