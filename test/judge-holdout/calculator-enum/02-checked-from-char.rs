// task: calculator-enum
// intent: correct: checked_* arithmetic, Op::from_char, eval chains `?`
#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    fn from_char(c: char) -> Option<Op> {
        match c {
            '+' => Some(Op::Add),
            '-' => Some(Op::Sub),
            '*' => Some(Op::Mul),
            '/' => Some(Op::Div),
            _ => None,
        }
    }
}

fn apply(op: Op, a: i64, b: i64) -> Option<i64> {
    match op {
        Op::Add => a.checked_add(b),
        Op::Sub => a.checked_sub(b),
        Op::Mul => a.checked_mul(b),
        Op::Div => a.checked_div(b),
    }
}

fn eval(expr: &str) -> Option<i64> {
    let mut it = expr.split(' ');
    let left = it.next()?.parse::<i64>().ok()?;
    let op = Op::from_char(it.next()?.chars().next()?)?;
    let right = it.next()?.parse::<i64>().ok()?;
    apply(op, left, right)
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
