// task: fizzbuzz
// intent: correct: map over the range with a match on (i % 3, i % 5)
fn fizzbuzz(n: u32) -> Vec<String> {
    (1..=n)
        .map(|i| match (i % 3, i % 5) {
            (0, 0) => String::from("FizzBuzz"),
            (0, _) => String::from("Fizz"),
            (_, 0) => String::from("Buzz"),
            _ => format!("{}", i),
        })
        .collect()
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
