import * as v from 'valibot';
import type { Difficulty, Task, TaskExample } from '../../core/task';
import { taskSchema } from '../../core/task-pack';
import type { Verdict } from '../../core/verdict';
import { isNoCode, locateTests } from '../../judge/harness';
import { VERDICT_LABELS, verdictDetail } from '../judge/verdict-text';

/*
 * The task editor's pure rules: a draft as the form holds it, what is wrong with it field by field,
 * and whether it may be saved or shared — only once the judge has passed its reference solution on
 * exactly the text now in the form.
 */

/** A task as the editor's fields hold it: every field is text, an empty signature means none. */
export interface TaskDraft {
  id: string;
  title: string;
  prompt: string;
  signature: string;
  difficulty: Difficulty;
  publicExamples: TaskExample[];
  hiddenTests: string;
  referenceSolution: string;
}

export type DraftField = 'id' | 'title' | 'prompt' | 'signature' | 'publicExamples' | 'hiddenTests' | 'referenceSolution';

export interface DraftProblem {
  field: DraftField;
  message: string;
}

/** What the judge said about the reference solution, and for which draft (its {@link draftKey}). */
export type ReferenceCheck =
  | { kind: 'unchecked' }
  | { kind: 'checking'; key: string }
  | { kind: 'checked'; key: string; hidden: Verdict; examples: Verdict | null }
  | { kind: 'failed'; key: string; message: string };

/** The skeleton a new task starts from. */
export function blankDraft(): TaskDraft {
  return {
    id: '',
    title: '',
    prompt: '',
    signature: '',
    difficulty: 'easy',
    publicExamples: [{ call: '', expected: '' }],
    hiddenTests: 'fn main() {\n    \n}\n',
    referenceSolution: '',
  };
}

export function draftFromTask(task: Task): TaskDraft {
  return {
    id: task.id,
    title: task.title,
    prompt: task.prompt,
    signature: task.signature ?? '',
    difficulty: task.difficulty,
    publicExamples: task.publicExamples.map((e) => ({ call: e.call, expected: e.expected })),
    hiddenTests: task.hiddenTests,
    referenceSolution: task.referenceSolution ?? '',
  };
}

/** The task a draft stands for: the id and signature trimmed, no signature when blank. */
export function taskFromDraft(draft: TaskDraft): Task {
  const signature = draft.signature.trim();
  return {
    schemaVersion: 1,
    id: draft.id.trim(),
    title: draft.title.trim(),
    prompt: draft.prompt,
    signature: signature === '' ? null : signature,
    publicExamples: draft.publicExamples.map((e) => ({ call: e.call.trim(), expected: e.expected.trim() })),
    hiddenTests: draft.hiddenTests,
    difficulty: draft.difficulty,
    referenceSolution: draft.referenceSolution,
  };
}

/** Identifies the draft's whole content: a check applies to this exact text and nothing else. */
export function draftKey(draft: TaskDraft): string {
  return JSON.stringify(taskFromDraft(draft));
}

/** `fn name(` or `pub fn name<` at the start of a signature: the function the answer must define. */
const SIGNATURE = /^(?:pub(?:\([\w:\s]+\))?\s+)?fn\s+([A-Za-z_][A-Za-z0-9_]*)\s*[(<]/;

/**
 * Everything wrong with the draft, field by field, in the order of the form. `takenIds` are the
 * ids of the other tasks in the pack (a task's id must be unique in its pack).
 */
export function validateDraft(draft: TaskDraft, takenIds: ReadonlySet<string> = new Set()): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (field: DraftField, message: string) => {
    if (!problems.some((p) => p.field === field)) problems.push({ field, message });
  };
  const task = taskFromDraft(draft);

  if (task.id === '') add('id', 'Give the task an id, e.g. “sum-of-squares”.');
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(task.id)) add('id', 'The id must be kebab-case: lowercase letters, digits and single hyphens.');
  else if (takenIds.has(task.id)) add('id', `Your pack already has a task with the id “${task.id}”; choose another.`);
  if (task.title === '') add('title', 'Give the task a title.');
  if (task.prompt.trim() === '') add('prompt', 'Write the prompt the model is asked.');

  const name = task.signature === null ? null : (SIGNATURE.exec(task.signature)?.[1] ?? null);
  if (task.signature !== null && name === null) add('signature', 'The signature must look like “fn name(arg: Type) -> Type”, or be left empty.');

  task.publicExamples.forEach((example, i) => {
    if (example.call === '' || example.expected === '') add('publicExamples', `Example ${i + 1}: fill in both the call and the value it returns, or remove it.`);
  });

  const tests = locateTests(task.hiddenTests);
  if (tests.mainBody === null) add('hiddenTests', 'The hidden tests must be a “fn main() { … }” of asserts.');
  else if (tests.asserts.length === 0) add('hiddenTests', 'Write at least one assert! / assert_eq! / assert_ne! directly in fn main.');
  else if (name !== null && !new RegExp(`\\b${name}\\s*\\(`).test(task.hiddenTests)) add('hiddenTests', `The hidden tests never call ${name}().`);

  const reference = draft.referenceSolution;
  if (isNoCode(reference)) add('referenceSolution', 'Write a reference solution: the judge checks the task with it.');
  else if (name !== null && !new RegExp(`\\bfn\\s+${name}\\s*[(<]`).test(reference)) add('referenceSolution', `The reference solution does not define fn ${name}, which the signature names.`);

  // The pack format's own limits (field sizes, the number of examples), reported on their field.
  const parsed = v.safeParse(taskSchema, task);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = issue.path?.[0]?.key;
      const field: DraftField = key === 'publicExamples' || key === 'hiddenTests' || key === 'referenceSolution' || key === 'signature' || key === 'title' || key === 'prompt' ? key : 'id';
      add(field, `This field ${issue.message}.`);
    }
  }
  return problems;
}

/**
 * Why the draft cannot be saved or shared yet, in words for the user — or null when it can: its
 * fields are valid and the judge passed its reference solution on its hidden tests and its public
 * examples, checked on exactly the current text.
 */
export function saveBlocker(problems: readonly DraftProblem[], check: ReferenceCheck, key: string): string | null {
  if (problems.length > 0) return problems.length === 1 ? 'Fix the problem marked above first.' : `Fix the ${problems.length} problems marked above first.`;
  switch (check.kind) {
    case 'unchecked':
      return 'Check the reference solution first: the judge must pass it before the task can be saved or shared.';
    case 'checking':
      return check.key === key ? 'Checking the reference solution…' : 'Edited while checking: check the reference solution again.';
    case 'failed':
      return check.key === key ? `The judge could not check it: ${check.message}` : 'Edited since the last check: check the reference solution again.';
    case 'checked':
      if (check.key !== key) return 'Edited since the last check: check the reference solution again.';
      if (check.hidden.kind !== 'pass') return `The reference solution does not pass the hidden tests (${describe(check.hidden)}). Fix it or the tests, then check again.`;
      if (check.examples !== null && check.examples.kind !== 'pass') {
        return `The reference solution does not pass the public examples (${describe(check.examples)}). Fix it or the examples, then check again.`;
      }
      return null;
  }
}

function describe(verdict: Verdict): string {
  return `${VERDICT_LABELS[verdict.kind].toLowerCase()}: ${verdictDetail(verdict)}`;
}
