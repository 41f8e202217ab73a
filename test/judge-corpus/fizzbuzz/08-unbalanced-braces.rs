// task: fizzbuzz
// intent: syntax error: unbalanced braces (missing closing brace of the for loop)
fn fizzbuzz(n: u32) -> Vec<String> {
    let mut result = Vec::new();
    for i in 1..=n {
        if i % 15 == 0 {
            result.push("FizzBuzz".to_string());
        } else if i % 3 == 0 {
            result.push("Fizz".to_string());
        } else if i % 5 == 0 {
            result.push("Buzz".to_string());
        } else {
            result.push(i.to_string());
        }
    result
}

fn main() {
    assert_eq!(fizzbuzz(0), Vec::<String>::new());
    assert_eq!(fizzbuzz(1), vec!["1"]);
    assert_eq!(fizzbuzz(3), vec!["1", "2", "Fizz"]);
    assert_eq!(fizzbuzz(5), vec!["1", "2", "Fizz", "4", "Buzz"]);
    assert_eq!(fizzbuzz(15).len(), 15);
    assert_eq!(fizzbuzz(15)[9], "Buzz");
    assert_eq!(fizzbuzz(15)[14], "FizzBuzz");
}
