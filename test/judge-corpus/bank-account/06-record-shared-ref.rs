// task: bank-account
// intent: E0596: record(&self) pushes to self.history
struct BankAccount {
    balance: i64,
    history: Vec<i64>,
}

impl BankAccount {
    fn new() -> Self {
        BankAccount { balance: 0, history: Vec::new() }
    }

    fn record(&self, change: i64) {
        self.history.push(change);
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
        self.record(amount);
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance {
            return Err(format!("balance {} is less than {}", self.balance, amount));
        }
        self.balance -= amount;
        self.record(-amount);
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
