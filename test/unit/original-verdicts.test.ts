import { beforeAll, describe, expect, it } from 'vitest';
import { isPrimeTask } from '../../src/core/tasks/is-prime';
import type { Verdict } from '../../src/core/verdict';
import { originalExperiment } from '../../src/engine/replay/recordings/original-experiment';
import { programFor } from '../../src/judge/program-for';
import { judgeProgram } from '../../src/judge/rust-judge';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';
import { nodeParserAssets } from '../../cli/node-parser-assets';

/* The original experiment judged its answers by eye. Judged for real: */

let parser: RustParser;
beforeAll(async () => {
  parser = await loadRustParser(nodeParserAssets());
});

function judge(code: string): Verdict {
  const program = programFor({ kind: 'candidate', code, task: isPrimeTask, tests: 'hidden' });
  if (program === null) return { kind: 'no_code', judge: 'interpreter', ms: 0, stdout: '' };
  return judgeProgram(parser, program);
}

const selection = (id: string) => originalExperiment.runs.find((r) => r.strategyId === id)!.selection.code;

describe("the original experiment's answers", () => {
  it('baseline ("✅ Correct" by hand) is a wrong answer: 2..=num includes num, so is_prime(2) is false', () => {
    const verdict = judge(selection('baseline'));
    expect(verdict.kind).toBe('wrong_answer');
    const failed = verdict.kind === 'wrong_answer' ? verdict.tests.find((t) => !t.passed) : undefined;
    expect(failed).toEqual({ source: 'assert_eq!(is_prime(2), true)', passed: false, left: 'false', right: 'true' });
  });

  it('ReRead does not compile: E0432, the `num` crate does not exist', () => {
    const verdict = judge(selection('reread'));
    expect(verdict.kind).toBe('compile_error');
    expect(verdict.kind === 'compile_error' && verdict.diagnostics[0]).toMatchObject({ code: 'E0432', line: 1 });
  });

  it("diverse sampling's selection does not compile: E0308, a branch ends in a `for` loop", () => {
    const verdict = judge(selection('diverse-sampling'));
    expect(verdict.kind).toBe('compile_error');
    expect(verdict.kind === 'compile_error' && verdict.diagnostics[0]).toMatchObject({ code: 'E0308', line: 9, column: 9 });
  });

  it("best-of-N's selection is empty: no code", () => {
    expect(judge(selection('best-of-n')).kind).toBe('no_code');
  });

  it("the task's reference solution passes every test", () => {
    const verdict = judge(isPrimeTask.referenceSolution!);
    expect(verdict.kind).toBe('pass');
    expect(verdict.kind === 'pass' && verdict.tests).toHaveLength(8);
  });
});
