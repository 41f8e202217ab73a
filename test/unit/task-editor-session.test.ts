import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../src/core/task';
import { exportTaskPack, parseTaskPack } from '../../src/core/task-pack';
import { taskById } from '../../src/core/tasks';
import type { Judge, JudgeInput } from '../../src/judge/judge';
import { createLocalJudge } from '../../src/judge/local-judge';
import { loadRustParser } from '../../src/judge/syntax/tree-sitter';
import { decodeShare, encodeShare, shareFile } from '../../src/share/share-link';
import { openDatabase } from '../../src/store/db';
import { SettingsStore } from '../../src/store/settings-store';
import { TaskPackStore } from '../../src/store/task-pack-store';
import { TaskEditorSession } from '../../src/ui/tasks/task-editor.svelte';
import { nodeParserAssets } from '../../cli/node-parser-assets';
import { replayOriginal } from './helpers/original-run';

/* The task editor's state with the real judge (in this thread) and a pack in fake-indexeddb. */

let judge: Judge;
beforeAll(() => {
  const parser = loadRustParser(nodeParserAssets());
  judge = createLocalJudge(() => parser);
});

/** The judge, counting what it is asked. */
function countingJudge(): Judge & { inputs: JudgeInput[] } {
  const inputs: JudgeInput[] = [];
  return { inputs, judge: (input, signal) => (inputs.push(input), judge.judge(input, signal)) };
}

let store: TaskPackStore;
let settings: SettingsStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDatabase();
  store = new TaskPackStore(db);
  settings = new SettingsStore(db);
});

async function session(j: Judge = judge): Promise<TaskEditorSession> {
  const s = new TaskEditorSession({ judge: () => j, store, settings });
  await s.restore();
  return s;
}

/** Euclid's algorithm returning 0 where it should return `a`. */
const WRONG_GCD = 'fn gcd(a: u64, b: u64) -> u64 {\n    if b == 0 { 0 } else { gcd(b, a % b) }\n}\n';

