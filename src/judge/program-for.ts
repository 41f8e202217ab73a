import { composeProgram, isNoCode, publicExamplesHarness } from './harness';
import type { JudgeInput } from './judge';

/**
 * The whole program a judge input stands for — the same text goes to the interpreter, to local
 * rustc and to the playground — or null when a candidate has no code at all.
 */
export function programFor(input: JudgeInput): string | null {
  if (input.kind === 'program') return input.source;
  if (isNoCode(input.code)) return null;
  const tests = input.tests === 'hidden' ? input.task.hiddenTests : publicExamplesHarness(input.task.publicExamples);
  return composeProgram(input.code, tests);
}
