// task: sieve-primes
// intent: correct: step_by over multiples, then filter the indices
fn primes_up_to(n: usize) -> Vec<usize> {
    let mut sieve = vec![true; n + 1];
    for i in 2..=n {
        if sieve[i] {
            for multiple in (i * i..=n).step_by(i) {
                sieve[multiple] = false;
            }
        }
    }
    (2..=n).filter(|&i| sieve[i]).collect()
}

fn main() {
    assert_eq!(primes_up_to(0), Vec::<usize>::new());
    assert_eq!(primes_up_to(1), Vec::<usize>::new());
    assert_eq!(primes_up_to(2), vec![2]);
    assert_eq!(primes_up_to(10), vec![2, 3, 5, 7]);
    assert_eq!(primes_up_to(30), vec![2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
    assert_eq!(primes_up_to(1000).len(), 168);
    assert_eq!(primes_up_to(1000).last(), Some(&997));
}
