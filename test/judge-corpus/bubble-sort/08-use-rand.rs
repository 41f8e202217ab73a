// task: bubble-sort
// intent: E0432: use rand::Rng for a random pivot (crate not available)
use rand::Rng;

// Bubble sort is O(n^2); a randomized quicksort is faster on average.
fn bubble_sort(v: &mut Vec<i32>) {
    if v.len() <= 1 {
        return;
    }
    let pivot_index = rand::thread_rng().gen_range(0..v.len());
    let pivot = v[pivot_index];
    let mut less: Vec<i32> = v.iter().filter(|&&x| x < pivot).cloned().collect();
    let equal: Vec<i32> = v.iter().filter(|&&x| x == pivot).cloned().collect();
    let mut greater: Vec<i32> = v.iter().filter(|&&x| x > pivot).cloned().collect();
    bubble_sort(&mut less);
    bubble_sort(&mut greater);
    v.clear();
    v.extend(less);
    v.extend(equal);
    v.extend(greater);
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
