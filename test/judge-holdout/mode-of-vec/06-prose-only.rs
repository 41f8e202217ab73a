// task: mode-of-vec
// intent: no code: the model only explained the approach in prose
// To find the mode of a list of numbers in Rust, you can count how often each
// value appears. A HashMap<i32, usize> works well for this: walk the slice and
// increment the counter for each number with `entry(n).or_insert(0)`.
//
// Once every number is counted, go through the map and keep the entry with the
// highest count. If two numbers appear the same number of times, keep the
// smaller one so the answer is deterministic. If the slice is empty there is no
// mode, so the function should return None.
//
// This runs in O(n) time and uses O(k) extra space, where k is the number of
// distinct values.
