// task: bank-account
// intent: E0382: log entry String moved into the Vec, then printed
struct BankAccount {
    balance: i64,
    log: Vec<String>,
}

impl BankAccount {
    fn new() -> Self {
        BankAccount { balance: 0, log: vec![] }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
        let entry = format!("deposited {}", amount);
        self.log.push(entry);
        println!("{}", entry);
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance {
            return Err("insufficient funds".into());
        }
        self.balance -= amount;
        self.log.push(format!("withdrew {}", amount));
        Ok(())
    }

    fn balance(&self) -> i64 {
        self.balance
    }
}

fn main() {
    let mut acct = BankAccount::new();
    assert_eq!(acct.balance(), 0);
    acct.deposit(100);
    assert_eq!(acct.balance(), 100);
    assert_eq!(acct.withdraw(30), Ok(()));
    assert_eq!(acct.balance(), 70);
    assert!(acct.withdraw(500).is_err());
    assert_eq!(acct.balance(), 70);
    assert_eq!(acct.withdraw(70), Ok(()));
    assert_eq!(acct.balance(), 0);
}
