// task: shape-area
// intent: wrong answer: triangle area forgets to divide by 2
enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Triangle(f64, f64),
}

fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle(radius) => std::f64::consts::PI * radius * radius,
        Shape::Rectangle(length, width) => length * width,
        Shape::Triangle(base, height) => base * height,
    }
}

fn main() {
    assert!((area(&Shape::Circle(1.0)) - std::f64::consts::PI).abs() < 1e-9);
    assert_eq!(area(&Shape::Circle(0.0)), 0.0);
    assert_eq!(area(&Shape::Rectangle(3.0, 4.0)), 12.0);
    assert_eq!(area(&Shape::Triangle(3.0, 4.0)), 6.0);
    assert_eq!(format!("{:.2}", area(&Shape::Circle(2.0))), "12.57");
    assert_eq!(area(&Shape::Rectangle(0.0, 5.0)), 0.0);
}
