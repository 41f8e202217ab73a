// task: bank-account
// intent: E0061: new() defined with an initial balance parameter, called with none
struct BankAccount {
    balance: i64,
}

impl BankAccount {
    /// Creates an account with an initial balance.
    fn new(initial: i64) -> Self {
        BankAccount { balance: initial }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance {
            Err(String::from("insufficient funds"))
        } else {
            self.balance -= amount;
            Ok(())
        }
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
