// task: stack
// intent: correct: derive Default and Debug, print the stack with {:?} and {:#?}
#[derive(Debug, Default)]
struct Stack {
    elements: Vec<i32>,
}

impl Stack {
    fn new() -> Self {
        Default::default()
    }

    fn push(&mut self, value: i32) {
        self.elements.push(value);
        println!("after push: {:?}", self);
    }

    fn pop(&mut self) -> Option<i32> {
        let top = self.elements.pop();
        println!("popped {:?}, stack is now {:#?}", top, self.elements);
        top
    }

    fn peek(&self) -> Option<&i32> {
        self.elements.last()
    }

    fn len(&self) -> usize {
        self.elements.len()
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn main() {
    let mut s = Stack::new();
    assert!(s.is_empty());
    assert_eq!(s.pop(), None);
    s.push(1);
    s.push(2);
    s.push(3);
    assert_eq!(s.len(), 3);
    assert_eq!(s.peek(), Some(&3));
    assert_eq!(s.pop(), Some(3));
    assert_eq!(s.pop(), Some(2));
    assert_eq!(s.len(), 1);
    assert!(!s.is_empty());
}
