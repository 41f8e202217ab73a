// task: triangle-kind
// intent: correct: match with guards on the tuple of sides
#[derive(Debug, PartialEq, Clone, Copy)]
enum TriangleKind {
    Equilateral,
    Isosceles,
    Scalene,
    Invalid,
}

fn triangle_kind(a: u32, b: u32, c: u32) -> TriangleKind {
    use TriangleKind::*;
    match (a, b, c) {
        (a, b, c) if a + b <= c || a + c <= b || b + c <= a => Invalid,
        (a, b, c) if a == b && b == c => Equilateral,
        (a, b, c) if a == b || b == c || a == c => Isosceles,
        _ => Scalene,
    }
}

fn main() {
    assert_eq!(triangle_kind(3, 3, 3), TriangleKind::Equilateral);
    assert_eq!(triangle_kind(3, 3, 5), TriangleKind::Isosceles);
    assert_eq!(triangle_kind(3, 4, 5), TriangleKind::Scalene);
    assert_eq!(triangle_kind(5, 3, 3), TriangleKind::Isosceles);
    assert_eq!(triangle_kind(1, 2, 3), TriangleKind::Invalid);
    assert_eq!(triangle_kind(0, 0, 0), TriangleKind::Invalid);
    assert_eq!(triangle_kind(1, 1, 5), TriangleKind::Invalid);
    assert_eq!(triangle_kind(10, 11, 12), TriangleKind::Scalene);
}
