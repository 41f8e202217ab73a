// task: calculator-enum
// intent: E0308: passes the Result from parse::<i64>() to apply, which wants i64
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

fn apply(op: Op, a: i64, b: i64) -> Option<i64> {
    match op {
        Op::Add => Some(a + b),
        Op::Sub => Some(a - b),
        Op::Mul => Some(a * b),
        Op::Div => {
            if b == 0 {
                None
            } else {
                Some(a / b)
            }
        }
    }
}

fn eval(expr: &str) -> Option<i64> {
    let tokens: Vec<&str> = expr.split_whitespace().collect();
    let a = tokens[0].parse::<i64>();
    let b = tokens[2].parse::<i64>();
    let op = match tokens[1] {
        "+" => Op::Add,
        "-" => Op::Sub,
        "*" => Op::Mul,
        "/" => Op::Div,
        _ => return None,
    };
    apply(op, a, b)
}

fn main() {
    assert_eq!(apply(Op::Add, 2, 3), Some(5));
    assert_eq!(apply(Op::Sub, 2, 3), Some(-1));
    assert_eq!(apply(Op::Mul, -4, 3), Some(-12));
    assert_eq!(apply(Op::Div, 7, 2), Some(3));
    assert_eq!(apply(Op::Div, 1, 0), None);
    assert_eq!(eval("6 * 7"), Some(42));
    assert_eq!(eval("9 / 0"), None);
    assert_eq!(eval("3 ^ 2"), None);
}
