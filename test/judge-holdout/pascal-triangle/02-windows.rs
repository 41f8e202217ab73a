// task: pascal-triangle
// intent: correct: the next row is built from windows(2) of the current one
fn pascal(n: usize) -> Vec<Vec<u64>> {
    let mut rows = Vec::with_capacity(n);
    if n == 0 {
        return rows;
    }
    let mut current = vec![1u64];
    for _ in 0..n {
        rows.push(current.clone());
        let mut next = vec![1];
        next.extend(current.windows(2).map(|w| w[0] + w[1]));
        next.push(1);
        current = next;
    }
    rows
}

fn main() {
    assert_eq!(pascal(0), Vec::<Vec<u64>>::new());
    assert_eq!(pascal(1), vec![vec![1]]);
    assert_eq!(pascal(2), vec![vec![1], vec![1, 1]]);
    assert_eq!(pascal(5), vec![vec![1], vec![1, 1], vec![1, 2, 1], vec![1, 3, 3, 1], vec![1, 4, 6, 4, 1]]);
    assert_eq!(pascal(10)[9], vec![1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
    assert_eq!(pascal(30)[29][14], 77558760);
}
