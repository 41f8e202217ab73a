// task: triangle-kind
// intent: E0277: enum derives PartialEq but not Debug, which assert_eq! needs
#[derive(PartialEq)]
enum TriangleKind {
    Equilateral,
    Isosceles,
    Scalene,
    Invalid,
}

fn triangle_kind(a: u32, b: u32, c: u32) -> TriangleKind {
    let mut s = vec![a, b, c];
    s.sort();
    if s[0] + s[1] <= s[2] {
        TriangleKind::Invalid
    } else if s[0] == s[2] {
        TriangleKind::Equilateral
    } else if s[0] == s[1] || s[1] == s[2] {
        TriangleKind::Isosceles
    } else {
        TriangleKind::Scalene
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
