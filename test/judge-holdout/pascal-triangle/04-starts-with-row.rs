// task: pascal-triangle
// intent: wrong answer: seeds the triangle with [1], so pascal(0) returns one row
fn pascal(n: usize) -> Vec<Vec<u64>> {
    let mut tri: Vec<Vec<u64>> = vec![vec![1]];
    for i in 1..n {
        let prev = &tri[i - 1];
        let mut row = vec![1];
        for j in 1..i {
            row.push(prev[j - 1] + prev[j]);
        }
        row.push(1);
        tri.push(row);
    }
    tri
}

fn main() {
    assert_eq!(pascal(0), Vec::<Vec<u64>>::new());
    assert_eq!(pascal(1), vec![vec![1]]);
    assert_eq!(pascal(2), vec![vec![1], vec![1, 1]]);
    assert_eq!(pascal(5), vec![vec![1], vec![1, 1], vec![1, 2, 1], vec![1, 3, 3, 1], vec![1, 4, 6, 4, 1]]);
    assert_eq!(pascal(10)[9], vec![1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
    assert_eq!(pascal(30)[29][14], 77558760);
}
