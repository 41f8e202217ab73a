import type { Task } from '../task';

/** Century years are leap years only when divisible by 400 (1900 no, 2000 yes). */
export const leapYearTask: Task = {
  schemaVersion: 1,
  id: 'leap-year',
  title: 'Leap year',
  prompt: 'Write a Rust function `is_leap_year(year: u32) -> bool` that says whether a year is a leap year in the Gregorian calendar.',
  signature: 'fn is_leap_year(year: u32) -> bool',
  publicExamples: [
    { call: 'is_leap_year(2024)', expected: 'true' },
    { call: 'is_leap_year(2023)', expected: 'false' },
  ],
  hiddenTests: `fn main() {
    assert_eq!(is_leap_year(2000), true);
    assert_eq!(is_leap_year(1900), false);
    assert_eq!(is_leap_year(2100), false);
    assert_eq!(is_leap_year(2400), true);
    assert_eq!(is_leap_year(1996), true);
    assert_eq!(is_leap_year(1), false);
    assert_eq!(is_leap_year(0), true);
}
`,
  difficulty: 'easy',
  referenceSolution: `fn is_leap_year(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}`,
};
