// task: task-queue
// intent: correct: #[derive(Default)] queue built on VecDeque, peek via get(0)
use std::collections::VecDeque;

#[derive(Debug, Default)]
struct TaskQueue {
    queue: VecDeque<String>,
}

impl TaskQueue {
    fn new() -> Self {
        Self::default()
    }

    fn enqueue(&mut self, name: &str) {
        self.queue.push_back(name.into());
    }

    fn dequeue(&mut self) -> Option<String> {
        self.queue.pop_front()
    }

    fn peek(&self) -> Option<&String> {
        self.queue.get(0)
    }

    fn len(&self) -> usize {
        self.queue.len()
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
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
