// task: fizzbuzz
// intent: E0308: if and else branches have different types (&str vs String)
fn fizzbuzz(n: u32) -> Vec<String> {
    let mut result = Vec::new();
    for i in 1..=n {
        let word = if i % 15 == 0 {
            "FizzBuzz"
        } else if i % 3 == 0 {
            "Fizz"
        } else if i % 5 == 0 {
            "Buzz"
        } else {
            i.to_string()
        };
        result.push(word.to_string());
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
