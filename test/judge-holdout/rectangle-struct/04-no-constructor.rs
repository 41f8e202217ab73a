// task: rectangle-struct
// intent: E0599: the impl has no `new`, but the tests call Rectangle::new
#[derive(Debug)]
pub struct Rectangle {
    pub width: u32,
    pub height: u32,
}

impl Rectangle {
    pub fn area(&self) -> u32 {
        self.width * self.height
    }

    pub fn perimeter(&self) -> u32 {
        2 * (self.width + self.height)
    }

    pub fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    pub fn is_square(&self) -> bool {
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
