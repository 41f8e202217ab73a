import type { Task } from '../task';
import { isPrimeTask } from './is-prime';
import { isPalindromeTask } from './is-palindrome';
import { countVowelsTask } from './count-vowels';
import { fibonacciTask } from './fibonacci';
import { factorialTask } from './factorial';
import { gcdTask } from './gcd';
import { digitSumTask } from './digit-sum';
import { findMaxTask } from './find-max';
import { safeDivideTask } from './safe-divide';
import { leapYearTask } from './leap-year';
import { fizzbuzzTask } from './fizzbuzz';
import { dedupSortedTask } from './dedup-sorted';
import { reverseWordsTask } from './reverse-words';
import { caesarCipherTask } from './caesar-cipher';
import { anagramTask } from './anagram';
import { collatzStepsTask } from './collatz-steps';
import { perfectNumberTask } from './perfect-number';
import { armstrongNumberTask } from './armstrong-number';
import { secondLargestTask } from './second-largest';
import { rotateLeftTask } from './rotate-left';
import { binarySearchTask } from './binary-search';
import { mergeSortedTask } from './merge-sorted';
import { movingAverageTask } from './moving-average';
import { firstUniqueCharTask } from './first-unique-char';
import { runLengthEncodingTask } from './run-length-encoding';
import { wordFrequencyTask } from './word-frequency';
import { parseSumTask } from './parse-sum';
import { twoSumTask } from './two-sum';
import { minStackTask } from './min-stack';
import { integerSqrtTask } from './integer-sqrt';

/**
 * The tasks that come with Strategy Lab: the original experiment's first, then the rest from
 * easy to hard. Every reference solution passes its hidden tests and public examples under
 * rustc 1.95 and the in-browser judge (test/unit/builtin-tasks.test.ts).
 */
export const builtinTasks: readonly Task[] = [
  isPrimeTask,
  isPalindromeTask,
  countVowelsTask,
  fibonacciTask,
  factorialTask,
  gcdTask,
  digitSumTask,
  findMaxTask,
  safeDivideTask,
  leapYearTask,
  fizzbuzzTask,
  dedupSortedTask,
  reverseWordsTask,
  caesarCipherTask,
  anagramTask,
  collatzStepsTask,
  perfectNumberTask,
  armstrongNumberTask,
  secondLargestTask,
  rotateLeftTask,
  binarySearchTask,
  mergeSortedTask,
  movingAverageTask,
  firstUniqueCharTask,
  runLengthEncodingTask,
  wordFrequencyTask,
  parseSumTask,
  twoSumTask,
  minStackTask,
  integerSqrtTask,
];

export function taskById(id: string): Task | undefined {
  return builtinTasks.find((task) => task.id === id);
}
