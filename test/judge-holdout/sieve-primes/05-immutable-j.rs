// task: sieve-primes
// intent: E0384: `let j = i * i;` then `j += i` in the inner loop
fn primes_up_to(n: usize) -> Vec<usize> {
    let mut result = vec![];
    if n < 2 {
        return result;
    }
    let mut composite = vec![false; n + 1];
    for i in 2..=n {
        if composite[i] {
            continue;
        }
        result.push(i);
        let j = i * i;
        while j <= n {
            composite[j] = true;
            j += i;
        }
    }
    result
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
