// task: flatten-nested
// intent: wrong answer: sorts and dedups the result, losing order and repeats
fn flatten(v: Vec<Vec<i32>>) -> Vec<i32> {
    let mut result: Vec<i32> = v.into_iter().flatten().collect();
    result.sort();
    result.dedup();
    result
}

fn main() {
    assert_eq!(flatten(vec![]), Vec::<i32>::new());
    assert_eq!(flatten(vec![vec![]]), Vec::<i32>::new());
    assert_eq!(flatten(vec![vec![1, 2], vec![3]]), vec![1, 2, 3]);
    assert_eq!(flatten(vec![vec![1], vec![], vec![2, 3, 4]]), vec![1, 2, 3, 4]);
    assert_eq!(flatten(vec![vec![-1, -2], vec![0]]), vec![-1, -2, 0]);
    assert_eq!(flatten(vec![vec![5; 3], vec![6; 2]]), vec![5, 5, 5, 6, 6]);
}
