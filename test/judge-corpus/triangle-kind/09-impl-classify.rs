// task: triangle-kind
// intent: correct: associated function on the enum counting distinct sides with a HashSet
use std::collections::HashSet;

#[derive(Debug, PartialEq)]
enum TriangleKind {
    Equilateral,
    Isosceles,
    Scalene,
    Invalid,
}

impl TriangleKind {
    fn classify(sides: [u32; 3]) -> Self {
        let [a, b, c] = sides;
        let longest = a.max(b).max(c);
        if a + b + c - longest <= longest {
            return TriangleKind::Invalid;
        }
        let distinct: HashSet<u32> = sides.iter().copied().collect();
        match distinct.len() {
            1 => TriangleKind::Equilateral,
            2 => TriangleKind::Isosceles,
            _ => TriangleKind::Scalene,
        }
    }
}

fn triangle_kind(a: u32, b: u32, c: u32) -> TriangleKind {
    TriangleKind::classify([a, b, c])
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
