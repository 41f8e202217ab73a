// task: task-queue
// intent: correct: a Vec where dequeue checks is_empty before remove(0)
struct TaskQueue {
    tasks: Vec<String>,
}

impl TaskQueue {
    fn new() -> TaskQueue {
        TaskQueue { tasks: Vec::new() }
    }

    fn enqueue(&mut self, task: &str) {
        self.tasks.push(String::from(task));
    }

    fn dequeue(&mut self) -> Option<String> {
        if self.tasks.is_empty() {
            None
        } else {
            Some(self.tasks.remove(0))
        }
    }

    fn peek(&self) -> Option<&String> {
        self.tasks.first()
    }

    fn len(&self) -> usize {
        self.tasks.len()
    }

    fn is_empty(&self) -> bool {
        self.tasks.len() == 0
    }
}

fn main() {
    let mut q = TaskQueue::new();
    assert!(q.is_empty());
    q.enqueue("wash");
    q.enqueue("dry");
    q.enqueue("fold");
    assert_eq!(q.len(), 3);
    assert_eq!(q.peek(), Some(&String::from("wash")));
    assert_eq!(q.dequeue(), Some(String::from("wash")));
    assert_eq!(q.dequeue(), Some(String::from("dry")));
    assert_eq!(q.len(), 1);
    assert_eq!(q.dequeue(), Some(String::from("fold")));
    assert_eq!(q.dequeue(), None);
}
