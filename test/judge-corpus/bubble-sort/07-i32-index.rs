// task: bubble-sort
// intent: E0277: indexes the Vec with an i32 loop variable
fn bubble_sort(v: &mut Vec<i32>) {
    let n = v.len() as i32;
    for i in 0..n {
        for j in 0..n - i - 1 {
            if v[j] > v[j + 1] {
                let temp = v[j];
                v[j] = v[j + 1];
                v[j + 1] = temp;
            }
        }
    }
}

fn main() {
    let mut a = vec![5, 2, 9, 1, 5, 6];
    bubble_sort(&mut a);
    assert_eq!(a, vec![1, 2, 5, 5, 6, 9]);
    let mut empty: Vec<i32> = vec![];
    bubble_sort(&mut empty);
    assert_eq!(empty, Vec::<i32>::new());
    let mut one = vec![42];
    bubble_sort(&mut one);
    assert_eq!(one, vec![42]);
    let mut negatives = vec![3, -1, -7, 0];
    bubble_sort(&mut negatives);
    assert_eq!(negatives, vec![-7, -1, 0, 3]);
    let mut sorted = vec![1, 2, 3, 4];
    bubble_sort(&mut sorted);
    assert_eq!(sorted, vec![1, 2, 3, 4]);
    let mut reversed: Vec<i32> = (0..10).rev().collect();
    bubble_sort(&mut reversed);
    assert_eq!(reversed, (0..10).collect::<Vec<i32>>());
}
