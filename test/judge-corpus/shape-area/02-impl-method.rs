// task: shape-area
// intent: correct: area as a method in impl Shape, free fn delegates
use std::f64::consts::PI;

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Triangle(f64, f64),
}

impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle(radius) => PI * radius.powi(2),
            Shape::Rectangle(width, height) => width * height,
            Shape::Triangle(base, height) => base * height / 2.0,
        }
    }
}

fn area(shape: &Shape) -> f64 {
    shape.area()
}

fn main() {
    assert!((area(&Shape::Circle(1.0)) - std::f64::consts::PI).abs() < 1e-9);
    assert_eq!(area(&Shape::Circle(0.0)), 0.0);
    assert_eq!(area(&Shape::Rectangle(3.0, 4.0)), 12.0);
    assert_eq!(area(&Shape::Triangle(3.0, 4.0)), 6.0);
    assert_eq!(format!("{:.2}", area(&Shape::Circle(2.0))), "12.57");
    assert_eq!(area(&Shape::Rectangle(0.0, 5.0)), 0.0);
}
