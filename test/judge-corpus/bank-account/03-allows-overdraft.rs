// task: bank-account
// intent: wrong answer: withdraw never fails, so the balance goes negative
struct BankAccount {
    balance: i64,
}

impl BankAccount {
    fn new() -> BankAccount {
        BankAccount { balance: 0 }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        self.balance -= amount;
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
