// task: sieve-primes
// intent: runtime error: sets is_prime[1] on a Vec of length 1 when n is 0
fn primes_up_to(n: usize) -> Vec<usize> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            let mut j = i * i;
            while j <= n {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut primes = Vec::new();
    for (k, &p) in is_prime.iter().enumerate() {
        if p {
            primes.push(k);
        }
    }
    primes
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
