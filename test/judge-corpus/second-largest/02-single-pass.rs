// task: second-largest
// intent: correct: single pass tracking largest and second as Options
fn second_largest(v: &[i32]) -> Option<i32> {
    let mut largest: Option<i32> = None;
    let mut second: Option<i32> = None;
    for &x in v {
        match largest {
            None => largest = Some(x),
            Some(l) if x > l => {
                second = largest;
                largest = Some(x);
            }
            Some(l) if x < l => {
                if second.map_or(true, |s| x > s) {
                    second = Some(x);
                }
            }
            _ => {} // equal to the largest: ignore duplicates
        }
    }
    second
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
