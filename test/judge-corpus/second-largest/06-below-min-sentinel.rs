// task: second-largest
// intent: arithmetic_overflow: i32::MIN - 1 used as a sentinel
fn second_largest(v: &[i32]) -> Option<i32> {
    // start below every possible value
    let mut largest = i32::MIN - 1;
    let mut second = i32::MIN - 1;
    for &x in v {
        if x > largest {
            second = largest;
            largest = x;
        } else if x > second && x != largest {
            second = x;
        }
    }
    if second == i32::MIN - 1 { None } else { Some(second) }
}

fn main() {
    assert_eq!(second_largest(&[]), None);
    assert_eq!(second_largest(&[1]), None);
    assert_eq!(second_largest(&[5, 5]), None);
    assert_eq!(second_largest(&[1, 2, 3]), Some(2));
    assert_eq!(second_largest(&[3, 3, 2]), Some(2));
    assert_eq!(second_largest(&[-1, -2, -3]), Some(-2));
    assert_eq!(second_largest(&[10, 20, 20, 5]), Some(10));
}
