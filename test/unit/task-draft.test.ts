import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/verdict';
import { builtinTasks, taskById } from '../../src/core/tasks';
import { MAX_STRING_BYTES } from '../../src/core/task-pack';
import { blankDraft, draftFromTask, draftKey, saveBlocker, taskFromDraft, validateDraft, type TaskDraft } from '../../src/ui/tasks/task-draft';

/* The task editor's rules: what a draft is, what is wrong with it, and when it may be saved. */

const gcd = taskById('gcd')!;
const draft = (change: Partial<TaskDraft> = {}): TaskDraft => ({ ...draftFromTask(gcd), ...change });
const fields = (d: TaskDraft, taken?: Set<string>) => validateDraft(d, taken).map((p) => p.field);

const pass: Verdict = { kind: 'pass', judge: 'interpreter', ms: 1, stdout: '', tests: [{ source: 'assert_eq!(gcd(0, 0), 0)', passed: true }] };
const wrong: Verdict = {
  kind: 'wrong_answer',
  judge: 'interpreter',
  ms: 1,
  stdout: '',
  tests: [{ source: 'assert_eq!(gcd(0, 5), 5)', passed: false, left: '0', right: '5' }],
};

describe('task drafts', () => {
  it('turn every built-in task into a draft and back unchanged', () => {
    for (const task of builtinTasks) expect(taskFromDraft(draftFromTask(task))).toEqual(task);
  });

  it('trim the id, title, signature and examples; an empty signature means none', () => {
    const task = taskFromDraft(draft({ id: '  gcd-2 ', title: ' GCD ', signature: '   ', publicExamples: [{ call: ' gcd(1, 1) ', expected: ' 1' }] }));
    expect(task).toMatchObject({ id: 'gcd-2', title: 'GCD', signature: null, publicExamples: [{ call: 'gcd(1, 1)', expected: '1' }] });
  });

  it('a built-in task has no problems; a blank draft has one per empty field', () => {
    for (const task of builtinTasks) expect(validateDraft(draftFromTask(task)), task.id).toEqual([]);
    expect(fields(blankDraft())).toEqual(['id', 'title', 'prompt', 'publicExamples', 'hiddenTests', 'referenceSolution']);
  });

  it('wants a kebab-case id not used by another task of the pack', () => {
    expect(validateDraft(draft({ id: 'Sum Of Squares' }))[0]).toMatchObject({ field: 'id', message: expect.stringContaining('kebab-case') });
    expect(validateDraft(draft(), new Set(['gcd']))[0]).toMatchObject({ field: 'id', message: expect.stringContaining('already has a task with the id “gcd”') });
    expect(fields(draft(), new Set(['other']))).toEqual([]);
  });

  it('wants a signature that names a function the reference defines and the tests call', () => {
    expect(fields(draft({ signature: 'gcd(a: u64) -> u64' }))).toEqual(['signature']);
    expect(fields(draft({ signature: 'pub fn gcd(a: u64, b: u64) -> u64' }))).toEqual([]);
    const renamed = validateDraft(draft({ signature: 'fn hcf(a: u64, b: u64) -> u64' }));
    expect(renamed.map((p) => p.message)).toEqual(['The hidden tests never call hcf().', 'The reference solution does not define fn hcf, which the signature names.']);
  });

  it('wants hidden tests that are a fn main with at least one assert directly in it', () => {
    expect(validateDraft(draft({ hiddenTests: 'assert_eq!(gcd(1, 1), 1);' }))[0]?.message).toMatch(/fn main/);
    expect(validateDraft(draft({ hiddenTests: 'fn main() {\n    let x = gcd(1, 1);\n}\n' }))[0]?.message).toMatch(/at least one assert/);
    // An assert inside a loop is not a test the judge counts.
    expect(fields(draft({ hiddenTests: 'fn main() {\n    for i in 0..3 { assert!(gcd(i, i) == i); }\n}\n' }))).toEqual(['hiddenTests']);
  });

  it('wants a reference solution and complete examples', () => {
    expect(fields(draft({ referenceSolution: '// to do\n' }))).toEqual(['referenceSolution']);
    expect(validateDraft(draft({ publicExamples: [{ call: 'gcd(1, 2)', expected: '1' }, { call: 'gcd(2, 4)', expected: ' ' }] }))).toEqual([
      { field: 'publicExamples', message: 'Example 2: fill in both the call and the value it returns, or remove it.' },
    ]);
    expect(fields(draft({ publicExamples: [] }))).toEqual([]);
  });

  it('reports the pack format’s size limit on the field that passes it', () => {
    const long = `fn main() {\n    assert_eq!(gcd(1, 1), 1);\n}\n// ${'x'.repeat(MAX_STRING_BYTES)}\n`;
    expect(validateDraft(draft({ hiddenTests: long }))).toEqual([{ field: 'hiddenTests', message: expect.stringContaining('longer than 100 KB') }]);
  });
});

describe('saveBlocker: a task is saved or shared only once the judge passed its reference on this exact text', () => {
  const key = draftKey(draft());

  it('blocks while fields have problems, before any check, and while checking', () => {
    expect(saveBlocker([{ field: 'id', message: 'x' }], { kind: 'checked', key, hidden: pass, examples: pass }, key)).toMatch(/Fix the problem/);
    expect(saveBlocker([], { kind: 'unchecked' }, key)).toMatch(/^Check the reference solution first/);
    expect(saveBlocker([], { kind: 'checking', key }, key)).toMatch(/^Checking/);
  });

  it('allows saving after a pass on the hidden tests and the examples', () => {
    expect(saveBlocker([], { kind: 'checked', key, hidden: pass, examples: pass }, key)).toBeNull();
    expect(saveBlocker([], { kind: 'checked', key, hidden: pass, examples: null }, key)).toBeNull();
  });

  it('blocks a failing reference, saying which tests and why', () => {
    expect(saveBlocker([], { kind: 'checked', key, hidden: wrong, examples: pass }, key)).toBe(
      'The reference solution does not pass the hidden tests (wrong answer: assert_eq!(gcd(0, 5), 5) — left: 0, right: 5). Fix it or the tests, then check again.',
    );
    expect(saveBlocker([], { kind: 'checked', key, hidden: pass, examples: wrong }, key)).toMatch(/does not pass the public examples/);
    const unknown: Verdict = { kind: 'unknown', judge: 'interpreter', ms: 1, stdout: '', reason: 'trait objects are not modelled' };
    expect(saveBlocker([], { kind: 'checked', key, hidden: unknown, examples: null }, key)).toMatch(/not decided: trait objects/);
    expect(saveBlocker([], { kind: 'failed', key, message: 'The judge stopped: crashed' }, key)).toMatch(/could not check it: The judge stopped/);
  });

  it('blocks again after any edit, even after a pass', () => {
    const edited = draftKey(draft({ title: 'Greatest common divisor!' }));
    expect(edited).not.toBe(key);
    expect(saveBlocker([], { kind: 'checked', key, hidden: pass, examples: pass }, edited)).toMatch(/^Edited since the last check/);
    expect(saveBlocker([], { kind: 'checking', key }, edited)).toMatch(/^Edited while checking/);
  });
});
