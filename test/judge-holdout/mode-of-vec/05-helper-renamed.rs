// task: mode-of-vec
// intent: E0425: defines count_occurrences but calls build_counts
use std::collections::HashMap;

fn count_occurrences(nums: &[i32]) -> HashMap<i32, usize> {
    let mut map = HashMap::new();
    for n in nums {
        *map.entry(*n).or_insert(0) += 1;
    }
    map
}

fn mode(nums: &[i32]) -> Option<i32> {
    let counts = build_counts(nums);
    let mut best: Option<(i32, usize)> = None;
    for (&value, &count) in counts.iter() {
        match best {
            Some((v, c)) if c > count || (c == count && v < value) => {}
            _ => best = Some((value, count)),
        }
    }
    best.map(|(v, _)| v)
}

fn main() {
    assert_eq!(mode(&[]), None);
    assert_eq!(mode(&[7]), Some(7));
    assert_eq!(mode(&[1, 2, 2, 3]), Some(2));
    assert_eq!(mode(&[4, 4, 1, 1, 1, 4, 4]), Some(4));
    assert_eq!(mode(&[3, 1, 2]), Some(1));
    assert_eq!(mode(&[-5, -5, 0, 0]), Some(-5));
}
