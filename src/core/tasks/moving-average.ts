import type { Task } from '../task';

/** Every window including the last; k == 0 or k > len gives an empty Vec (slice::windows(0) panics). Values are exact in binary floating point. */
export const movingAverageTask: Task = {
  schemaVersion: 1,
  id: 'moving-average',
  title: 'Moving average',
  prompt: 'Write a Rust function `moving_average(v: &[f64], k: usize) -> Vec<f64>` that returns the average of every window of k consecutive values, in order. Return an empty Vec when k is 0 or larger than the slice.',
  signature: 'fn moving_average(v: &[f64], k: usize) -> Vec<f64>',
  publicExamples: [
    { call: 'moving_average(&[1.0, 2.0, 3.0, 4.0], 2)', expected: 'vec![1.5, 2.5, 3.5]' },
    { call: 'moving_average(&[2.0, 4.0], 3)', expected: 'Vec::<f64>::new()' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(moving_average(&[1.0, 2.0, 3.0, 4.0], 4), vec![2.5]);
    assert_eq!(moving_average(&[1.0, 2.0, 3.0], 1), vec![1.0, 2.0, 3.0]);
    assert_eq!(moving_average(&[1.0, 2.0, 3.0], 0), Vec::<f64>::new());
    assert_eq!(moving_average(&[], 1), Vec::<f64>::new());
    assert_eq!(moving_average(&[1.0, 2.0], 3), Vec::<f64>::new());
    assert_eq!(moving_average(&[-1.0, 1.0, -1.0, 1.0], 2), vec![0.0, 0.0, 0.0]);
    assert_eq!(moving_average(&[0.5, 1.5, 2.5, 3.5, 4.5], 3), vec![1.5, 2.5, 3.5]);
}
`,
  difficulty: 'medium',
  referenceSolution: `fn moving_average(v: &[f64], k: usize) -> Vec<f64> {
    let mut out = Vec::new();
    if k == 0 || k > v.len() {
        return out;
    }
    for start in 0..=v.len() - k {
        let mut sum = 0.0;
        for x in &v[start..start + k] {
            sum += x;
        }
        out.push(sum / k as f64);
    }
    out
}`,
};
