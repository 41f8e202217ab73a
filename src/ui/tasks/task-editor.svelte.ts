import * as v from 'valibot';
import type { Task } from '../../core/task';
import { exportTaskPack, MAX_PACK_CHARS, parseTaskPack, TASK_PACK_FORMAT, TASK_PACK_FORMAT_VERSION, type TaskPack } from '../../core/task-pack';
import { taskById } from '../../core/tasks';
import type { Verdict } from '../../core/verdict';
import type { Judge } from '../../judge/judge';
import { decodeShare, decodeShareFile, SHARE_FILE_FORMAT, type DecodedShare, type SharePayload } from '../../share/share-link';
import type { Setting, SettingsStore } from '../../store/settings-store';
import type { TaskPackStore } from '../../store/task-pack-store';
import { messageOf } from '../error-message';
import { VERDICT_LABELS, verdictDetail } from '../judge/verdict-text';
import {
  blankDraft,
  draftFromTask,
  draftKey,
  saveBlocker,
  taskFromDraft,
  validateDraft,
  type DraftProblem,
  type ReferenceCheck,
  type TaskDraft,
} from './task-draft';

export const packTitleSetting: Setting<string> = {
  key: 'taskPack.title',
  schema: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  fallback: 'My tasks',
};

export interface TaskEditorDeps {
  judge: () => Judge;
  /** Where saved tasks are kept; null when this browser's storage is unavailable (kept in memory). */
  store: TaskPackStore | null;
  settings: SettingsStore | null;
}

/** What an import did: which tasks joined the pack, and which did not and why. */
export interface ImportReport {
  from: string;
  added: Task[];
  refused: { task: Task; reason: string }[];
}

/**
 * The task editor (`#/tasks`): one task being written, checked by the judge and saved into the
 * teacher's pack; the pack listed, shared, downloaded and imported. The rule it enforces: a task is
 * saved or shared only after the judge passed its reference solution on its hidden tests and its
 * public examples, on exactly the current text. Imported tasks are held to the same rule.
 */
export class TaskEditorSession {
  draft = $state<TaskDraft>(blankDraft());
  /** The id the open task is saved under in the pack, or null for a task not saved yet. */
  editing = $state<string | null>(null);
  check = $state.raw<ReferenceCheck>({ kind: 'unchecked' });
  tasks = $state.raw<Task[]>([]);
  packTitle = $state(packTitleSetting.fallback);
  /** Stored tasks that could not be read back (kept in storage, not shown). */
  unreadable = $state(0);
  /** The last thing done, in words (saved, deleted). */
  notice = $state<string | null>(null);
  /** The last thing that went wrong (storage), in words. */
  problem = $state<string | null>(null);
  importError = $state<string | null>(null);
  importReport = $state.raw<ImportReport | null>(null);
  /** Progress of an import being judged. */
  importing = $state.raw<{ done: number; total: number } | null>(null);
  /** Another task asked to be opened while the open one has changes not saved: what it would open. */
  pendingOpen = $state.raw<{ what: string } | null>(null);

