// task: student-grades
// intent: correct: sort_by_key with (Reverse(grade), name), max_by_key for the top
use std::cmp::Reverse;

#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
}

fn average_grade(students: &[Student]) -> f64 {
    match students.len() {
        0 => 0.0,
        n => students.iter().map(|s| s.grade as f64).sum::<f64>() / n as f64,
    }
}

fn top_student(students: &[Student]) -> Option<String> {
    students
        .iter()
        .max_by_key(|s| s.grade)
        .map(|s| s.name.clone())
}

fn rank_students(students: Vec<Student>) -> Vec<String> {
    let mut sorted = students.clone();
    sorted.sort_by_key(|s| (Reverse(s.grade), s.name.clone()));
    sorted.iter().map(|s| s.name.clone()).collect()
}

fn main() {
    let students = vec![
        Student { name: String::from("Ana"), grade: 88 },
        Student { name: String::from("Ben"), grade: 95 },
        Student { name: String::from("Cy"), grade: 88 },
        Student { name: String::from("Dee"), grade: 70 },
    ];
    assert_eq!(average_grade(&students), 85.25);
    assert_eq!(average_grade(&[]), 0.0);
    assert_eq!(top_student(&students), Some(String::from("Ben")));
    assert_eq!(top_student(&[]), None);
    assert_eq!(rank_students(students), vec!["Ben", "Ana", "Cy", "Dee"]);
    assert_eq!(rank_students(vec![]), Vec::<String>::new());
}
