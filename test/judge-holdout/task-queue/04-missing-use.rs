// task: task-queue
// intent: E0425: VecDeque is used as a field type with no `use std::collections::VecDeque` (older rustc: E0412)
struct TaskQueue {
    items: VecDeque<String>,
}

impl TaskQueue {
    fn new() -> Self {
        TaskQueue { items: VecDeque::new() }
    }

    fn enqueue(&mut self, task: &str) {
        self.items.push_back(task.to_string());
    }

    fn dequeue(&mut self) -> Option<String> {
        self.items.pop_front()
    }

    fn peek(&self) -> Option<&String> {
        self.items.front()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
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
