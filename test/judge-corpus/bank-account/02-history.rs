// task: bank-account
// intent: correct: keeps a transaction history Vec<String> built with format!
#[derive(Debug, Default)]
struct BankAccount {
    balance: i64,
    history: Vec<String>,
}

impl BankAccount {
    fn new() -> Self {
        Self::default()
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
        self.history.push(format!("deposit {:>6}", amount));
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance {
            let msg = format!("cannot withdraw {} with balance {}", amount, self.balance);
            self.history.push(format!("failed  {:>6}", amount));
            return Err(msg);
        }
        self.balance -= amount;
        self.history.push(format!("withdraw {:>5}", amount));
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