  key = $derived(draftKey(this.draft));
  problems = $derived<DraftProblem[]>(validateDraft(this.draft, new Set(this.tasks.map((t) => t.id).filter((id) => id !== this.editing))));
  /** Why the draft cannot be saved or shared yet, or null when it can. */
  /**
   * Whether the form marks its problems: not on a blank new task (every field would be red before
   * anything was typed), but once a check was asked for, or for a task opened with content.
   */
  showProblems = $state(false);
  blocker = $derived(
    !this.showProblems && this.problems.length > 0
      ? 'Fill in the task, then check its reference solution: the judge must pass it before the task can be saved or shared.'
      : saveBlocker(this.problems, this.check, this.key),
  );
  canSave = $derived(this.blocker === null);
  /** The key of the draft as opened or last saved. */
  #cleanKey = $state(draftKey(blankDraft()));
  /** The open task has changes that are not saved in the pack. */
  dirty = $derived(this.key !== this.#cleanKey);

  readonly #deps: TaskEditorDeps;
  #judge: Judge | null = null;
  #request = 0;
  #pending: (() => void) | null = null;

  constructor(deps: TaskEditorDeps) {
    this.#deps = deps;
  }

  async restore(): Promise<void> {
    await this.#refresh();
    if (this.#deps.settings) this.packTitle = await this.#deps.settings.get(packTitleSetting);
  }

  /** Starts a new, empty task. */
  newTask(): void {
    this.#guard('a new task', () => this.#open(blankDraft(), null));
  }

  /** Starts a new task from a built-in one (its id suffixed so it does not clash with the original). */
  startFromTemplate(builtinId: string): void {
    const task = taskById(builtinId);
    if (!task) return;
    this.#guard(`a copy of “${task.title}”`, () => {
      const taken = new Set(this.tasks.map((t) => t.id));
      let id = `${task.id}-copy`;
      for (let n = 2; taken.has(id); n++) id = `${task.id}-copy-${n}`;
      this.#open({ ...draftFromTask(task), id, title: `${task.title} (copy)` }, null);
    });
  }

  /** Opens a saved task of the pack. */
  edit(id: string): void {
    const task = this.tasks.find((t) => t.id === id);
    if (task) this.#guard(`“${task.title}”`, () => this.#open(draftFromTask(task), task.id));
  }

  /** Opens a task that is not in the pack (one an import refused), to fix and save it. */
  openUnsaved(task: Task): void {
    this.#guard(`“${task.title}”`, () => this.#open(draftFromTask(task), null));
  }

  /** Opens what {@link pendingOpen} describes, dropping the open task's unsaved changes. */
  discardAndOpen(): void {
    const open = this.#pending;
    this.#pending = null;
    this.pendingOpen = null;
    open?.();
  }

  /** Forgets {@link pendingOpen}: the open task stays as it is. */
  keepEditing(): void {
    this.#pending = null;
    this.pendingOpen = null;
  }

  addExample(): void {
    this.draft.publicExamples.push({ call: '', expected: '' });
  }

  removeExample(index: number): void {
    this.draft.publicExamples.splice(index, 1);
  }

