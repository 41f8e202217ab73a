// task: student-grades
// intent: E0507: returns Some(best.name), moving the name out of a borrowed Student
struct Student {
    name: String,
    grade: u32,
}

fn average_grade(students: &[Student]) -> f64 {
    if students.is_empty() {
        return 0.0;
    }
    let total: u32 = students.iter().map(|s| s.grade).sum();
    total as f64 / students.len() as f64
}

fn top_student(students: &[Student]) -> Option<String> {
    if students.is_empty() {
        return None;
    }
    let mut best = &students[0];
    for s in students.iter() {
        if s.grade > best.grade {
            best = s;
        }
    }
    Some(best.name)
}

fn rank_students(mut students: Vec<Student>) -> Vec<String> {
    students.sort_by(|a, b| b.grade.cmp(&a.grade).then(a.name.cmp(&b.name)));
    students.into_iter().map(|s| s.name).collect()
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
