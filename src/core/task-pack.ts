import * as v from 'valibot';
import type { Task, TaskExample } from './task';

/*
 * Task packs: a set of tasks saved as a JSON file, to share a benchmark or bring your own. An
 * imported file is untrusted, so it is validated field by field, with limits that keep a hostile
 * file from tying up the page, and every problem becomes a readable error rather than an exception.
 */

/** The marker that says a JSON file is a task pack. */
export const TASK_PACK_FORMAT = 'strategy-lab/task-pack';
/** The format version this code writes and reads; a newer one is refused, not guessed at. */
export const TASK_PACK_FORMAT_VERSION = 1;
/** Most tasks a pack may hold. */
export const MAX_TASKS = 500;
/** Longest string (any field) a pack may hold, in UTF-8 bytes. */
export const MAX_STRING_BYTES = 100 * 1024;
/** Longest pack text accepted at all, checked before parsing the JSON. */
export const MAX_PACK_CHARS = 16 * 1024 * 1024;
/** Most public examples one task may show. */
export const MAX_EXAMPLES = 50;

export interface TaskPack {
  format: typeof TASK_PACK_FORMAT;
  formatVersion: typeof TASK_PACK_FORMAT_VERSION;
  title: string;
  tasks: Task[];
}

export type ParsedTaskPack = { ok: true; pack: TaskPack } | { ok: false; error: string };

/** A string of at most {@link MAX_STRING_BYTES}; `nonEmpty` also refuses blank ones. */
const text = (nonEmpty: boolean) =>
  v.pipe(
    v.string(),
    v.maxBytes(MAX_STRING_BYTES, `is longer than ${MAX_STRING_BYTES / 1024} KB`),
    v.check((s) => !nonEmpty || s.trim() !== '', 'must not be empty'),
  );

const exampleSchema: v.GenericSchema<TaskExample> = v.object({ call: text(true), expected: text(true) });

/** A Task from an untrusted source. Typed against Task, so the two cannot drift apart. */
export const taskSchema: v.GenericSchema<Task> = v.object({
  schemaVersion: v.literal(1),
  id: v.pipe(text(true), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)')),
  title: text(true),
  prompt: text(true),
  signature: v.nullable(text(true)),
  publicExamples: v.pipe(v.array(exampleSchema), v.maxLength(MAX_EXAMPLES, `has more than ${MAX_EXAMPLES} examples`)),
  hiddenTests: text(true),
  difficulty: v.picklist(['easy', 'medium', 'hard'], 'must be "easy", "medium" or "hard"'),
  referenceSolution: v.nullable(text(false)),
});

const packSchema = v.object({
  format: v.literal(TASK_PACK_FORMAT),
  formatVersion: v.literal(TASK_PACK_FORMAT_VERSION),
  title: text(true),
  tasks: v.array(taskSchema),
});

/** The pack as pretty-printed JSON, fields in a fixed order (and only Task's own fields). */
export function exportTaskPack(title: string, tasks: readonly Task[]): string {
  const pack: TaskPack = {
    format: TASK_PACK_FORMAT,
    formatVersion: TASK_PACK_FORMAT_VERSION,
    title,
    tasks: tasks.map((t) => ({
      schemaVersion: t.schemaVersion,
      id: t.id,
      title: t.title,
      prompt: t.prompt,
      signature: t.signature,
      publicExamples: t.publicExamples.map((e) => ({ call: e.call, expected: e.expected })),
      hiddenTests: t.hiddenTests,
      difficulty: t.difficulty,
      referenceSolution: t.referenceSolution,
    })),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/**
 * Reads a task pack from untrusted text. Never throws: a problem is `{ ok: false, error }` with
 * a sentence saying what is wrong and, for a task, which one and which field.
 */
export function parseTaskPack(input: string): ParsedTaskPack {
  try {
    return parseUnguarded(input);
  } catch (error) {
    // Not expected; kept so that a hostile file can never break the caller.
    return { ok: false, error: `Could not read the task pack (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function parseUnguarded(input: string): ParsedTaskPack {
  const fail = (error: string): ParsedTaskPack => ({ ok: false, error });
  if (typeof input !== 'string') return fail('A task pack must be text.');
  if (input.length > MAX_PACK_CHARS) return fail(`The file is too large for a task pack (over ${MAX_PACK_CHARS / (1024 * 1024)} MB).`);

  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    return fail(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isRecord(json) || json.format !== TASK_PACK_FORMAT) {
    return fail(`This is not a Strategy Lab task pack: it has no "format": "${TASK_PACK_FORMAT}" marker.`);
  }
  const version = json.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > TASK_PACK_FORMAT_VERSION) {
    return fail(
      `This task pack was made by a newer version of Strategy Lab (format version ${version}); this version reads format version ${TASK_PACK_FORMAT_VERSION}.`,
    );
  }
  if (version !== TASK_PACK_FORMAT_VERSION) {
    return fail(`The task pack's formatVersion must be ${TASK_PACK_FORMAT_VERSION}, not ${describeValue(version)}.`);
  }
  // Counted before the tasks are validated, so a huge array costs nothing.
  if (Array.isArray(json.tasks) && json.tasks.length > MAX_TASKS) {
    return fail(`The task pack has ${json.tasks.length} tasks; at most ${MAX_TASKS} are allowed.`);
  }

  const parsed = v.safeParse(packSchema, json);
  if (!parsed.success) return fail(describeIssue(parsed.issues[0], json));

  const seen = new Set<string>();
  for (const [index, task] of parsed.output.tasks.entries()) {
    if (seen.has(task.id)) return fail(`Task ${index + 1} repeats the id "${task.id}"; task ids must be unique.`);
    seen.add(task.id);
  }
  return { ok: true, pack: parsed.output };
}

/** One validation issue as a sentence: the task (by position and id) and the field it concerns. */
function describeIssue(issue: v.BaseIssue<unknown>, json: Record<string, unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const detail = plainly(issue);
  if (keys[0] !== 'tasks' || keys.length < 2) {
    const field = keys.length > 0 ? keys.join('.') : 'the pack';
    return `The task pack's ${field} is invalid: ${detail}.`;
  }
  const index = keys[1] as number;
  const raw = Array.isArray(json.tasks) ? json.tasks[index] : undefined;
  const id = isRecord(raw) && typeof raw.id === 'string' && raw.id.length <= 100 ? ` ("${raw.id}")` : '';
  if (keys.length === 2) return `Task ${index + 1}${id} is invalid: ${detail}.`;
  const field = keys
    .slice(2)
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .slice(1);
  return `Task ${index + 1}${id}, field ${field}: ${detail}.`;
}

/** valibot's default wording ("Invalid key: Expected "id" but received undefined") in plain words; our own messages as written. */
function plainly(issue: v.BaseIssue<unknown>): string {
  if (!/^Invalid (type|key):/.test(issue.message)) return issue.message;
  if (issue.input === undefined) return 'is missing';
  return `expected ${issue.expected ?? 'another value'}, got ${issue.received}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
