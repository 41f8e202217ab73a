// task: shape-area
// intent: correct: if let / let-else per variant
enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Triangle(f64, f64),
}

fn area(shape: &Shape) -> f64 {
    if let Shape::Circle(r) = shape {
        return std::f64::consts::PI * r * r;
    }
    if let Shape::Rectangle(w, h) = shape {
        return w * h;
    }
    let Shape::Triangle(b, h) = shape else {
        unreachable!()
    };
    b * h / 2.0
}

fn main() {
    assert!((area(&Shape::Circle(1.0)) - std::f64::consts::PI).abs() < 1e-9);
    assert_eq!(area(&Shape::Circle(0.0)), 0.0);
    assert_eq!(area(&Shape::Rectangle(3.0, 4.0)), 12.0);
    assert_eq!(area(&Shape::Triangle(3.0, 4.0)), 6.0);
    assert_eq!(format!("{:.2}", area(&Shape::Circle(2.0))), "12.57");
    assert_eq!(area(&Shape::Rectangle(0.0, 5.0)), 0.0);
}
