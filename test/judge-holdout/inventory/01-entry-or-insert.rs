// task: inventory
// intent: correct: HashMap<String, u32> with entry().or_insert and get().copied()
use std::collections::HashMap;

struct Inventory {
    items: HashMap<String, u32>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new() }
    }

    fn add(&mut self, name: &str, qty: u32) {
        *self.items.entry(name.to_string()).or_insert(0) += qty;
    }

    fn remove(&mut self, name: &str, qty: u32) -> Result<(), String> {
        let current = self.items.get(name).copied().unwrap_or(0);
        if current < qty {
            return Err(format!("not enough {}", name));
        }
        self.items.insert(name.to_string(), current - qty);
        Ok(())
    }

    fn quantity(&self, name: &str) -> u32 {
        *self.items.get(name).unwrap_or(&0)
    }

    fn total(&self) -> u32 {
        self.items.values().sum()
    }
}

fn main() {
    let mut inv = Inventory::new();
    assert_eq!(inv.quantity("apple"), 0);
    inv.add("apple", 5);
    inv.add("apple", 3);
    inv.add("pear", 2);
    assert_eq!(inv.quantity("apple"), 8);
    assert_eq!(inv.total(), 10);
    assert_eq!(inv.remove("apple", 10), Err(String::from("not enough apple")));
    assert_eq!(inv.remove("pear", 2), Ok(()));
    assert_eq!(inv.quantity("pear"), 0);
    assert_eq!(inv.remove("kiwi", 1), Err(String::from("not enough kiwi")));
}
