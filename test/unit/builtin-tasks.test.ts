import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../src/core/task';
import { builtinTasks, taskById } from '../../src/core/tasks';
import { locateTests } from '../../src/judge/harness';
import type { JudgeInput } from '../../src/judge/judge';
import { programFor } from '../../src/judge/program-for';
import { DEFAULT_LIMITS, judgeProgram } from '../../src/judge/rust-judge';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';
import { nodeParserAssets } from '../../cli/node-parser-assets';

/*
 * The built-in tasks are graded by the in-browser judge, so each one must be answerable within
 * the judge's Rust subset: its reference solution passes its hidden tests and its public examples,
 * judged exactly as the judge worker does (programFor, then judgeProgram with the default limits).
 * Every task was also checked with rustc 1.95, along with a plausible wrong answer that its hidden
 * tests reject (done outside the repo; see the commit that added the tasks).
 */

let parser: RustParser;
beforeAll(async () => {
  parser = await loadRustParser(nodeParserAssets());
});

/** What the judge worker does with a candidate. */
function judge(input: JudgeInput) {
  const program = programFor(input);
  if (program === null) throw new Error('reference solution has no code');
  return judgeProgram(parser, program, DEFAULT_LIMITS);
}

const ORIGINAL_PROMPT = 'Write a Rust function that checks if a number is prime. Keep it under 15 lines.';

describe('built-in tasks', () => {
  it('has 30 tasks, the original is-prime first with its prompt verbatim', () => {
    expect(builtinTasks).toHaveLength(30);
    expect(builtinTasks[0]!.id).toBe('is-prime');
    expect(builtinTasks[0]!.prompt).toBe(ORIGINAL_PROMPT);
    expect(builtinTasks[0]!.signature).toBe('fn is_prime(num: u32) -> bool');
  });

  it('has unique kebab-case ids, each found by taskById', () => {
    const ids = builtinTasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(taskById(id)?.id).toBe(id);
    }
    expect(taskById('no-such-task')).toBeUndefined();
  });

  it('spreads difficulty: 12 easy, 12 medium, 6 hard', () => {
    const count = (d: Task['difficulty']) => builtinTasks.filter((t) => t.difficulty === d).length;
    expect({ easy: count('easy'), medium: count('medium'), hard: count('hard') }).toEqual({ easy: 12, medium: 12, hard: 6 });
  });

  it.each(builtinTasks.map((t) => [t.id, t] as const))('%s is well formed', (_id, task) => {
    expect(task.schemaVersion).toBe(1);
    expect(task.title.trim()).not.toBe('');
    expect(task.prompt.trim()).not.toBe('');
    expect(task.publicExamples.length).toBeGreaterThanOrEqual(2);
    expect(task.publicExamples.length).toBeLessThanOrEqual(3);
    expect(task.referenceSolution).not.toBeNull();
    // The judge counts the asserts directly in fn main as the tests.
    expect(locateTests(task.hiddenTests).asserts.length).toBeGreaterThanOrEqual(5);
    if (task.signature !== null) {
      const name = /^fn (\w+)\(/.exec(task.signature)?.[1];
      expect(name, 'signature names a function').toBeDefined();
      // The model is told the name, the solution defines it, and the tests call it.
      expect(task.id === 'is-prime' || task.prompt.includes(`${name}(`)).toBe(true);
      expect(task.referenceSolution).toContain(`fn ${name}(`);
      expect(task.hiddenTests).toContain(`${name}(`);
      for (const example of task.publicExamples) expect(example.call).toContain(`${name}(`);
    }
  });

  describe.each(builtinTasks.map((t) => [t.id, t] as const))('%s reference solution', (_id, task) => {
    it('passes the hidden tests in the judge', () => {
      const verdict = judge({ kind: 'candidate', code: task.referenceSolution!, task, tests: 'hidden' });
      expect(verdict.kind === 'unknown' ? verdict.reason : verdict.kind).toBe('pass');
      if (verdict.kind === 'pass') {
        expect(verdict.tests.length).toBe(locateTests(task.hiddenTests).asserts.length);
        expect(verdict.tests.every((t) => t.passed)).toBe(true);
      }
    });

    it('passes the public examples in the judge', () => {
      const verdict = judge({ kind: 'candidate', code: task.referenceSolution!, task, tests: 'public' });
      expect(verdict.kind === 'unknown' ? verdict.reason : verdict.kind).toBe('pass');
      if (verdict.kind === 'pass') expect(verdict.tests).toHaveLength(task.publicExamples.length);
    });
  });
});
