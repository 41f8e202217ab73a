// task: shape-area
// intent: outside subset: trait objects in a Vec<Box<dyn HasArea>>
enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Triangle(f64, f64),
}

trait HasArea {
    fn area(&self) -> f64;
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Tri { b: f64, h: f64 }

impl HasArea for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
}
impl HasArea for Rect {
    fn area(&self) -> f64 { self.w * self.h }
}
impl HasArea for Tri {
    fn area(&self) -> f64 { self.b * self.h / 2.0 }
}

fn area(shape: &Shape) -> f64 {
    let shapes: Vec<Box<dyn HasArea>> = vec![match *shape {
        Shape::Circle(r) => Box::new(Circle { r }),
        Shape::Rectangle(w, h) => Box::new(Rect { w, h }),
        Shape::Triangle(b, h) => Box::new(Tri { b, h }),
    }];
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    assert!((area(&Shape::Circle(1.0)) - std::f64::consts::PI).abs() < 1e-9);
    assert_eq!(area(&Shape::Circle(0.0)), 0.0);
    assert_eq!(area(&Shape::Rectangle(3.0, 4.0)), 12.0);
    assert_eq!(area(&Shape::Triangle(3.0, 4.0)), 6.0);
    assert_eq!(format!("{:.2}", area(&Shape::Circle(2.0))), "12.57");
    assert_eq!(area(&Shape::Rectangle(0.0, 5.0)), 0.0);
}
