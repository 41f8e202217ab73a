// task: mode-of-vec
// intent: correct: sort a copy and scan runs, keeping the first strictly longer run
fn mode(nums: &[i32]) -> Option<i32> {
    if nums.is_empty() {
        return None;
    }
    let mut sorted = nums.to_vec();
    sorted.sort();
    let mut best = sorted[0];
    let mut best_count = 0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j] == sorted[i] {
            j += 1;
        }
        if j - i > best_count {
            best_count = j - i;
            best = sorted[i];
        }
        i = j;
    }
    Some(best)
}

fn main() {
    assert_eq!(mode(&[]), None);
    assert_eq!(mode(&[7]), Some(7));
    assert_eq!(mode(&[1, 2, 2, 3]), Some(2));
    assert_eq!(mode(&[4, 4, 1, 1, 1, 4, 4]), Some(4));
    assert_eq!(mode(&[3, 1, 2]), Some(1));
    assert_eq!(mode(&[-5, -5, 0, 0]), Some(-5));
}
