// task: task-queue
// intent: runtime error: dequeue always calls Vec::remove(0), which panics once the queue is empty
struct TaskQueue {
    tasks: Vec<String>,
}

impl TaskQueue {
    fn new() -> TaskQueue {
        TaskQueue { tasks: vec![] }
    }

    fn enqueue(&mut self, task: &str) {
        self.tasks.push(task.to_owned());
    }

    fn dequeue(&mut self) -> Option<String> {
        let first = self.tasks.remove(0);
        Some(first)
    }

    fn peek(&self) -> Option<&String> {
        self.tasks.get(0)
    }

    fn len(&self) -> usize {
        self.tasks.len()
    }

    fn is_empty(&self) -> bool {
        self.tasks.is_empty()
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