  /** Judges the reference solution on the hidden tests and on the public examples; the newest request wins. */
  async checkReference(): Promise<void> {
    const request = ++this.#request;
    const key = this.key;
    const task = taskFromDraft(this.draft);
    this.showProblems = true;
    this.check = { kind: 'checking', key };
    try {
      const { hidden, examples } = await this.#judgeReference(task);
      if (request === this.#request) this.check = { kind: 'checked', key, hidden, examples };
    } catch (error) {
      if (request === this.#request) this.check = { kind: 'failed', key, message: messageOf(error) };
    }
  }

  /** Saves the open task into the pack — only when {@link canSave}. Returns whether it was saved. */
  async save(): Promise<boolean> {
    if (!this.canSave) return false;
    const task = taskFromDraft(this.draft);
    const store = this.#deps.store;
    try {
      if (store) {
        await store.save(task, this.editing);
        await this.#refresh();
      } else {
        this.tasks = upsert(this.tasks, task, this.editing);
      }
    } catch (error) {
      this.problem = messageOf(error);
      return false;
    }
    this.editing = task.id;
    this.#cleanKey = draftKey(this.draft);
    this.problem = null;
    this.notice = store ? `Saved “${task.title}” in your pack.` : `Saved “${task.title}” in your pack for as long as this tab stays open (this browser’s storage is unavailable).`;
    return true;
  }

  async delete(id: string): Promise<void> {
    const task = this.tasks.find((t) => t.id === id);
    try {
      if (this.#deps.store) {
        await this.#deps.store.delete(id);
        await this.#refresh();
      } else {
        this.tasks = this.tasks.filter((t) => t.id !== id);
      }
    } catch (error) {
      this.problem = messageOf(error);
      return;
    }
    // The open task stays in the editor, now as a task not saved anywhere else.
    if (this.editing === id) {
      this.editing = null;
      this.#cleanKey = '';
    }
    this.notice = `Deleted “${task?.title ?? id}” from your pack.`;
  }

  async setPackTitle(title: string): Promise<void> {
    const parsed = v.safeParse(packTitleSetting.schema, title);
    this.packTitle = parsed.success ? parsed.output : packTitleSetting.fallback;
    await this.#deps.settings?.set(packTitleSetting, this.packTitle).catch(() => {});
  }

  /** The pack as a share-link payload. */
  packPayload(): SharePayload {
    return { kind: 'task-pack', pack: packOf(this.packTitle, this.tasks) };
  }

  /** The open task alone, as a one-task pack (only offered when {@link canSave}). */
  taskPayload(): SharePayload {
    const task = taskFromDraft(this.draft);
    return { kind: 'task-pack', pack: packOf(task.title, [task]) };
  }

  /** The pack as a task-pack file. */
  packFile(): string {
    return exportTaskPack(this.packTitle, this.tasks);
  }

  /**
   * Imports tasks from text a user supplied: a task-pack file, a share file holding a pack, or a
   * pasted share link. Nothing joins the pack unless it reads as a valid pack (see {@link importPack}).
   */
  async importText(text: string, from: string): Promise<void> {
    this.importError = null;
    const decoded = await readPackText(text);
    if (!decoded.ok) {
      this.importReport = null;
      this.importError = `${from}: ${decoded.error}`;
      return;
    }
    await this.importPack(decoded.pack, from);
  }

  /**
   * Adds a pack's tasks to this pack, each only after the judge passes its reference solution, as
   * for a task written here. A task whose id is taken, with no reference solution or that the judge
   * does not pass stays out, listed with its reason, and can be opened in the editor to fix.
   */
  async importPack(incoming: TaskPack, from: string = `“${incoming.title}”`): Promise<void> {
    // Plain data: a pack held in a component's state is a proxy, which neither the judge's worker nor IndexedDB can clone.
    const pack = $state.snapshot(incoming) as TaskPack;
    this.importError = null;
    this.importReport = null;
    if (this.tasks.length === 0) await this.setPackTitle(pack.title);
    const added: Task[] = [];
    const refused: ImportReport['refused'] = [];
    this.importing = { done: 0, total: pack.tasks.length };
    try {
      for (const task of pack.tasks) {
        const reason = await this.#refusal(task);
        if (reason !== null) {
          refused.push({ task, reason });
        } else {
          try {
            if (this.#deps.store) await this.#deps.store.save(task);
            else this.tasks = upsert(this.tasks, task, null);
            added.push(task);
          } catch (error) {
            refused.push({ task, reason: messageOf(error) });
          }
        }
        this.importing = { done: added.length + refused.length, total: pack.tasks.length };
      }
    } finally {
      this.importing = null;
      if (this.#deps.store) await this.#refresh();
    }
    this.importReport = { from, added, refused };
  }

  /** Why an incoming task may not join the pack, or null when it may. */
  async #refusal(task: Task): Promise<string | null> {
    const existing = this.tasks.find((t) => t.id === task.id);
    if (existing) {
      return JSON.stringify(existing) === JSON.stringify(task)
        ? 'Already in your pack, unchanged.'
        : `Your pack already has a different task with the id “${task.id}”. Open this one in the editor to save it under another id.`;
    }
    const problems = validateDraft(draftFromTask(task));
    if (problems.length > 0) return problems.map((p) => p.message).join(' ');
    let verdicts: { hidden: Verdict; examples: Verdict | null };
    try {
      verdicts = await this.#judgeReference(task);
    } catch (error) {
      return `The judge could not check it: ${messageOf(error)}`;
    }
    for (const [what, verdict] of [['hidden tests', verdicts.hidden], ['public examples', verdicts.examples]] as const) {
      if (verdict && verdict.kind !== 'pass') {
        return `Its reference solution does not pass its ${what} in this judge (${VERDICT_LABELS[verdict.kind].toLowerCase()}: ${verdictDetail(verdict)}).`;
      }
    }
    return null;
  }

  async #judgeReference(task: Task): Promise<{ hidden: Verdict; examples: Verdict | null }> {
    const judge = (this.#judge ??= this.#deps.judge());
    const code = task.referenceSolution ?? '';
    // Only what the judge reads, as plain data (it is copied to the judge's worker).
    const tests = { signature: task.signature, hiddenTests: task.hiddenTests, publicExamples: task.publicExamples.map((e) => ({ call: e.call, expected: e.expected })) };
    const hidden = await judge.judge({ kind: 'candidate', code, task: tests, tests: 'hidden' });
    const examples = tests.publicExamples.length > 0 ? await judge.judge({ kind: 'candidate', code, task: tests, tests: 'public' }) : null;
    return { hidden, examples };
  }

  /** Runs `open` now, or — when the open task has unsaved changes — asks first (see {@link pendingOpen}). */
  #guard(what: string, open: () => void): void {
    if (this.dirty) {
      this.#pending = open;
      this.pendingOpen = { what };
      return;
    }
    this.keepEditing();
    open();
  }

  #open(draft: TaskDraft, editing: string | null): void {
    ++this.#request; // a check still running was for the previous task
    this.draft = draft;
    this.#cleanKey = draftKey(draft);
    this.showProblems = this.#cleanKey !== draftKey(blankDraft());
    this.editing = editing;
    this.check = { kind: 'unchecked' };
    this.notice = null;
    this.problem = null;
  }

  async #refresh(): Promise<void> {
    const store = this.#deps.store;
    if (!store) return;
    try {
      const { tasks, unreadable } = await store.list();
      this.tasks = tasks;
      this.unreadable = unreadable;
    } catch (error) {
      this.problem = messageOf(error);
    }
  }
}

