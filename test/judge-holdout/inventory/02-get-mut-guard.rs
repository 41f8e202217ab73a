// task: inventory
// intent: correct: Default-derived struct, match get_mut with a guard, removes empty entries
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Inventory {
    stock: HashMap<String, u32>,
}

impl Inventory {
    fn new() -> Inventory {
        Inventory::default()
    }

    fn add(&mut self, item: &str, amount: u32) {
        let count = self.stock.entry(String::from(item)).or_default();
        *count += amount;
    }

    fn remove(&mut self, item: &str, amount: u32) -> Result<(), String> {
        match self.stock.get_mut(item) {
            Some(count) if *count >= amount => {
                *count -= amount;
                if *count == 0 {
                    self.stock.remove(item);
                }
                Ok(())
            }
            _ => Err(format!("not enough {item}")),
        }
    }

    fn quantity(&self, item: &str) -> u32 {
        match self.stock.get(item) {
            Some(n) => *n,
            None => 0,
        }
    }

    fn total(&self) -> u32 {
        let mut sum = 0;
        for (_, n) in &self.stock {
            sum += n;
        }
        sum
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
