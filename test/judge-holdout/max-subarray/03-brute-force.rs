// task: max-subarray
// intent: correct: O(n^2) brute force over every start index
fn max_subarray(v: &[i32]) -> i32 {
    if v.len() == 0 {
        return 0;
    }
    let mut best = i32::MIN;
    for i in 0..v.len() {
        let mut sum = 0;
        for j in i..v.len() {
            sum += v[j];
            if sum > best {
                best = sum;
            }
        }
    }
    best
}

fn main() {
    assert_eq!(max_subarray(&[]), 0);
    assert_eq!(max_subarray(&[5]), 5);
    assert_eq!(max_subarray(&[-2, 1, -3, 4, -1, 2, 1, -5, 4]), 6);
    assert_eq!(max_subarray(&[-3, -1, -2]), -1);
    assert_eq!(max_subarray(&[1, 2, 3]), 6);
    assert_eq!(max_subarray(&[2, -1, 2, -1, 2]), 4);
}
