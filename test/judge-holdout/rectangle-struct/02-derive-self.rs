// task: rectangle-struct
// intent: correct: derives Debug/Clone/Copy/PartialEq, uses Self and pub fns
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rectangle {
    w: u32,
    h: u32,
}

impl Rectangle {
    pub fn new(w: u32, h: u32) -> Self {
        Self { w, h }
    }

    pub fn area(&self) -> u32 {
        self.w * self.h
    }

    pub fn perimeter(&self) -> u32 {
        self.w + self.w + self.h + self.h
    }

    pub fn can_hold(&self, other: &Self) -> bool {
        other.w < self.w && other.h < self.h
    }

    pub fn is_square(&self) -> bool {
        self.w == self.h
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
