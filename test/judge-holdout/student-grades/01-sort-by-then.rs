// task: student-grades
// intent: correct: sort_by grade descending then name, average via u32 sum
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
    let mut best: Option<&Student> = None;
    for s in students {
        match best {
            Some(b) if b.grade >= s.grade => {}
            _ => best = Some(s),
        }
    }
    best.map(|s| s.name.clone())
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
