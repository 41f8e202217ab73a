// task: pascal-triangle
// intent: E0502: keeps triangle.last() alive while pushing to the triangle
fn pascal(n: usize) -> Vec<Vec<u64>> {
    if n == 0 {
        return vec![];
    }
    let mut triangle = vec![vec![1u64]];
    for _ in 1..n {
        let prev = triangle.last().unwrap();
        triangle.push(vec![1]);
        let row = triangle.last_mut().unwrap();
        for j in 1..prev.len() {
            row.push(prev[j - 1] + prev[j]);
        }
        row.push(1);
    }
    triangle
}

fn main() {
    assert_eq!(pascal(0), Vec::<Vec<u64>>::new());
    assert_eq!(pascal(1), vec![vec![1]]);
    assert_eq!(pascal(2), vec![vec![1], vec![1, 1]]);
    assert_eq!(pascal(5), vec![vec![1], vec![1, 1], vec![1, 2, 1], vec![1, 3, 3, 1], vec![1, 4, 6, 4, 1]]);
    assert_eq!(pascal(10)[9], vec![1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
    assert_eq!(pascal(30)[29][14], 77558760);
}
