// task: sieve-primes
// intent: wrong answer: loops over 2..n, so n itself is never reported
fn primes_up_to(n: usize) -> Vec<usize> {
    let mut primes = Vec::new();
    let mut marked = vec![false; n + 1];
    for i in 2..n {
        if !marked[i] {
            primes.push(i);
            let mut m = i * 2;
            while m <= n {
                marked[m] = true;
                m += i;
            }
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
