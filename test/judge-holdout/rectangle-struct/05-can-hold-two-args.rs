// task: rectangle-struct
// intent: E0061: can_hold takes width and height, but the tests pass one &Rectangle
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
        (self.width + self.height) * 2
    }

    fn can_hold(&self, width: u32, height: u32) -> bool {
        self.width > width && self.height > height
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
