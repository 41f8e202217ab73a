import type { Task } from '../task';

/** The answer is a type, not a function, so there is no signature. Repeated minimums must survive a pop. */
export const minStackTask: Task = {
  schemaVersion: 1,
  id: 'min-stack',
  title: 'Stack with minimum',
  prompt: 'Write a Rust struct `MinStack` holding i32 values, with `new() -> MinStack`, `push(&mut self, x: i32)`, `pop(&mut self) -> Option<i32>`, `min(&self) -> Option<i32>` (the smallest value currently on the stack) and `len(&self) -> usize`.',
  signature: null,
  publicExamples: [
    { call: '{ let mut s = MinStack::new(); s.push(2); s.push(1); s.min() }', expected: 'Some(1)' },
    { call: '{ let mut s = MinStack::new(); s.push(4); s.pop() }', expected: 'Some(4)' },
  ],
  hiddenTests: `fn main() {
    let mut s = MinStack::new();
    assert_eq!(s.pop(), None);
    assert_eq!(s.min(), None);
    assert_eq!(s.len(), 0);
    s.push(5);
    s.push(3);
    s.push(3);
    s.push(7);
    assert_eq!(s.len(), 4);
    assert_eq!(s.min(), Some(3));
    assert_eq!(s.pop(), Some(7));
    assert_eq!(s.pop(), Some(3));
    assert_eq!(s.min(), Some(3));
    assert_eq!(s.pop(), Some(3));
    assert_eq!(s.min(), Some(5));
    s.push(i32::MIN);
    assert_eq!(s.min(), Some(i32::MIN));
    assert_eq!(s.len(), 2);
    assert_eq!(s.pop(), Some(i32::MIN));
    assert_eq!(s.pop(), Some(5));
    assert_eq!(s.min(), None);
}
`,
  difficulty: 'hard',
  referenceSolution: `struct MinStack {
    items: Vec<i32>,
    mins: Vec<i32>,
}

impl MinStack {
    fn new() -> MinStack {
        MinStack { items: Vec::new(), mins: Vec::new() }
    }

    fn push(&mut self, x: i32) {
        let m = match self.mins.last() {
            Some(&m) if m < x => m,
            _ => x,
        };
        self.items.push(x);
        self.mins.push(m);
    }

    fn pop(&mut self) -> Option<i32> {
        self.mins.pop();
        self.items.pop()
    }

    fn min(&self) -> Option<i32> {
        self.mins.last().copied()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}`,
};
