// task: two-sum
// intent: correct: iterator chain with enumerate, skip and find_map
fn two_sum(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    nums.iter().enumerate().find_map(|(i, &a)| {
        nums.iter()
            .enumerate()
            .skip(i + 1)
            .find(|&(_, &b)| a + b == target)
            .map(|(j, _)| (i, j))
    })
}

fn main() {
    assert_eq!(two_sum(&[2, 7, 11, 15], 9), Some((0, 1)));
    assert_eq!(two_sum(&[3, 2, 4], 6), Some((1, 2)));
    assert_eq!(two_sum(&[3, 3], 6), Some((0, 1)));
    assert_eq!(two_sum(&[1, 2, 3], 7), None);
    assert_eq!(two_sum(&[], 0), None);
    assert_eq!(two_sum(&[-1, -2, -3, -4], -6), Some((1, 3)));
    assert_eq!(two_sum(&[0, 4, 3, 0], 0), Some((0, 3)));
}
