// task: rectangle-struct
// intent: correct: struct with new/area/perimeter/can_hold/is_square
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn new(width: u32, height: u32) -> Rectangle {
        Rectangle { width, height }
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn perimeter(&self) -> u32 {
        2 * (self.width + self.height)
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn is_square(&self) -> bool {
        self.width == self.height
    }
}

fn main() {
    let a = Rectangle::new(8, 7);
    let b = Rectangle::new(5, 1);
    let c = Rectangle::new(0, 0);
    assert_eq!(a.area(), 56);
    assert_eq!(a.perimeter(), 30);
    assert!(a.can_hold(&b));
    assert!(!b.can_hold(&a));
    assert!(!a.can_hold(&a));
    assert_eq!(c.area(), 0);
    assert!(Rectangle::new(4, 4).is_square());
}