describe('TaskEditorSession', () => {
  it('saves only after the judge passes the reference on this exact text', async () => {
    const counting = countingJudge();
    const s = await session(counting);
    s.startFromTemplate('gcd');
    expect(s.draft).toMatchObject({ id: 'gcd-copy', title: 'Greatest common divisor (copy)' });
    expect(s.canSave).toBe(false);
    expect(s.blocker).toMatch(/^Check the reference solution first/);
    expect(await s.save()).toBe(false);

    // A wrong reference: the verdict says which assert failed, and saving stays blocked.
    s.draft.referenceSolution = WRONG_GCD;
    await s.checkReference();
    expect(s.check).toMatchObject({ kind: 'checked', hidden: { kind: 'wrong_answer' } });
    expect(s.blocker).toMatch(/^The reference solution does not pass the hidden tests \(wrong answer: assert_eq!\(gcd\(0, 5\), 5\)/);
    expect(await s.save()).toBe(false);
    expect((await store.list()).tasks).toEqual([]);

    // Fixed and checked: hidden tests and public examples were both judged.
    s.draft.referenceSolution = taskById('gcd')!.referenceSolution!;
    expect(s.blocker).toMatch(/^Edited since the last check/);
    counting.inputs.length = 0;
    await s.checkReference();
    expect(counting.inputs.map((i) => (i.kind === 'candidate' ? i.tests : i.kind))).toEqual(['hidden', 'public']);
    expect(s.check).toMatchObject({ kind: 'checked', hidden: { kind: 'pass' }, examples: { kind: 'pass' } });
    expect(s.blocker).toBeNull();

    // Any edit after a pass asks for another check.
    s.draft.title = 'GCD';
    expect(s.canSave).toBe(false);
    expect(s.blocker).toMatch(/^Edited since the last check/);
    await s.checkReference();
    expect(await s.save()).toBe(true);
    expect(s.notice).toBe('Saved “GCD” in your pack.');
    expect(s.editing).toBe('gcd-copy');
    expect((await store.list()).tasks).toEqual([{ ...taskById('gcd')!, id: 'gcd-copy', title: 'GCD' }]);
  });

  it('marks the problems of a blank task only once a check is asked for', async () => {
    const s = await session();
    expect(s.problems.length).toBeGreaterThan(0);
    expect(s.showProblems).toBe(false);
    expect(s.blocker).toMatch(/^Fill in the task, then check its reference solution/);
    await s.checkReference();
    expect(s.showProblems).toBe(true);
    expect(s.blocker).toBe(`Fix the ${s.problems.length} problems marked above first.`);
    expect(await s.save()).toBe(false);
    s.startFromTemplate('gcd');
    expect(s.showProblems).toBe(true);
  });

  it('blocks a reference that passes the hidden tests but not a public example', async () => {
    const s = await session();
    s.startFromTemplate('gcd');
    s.draft.publicExamples[1]!.expected = '2';
    await s.checkReference();
    expect(s.check).toMatchObject({ hidden: { kind: 'pass' }, examples: { kind: 'wrong_answer' } });
    expect(s.blocker).toMatch(/does not pass the public examples/);
  });

  it('keeps the newest check: an older one finishing late does not count', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slowFirst: Judge = { judge: async (input) => (++calls <= 2 ? (await gate, judge.judge(input)) : judge.judge(input)) };
    const s = await session(slowFirst);
    s.startFromTemplate('gcd');
    s.draft.referenceSolution = WRONG_GCD;
    const first = s.checkReference();
    s.draft.referenceSolution = taskById('gcd')!.referenceSolution!;
    const second = s.checkReference();
    release();
    await Promise.all([first, second]);
    expect(s.check).toMatchObject({ kind: 'checked', hidden: { kind: 'pass' } });
    expect(s.canSave).toBe(true);
  });

  it('edits, renames and deletes saved tasks; an id must stay unique in the pack', async () => {
    const s = await session();
    s.startFromTemplate('gcd');
    await s.checkReference();
    await s.save();
    s.startFromTemplate('gcd');
    expect(s.draft.id).toBe('gcd-copy-2');
    s.draft.id = 'gcd-copy';
    expect(s.problems).toEqual([{ field: 'id', message: 'Your pack already has a task with the id “gcd-copy”; choose another.' }]);
    s.draft.id = 'euclid';
    await s.checkReference();
    expect(await s.save()).toBe(true);
    expect(s.tasks.map((t) => t.id)).toEqual(['gcd-copy', 'euclid']);

    s.edit('gcd-copy');
    expect(s.check.kind).toBe('unchecked');
    s.draft.id = 'gcd-renamed';
    await s.checkReference();
    await s.save();
    expect(s.tasks.map((t) => t.id)).toEqual(['gcd-renamed', 'euclid']);

    await s.delete('gcd-renamed');
    expect(s.tasks.map((t) => t.id)).toEqual(['euclid']);
    expect(s.editing).toBeNull();
    expect(s.notice).toMatch(/^Deleted/);
  });

  it('asks before dropping changes that are not saved when another task is opened', async () => {
    const s = await session();
    s.startFromTemplate('gcd'); // nothing typed yet: opens at once
    expect(s.pendingOpen).toBeNull();
    expect(s.dirty).toBe(false);
    s.draft.prompt = 'Something new';
    expect(s.dirty).toBe(true);

    s.startFromTemplate('fizzbuzz');
    expect(s.pendingOpen).toEqual({ what: 'a copy of “FizzBuzz”' });
    expect(s.draft.prompt).toBe('Something new');
    s.keepEditing();
    expect(s.pendingOpen).toBeNull();
    expect(s.draft.id).toBe('gcd-copy');

    s.newTask();
    expect(s.pendingOpen).toEqual({ what: 'a new task' });
    s.discardAndOpen();
    expect(s.draft).toMatchObject({ id: '', prompt: '' });
    expect(s.dirty).toBe(false);

    // Saved work is clean; after its deletion it lives only in the editor, so it counts as unsaved again.
    s.startFromTemplate('gcd');
    await s.checkReference();
    await s.save();
    expect(s.dirty).toBe(false);
    await s.delete('gcd-copy');
    expect(s.dirty).toBe(true);
  });

  it('shares the pack and one checked task as task-pack payloads that round-trip', async () => {
    const s = await session();
    await s.setPackTitle('Week 3');
    s.startFromTemplate('is-prime');
    await s.checkReference();
    await s.save();
    const decoded = await decodeShare(await encodeShare(s.packPayload()));
    expect(decoded).toMatchObject({ ok: true, payload: { kind: 'task-pack', pack: { title: 'Week 3', tasks: [{ id: 'is-prime-copy' }] } } });
    expect(parseTaskPack(s.packFile())).toMatchObject({ ok: true, pack: { title: 'Week 3', tasks: s.tasks } });
    expect(s.taskPayload()).toMatchObject({ kind: 'task-pack', pack: { title: 'Is it prime? (copy)', tasks: [{ id: 'is-prime-copy' }] } });
  });
});

