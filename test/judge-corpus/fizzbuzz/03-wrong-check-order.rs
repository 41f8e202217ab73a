// task: fizzbuzz
// intent: wrong answer: checks i % 3 before i % 15 so 15 gives Fizz
fn fizzbuzz(n: u32) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in 1..=n {
        let s = if i % 3 == 0 {
            "Fizz".to_string()
        } else if i % 5 == 0 {
            "Buzz".to_string()
        } else if i % 15 == 0 {
            "FizzBuzz".to_string()
        } else {
            i.to_string()
        };
        out.push(s);
    }
    out
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