function packOf(title: string, tasks: readonly Task[]): TaskPack {
  return { format: TASK_PACK_FORMAT, formatVersion: TASK_PACK_FORMAT_VERSION, title, tasks: [...tasks] };
}

/** `tasks` with `task` in place of the one stored as `replacing` (or of its own id), else appended. */
function upsert(tasks: readonly Task[], task: Task, replacing: string | null): Task[] {
  const at = tasks.findIndex((t) => t.id === (replacing ?? task.id));
  return at === -1 ? [...tasks, task] : tasks.map((t, i) => (i === at ? task : t));
}

/** A pack from a task-pack file, a share file or a share link, whichever the text is. */
async function readPackText(text: string): Promise<{ ok: true; pack: TaskPack } | { ok: false; error: string }> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'There is nothing to import: choose a file or paste a link.' };
  // A file is JSON: a share file says so in its "format"; anything else is read as a task pack.
  if (trimmed.startsWith('{')) return isShareFile(trimmed) ? packOfShare(decodeShareFile(trimmed)) : parseTaskPack(trimmed);
  return packOfShare(await decodeShare(trimmed));
}

function isShareFile(text: string): boolean {
  if (text.length > MAX_PACK_CHARS) return false;
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === SHARE_FILE_FORMAT;
  } catch {
    return false;
  }
}

function packOfShare(decoded: DecodedShare): { ok: true; pack: TaskPack } | { ok: false; error: string } {
  if (!decoded.ok) return decoded;
  if (decoded.payload.kind !== 'task-pack') {
    return { ok: false, error: `This holds ${decoded.payload.kind === 'run' ? 'a run' : 'a sweep summary'}, not a task pack: open it in the address bar instead.` };
  }
  return { ok: true, pack: decoded.payload.pack };
}
