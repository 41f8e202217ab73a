// task: sieve-primes
// intent: timeout: the outer while loop never increments i
fn primes_up_to(n: usize) -> Vec<usize> {
    if n < 2 {
        return vec![];
    }
    let mut flags = vec![true; n + 1];
    flags[0] = false;
    flags[1] = false;
    let mut i = 2;
    while i * i <= n {
        if flags[i] {
            for j in (i * i..=n).step_by(i) {
                flags[j] = false;
            }
        }
    }
    flags
        .iter()
        .enumerate()
        .filter(|(_, f)| **f)
        .map(|(i, _)| i)
        .collect()
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