describe('TaskEditorSession imports', () => {
  const own = (id: string, change: Partial<Task> = {}): Task => ({ ...taskById(id)!, ...change });

  it('adds the tasks whose reference passes; lists the others with their reason; opens one to fix', async () => {
    const s = await session();
    const wrong = own('gcd', { id: 'broken-gcd', referenceSolution: WRONG_GCD });
    const none = own('fizzbuzz', { referenceSolution: null });
    await s.importText(exportTaskPack('From a colleague', [own('is-prime'), wrong, none, own('gcd')]), 'week3.json');
    expect(s.importError).toBeNull();
    expect(s.importReport?.added.map((t) => t.id)).toEqual(['is-prime', 'gcd']);
    expect(s.importReport?.refused.map((r) => r.task.id)).toEqual(['broken-gcd', 'fizzbuzz']);
    expect(s.importReport?.refused[0]?.reason).toMatch(/^Its reference solution does not pass its hidden tests in this judge \(wrong answer: assert_eq!\(gcd\(0, 5\), 5\)/);
    expect(s.importReport?.refused[1]?.reason).toBe('Write a reference solution: the judge checks the task with it.');
    expect(s.tasks.map((t) => t.id)).toEqual(['is-prime', 'gcd']);
    expect(s.packTitle).toBe('From a colleague');

    s.openUnsaved(wrong);
    expect(s.editing).toBeNull();
    expect(s.draft.referenceSolution).toBe(WRONG_GCD);
  });

  it('never overwrites a task of the pack; an identical one is reported as already there', async () => {
    const s = await session();
    await s.importText(exportTaskPack('One', [own('gcd')]), 'one.json');
    await s.importText(exportTaskPack('Two', [own('gcd')]), 'two.json');
    expect(s.importReport?.refused.map((r) => r.reason)).toEqual(['Already in your pack, unchanged.']);
    await s.importText(exportTaskPack('Three', [own('is-prime', { id: 'gcd', title: 'Clash' })]), 'three.json');
    expect(s.importReport?.refused[0]?.reason).toMatch(/already has a different task with the id “gcd”/);
    expect(s.tasks).toEqual([own('gcd')]);
    expect(s.packTitle).toBe('One');
  });

  it('reads a pasted link, a share file and a pack file; refuses anything else with a clear error', async () => {
    const s = await session();
    const pack = parseTaskPack(exportTaskPack('Linked', [own('is-prime')]));
    if (!pack.ok) throw new Error(pack.error);
    await s.importText(`  https://lab.example/${await encodeShare({ kind: 'task-pack', pack: pack.pack })}\n`, 'The pasted link');
    expect(s.importReport?.added.map((t) => t.id)).toEqual(['is-prime']);

    await s.importText(shareFile({ kind: 'task-pack', pack: { ...pack.pack, tasks: [own('gcd')] } }), 'share.json');
    expect(s.importReport?.added.map((t) => t.id)).toEqual(['gcd']);

    await s.importText('{"format":"strategy-lab/task-pack","formatVersion":1,"title":"x","tasks":[{"id":"Bad"}]}', 'bad.json');
    expect(s.importError).toMatch(/^bad\.json: Task 1 \("Bad"\)/);
    expect(s.importReport).toBeNull();
    await s.importText('https://lab.example/#sl1.AAAA', 'The pasted link');
    expect(s.importError).toMatch(/^The pasted link: The share link is (truncated or )?corrupted/);
    await s.importText(await encodeShare({ kind: 'run', run: await replayOriginal() }), 'The pasted link');
    expect(s.importError).toBe('The pasted link: This holds a run, not a task pack: open it in the address bar instead.');
    await s.importText('   ', 'The pasted link');
    expect(s.importError).toMatch(/nothing to import/);
    expect(s.tasks.map((t) => t.id)).toEqual(['is-prime', 'gcd']);
  });
});
