// task: fizzbuzz
// intent: wrong answer: 1..n leaves out n
fn fizzbuzz(n: u32) -> Vec<String> {
    let mut out = Vec::new();
    for i in 1..n {
        let mut s = String::new();
        if i % 3 == 0 {
            s.push_str("Fizz");
        }
        if i % 5 == 0 {
            s.push_str("Buzz");
        }
        if s.is_empty() {
            s = i.to_string();
        }
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
