import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/core/task';
import {
  exportTaskPack,
  MAX_PACK_CHARS,
  MAX_STRING_BYTES,
  MAX_TASKS,
  parseTaskPack,
  TASK_PACK_FORMAT,
  type ParsedTaskPack,
} from '../../src/core/task-pack';
import { builtinTasks } from '../../src/core/tasks';

const task = (overrides: Partial<Task> = {}): Task => ({ ...structuredClone(builtinTasks[0]!), ...overrides });

/** A pack object (not yet text) to tamper with. */
const packObject = (tasks: unknown[] = [task()]): Record<string, unknown> => ({
  format: TASK_PACK_FORMAT,
  formatVersion: 1,
  title: 'My pack',
  tasks,
});

const parse = (value: unknown): ParsedTaskPack => parseTaskPack(JSON.stringify(value));

function errorOf(result: ParsedTaskPack): string {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
}

describe('exportTaskPack / parseTaskPack', () => {
  it('round-trips every built-in task unchanged', () => {
    const text = exportTaskPack('Built-in tasks', builtinTasks);
    const result = parseTaskPack(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.title).toBe('Built-in tasks');
    expect(result.pack.format).toBe(TASK_PACK_FORMAT);
    expect(result.pack.formatVersion).toBe(1);
    expect(result.pack.tasks).toEqual(builtinTasks);
    // The same pack exports to the same text.
    expect(exportTaskPack(result.pack.title, result.pack.tasks)).toBe(text);
  });

  it('writes pretty JSON with the marker and version first', () => {
    const text = exportTaskPack('One', [task()]);
    expect(text.startsWith('{\n  "format": "strategy-lab/task-pack",\n  "formatVersion": 1,\n  "title": "One",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('exports only the fields of a Task', () => {
    const extra = { ...task(), secret: 'not part of a task' } as Task;
    expect(exportTaskPack('x', [extra])).not.toContain('secret');
  });

  it('accepts null signature and reference solution, and an empty pack', () => {
    const result = parse(packObject([task({ signature: null, referenceSolution: null })]));
    expect(result.ok && result.pack.tasks[0]!.signature).toBeNull();
    const empty = parse(packObject([]));
    expect(empty.ok && empty.pack.tasks).toEqual([]);
  });

  it('drops unknown fields from an imported task', () => {
    const result = parse(packObject([{ ...task(), extra: 1 }]));
    expect(result.ok && Object.keys(result.pack.tasks[0]!)).not.toContain('extra');
  });
});

describe('parseTaskPack refuses, with a clear error', () => {
  it('text that is not JSON', () => {
    expect(errorOf(parseTaskPack('{"format": '))).toMatch(/^The file is not valid JSON \(/);
    expect(errorOf(parseTaskPack(''))).toMatch(/not valid JSON/);
  });

  it('JSON without the task-pack marker', () => {
    const expected = /not a Strategy Lab task pack: it has no "format": "strategy-lab\/task-pack" marker/;
    expect(errorOf(parseTaskPack('[]'))).toMatch(expected);
    expect(errorOf(parseTaskPack('null'))).toMatch(expected);
    expect(errorOf(parseTaskPack('"strategy-lab/task-pack"'))).toMatch(expected);
    expect(errorOf(parse({ ...packObject(), format: 'strategy-lab/run' }))).toMatch(expected);
    expect(errorOf(parse({ schemaVersion: 1, id: 'a-run' }))).toMatch(expected);
  });

  it('a pack from a newer version', () => {
    expect(errorOf(parse({ ...packObject(), formatVersion: 2 }))).toBe(
      'This task pack was made by a newer version of Strategy Lab (format version 2); this version reads format version 1.',
    );
  });

  it('a missing or malformed version', () => {
    expect(errorOf(parse({ ...packObject(), formatVersion: undefined }))).toBe("The task pack's formatVersion must be 1, not missing.");
    expect(errorOf(parse({ ...packObject(), formatVersion: '1' }))).toBe('The task pack\'s formatVersion must be 1, not "1".');
    expect(errorOf(parse({ ...packObject(), formatVersion: 0 }))).toMatch(/must be 1, not 0/);
    expect(errorOf(parse({ ...packObject(), formatVersion: 1.5 }))).toMatch(/must be 1, not 1.5/);
  });

  it('a missing title or task list', () => {
    expect(errorOf(parse({ ...packObject(), title: undefined }))).toBe("The task pack's title is invalid: is missing.");
    expect(errorOf(parse({ ...packObject(), title: '  ' }))).toBe("The task pack's title is invalid: must not be empty.");
    expect(errorOf(parse({ ...packObject(), tasks: undefined }))).toBe("The task pack's tasks is invalid: is missing.");
    expect(errorOf(parse({ ...packObject(), tasks: {} }))).toBe("The task pack's tasks is invalid: expected Array, got Object.");
  });

  it('an invalid task, naming it and the field', () => {
    const good = task({ id: 'good-one' });
    expect(errorOf(parse(packObject([good, task({ id: 'bad-one', hiddenTests: '' })])))).toBe(
      'Task 2 ("bad-one"), field hiddenTests: must not be empty.',
    );
    expect(errorOf(parse(packObject([task({ id: 'Not Kebab' })])))).toBe(
      'Task 1 ("Not Kebab"), field id: must be kebab-case (a-z, 0-9 and single hyphens).',
    );
    expect(errorOf(parse(packObject([task({ difficulty: 'extreme' as Task['difficulty'] })])))).toBe(
      'Task 1 ("is-prime"), field difficulty: must be "easy", "medium" or "hard".',
    );
    const halfExample = task({ id: 'third', publicExamples: [{ call: 'f(1)' }] as Task['publicExamples'] });
    expect(errorOf(parse(packObject([good, task({ id: 'second' }), halfExample])))).toBe(
      'Task 3 ("third"), field publicExamples[0].expected: is missing.',
    );
    expect(errorOf(parse(packObject([{ ...task(), schemaVersion: 2 }])))).toBe('Task 1 ("is-prime"), field schemaVersion: expected 1, got 2.');
    expect(errorOf(parse(packObject([{ ...task(), signature: 5 }])))).toBe('Task 1 ("is-prime"), field signature: expected string, got 5.');
    const { prompt: _prompt, ...withoutPrompt } = task();
    expect(errorOf(parse(packObject([withoutPrompt])))).toBe('Task 1 ("is-prime"), field prompt: is missing.');
  });

  it('a task that is not an object, without an id to name', () => {
    expect(errorOf(parse(packObject([task(), 42])))).toBe('Task 2 is invalid: expected Object, got 42.');
    expect(errorOf(parse(packObject([{ ...task(), id: 7 }])))).toBe('Task 1, field id: expected string, got 7.');
  });

  it('duplicate task ids', () => {
    expect(errorOf(parse(packObject([task({ id: 'a' }), task({ id: 'b' }), task({ id: 'a' })])))).toBe(
      'Task 3 repeats the id "a"; task ids must be unique.',
    );
  });

  it('more than 500 tasks, before validating any of them', () => {
    const tasks = Array.from({ length: MAX_TASKS + 1 }, () => 0);
    expect(errorOf(parse(packObject(tasks)))).toBe('The task pack has 501 tasks; at most 500 are allowed.');
    const atLimit = Array.from({ length: MAX_TASKS }, (_, i) => task({ id: `t-${i}` }));
    expect(parse(packObject(atLimit)).ok).toBe(true);
  });

  it('a string longer than 100 KB (counted in UTF-8 bytes)', () => {
    const atLimit = 'x'.repeat(MAX_STRING_BYTES);
    expect(parse(packObject([task({ prompt: atLimit })])).ok).toBe(true);
    expect(errorOf(parse(packObject([task({ prompt: `${atLimit}x` })])))).toBe('Task 1 ("is-prime"), field prompt: is longer than 100 KB.');
    // 'é' is two bytes in UTF-8: half as many characters already reach the limit.
    const multiByte = 'é'.repeat(MAX_STRING_BYTES / 2 + 1);
    expect(errorOf(parse(packObject([task({ referenceSolution: multiByte })])))).toMatch(/field referenceSolution: is longer than 100 KB/);
    expect(errorOf(parse({ ...packObject(), title: `${atLimit}x` }))).toBe("The task pack's title is invalid: is longer than 100 KB.");
  });

  it('a file too large to be a pack, without parsing it', () => {
    expect(errorOf(parseTaskPack(' '.repeat(MAX_PACK_CHARS + 1)))).toMatch(/too large for a task pack/);
  });

  it('never throws, whatever the input', () => {
    const hostile: unknown[] = [
      undefined,
      42,
      '['.repeat(100_000),
      '{"format":"strategy-lab/task-pack","formatVersion":1,"title":"t","tasks":[{"__proto__":{"id":"x"}}]}',
      `{"format":"strategy-lab/task-pack","formatVersion":1,"title":"t","tasks":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    ];
    for (const input of hostile) {
      const result = parseTaskPack(input as string);
      expect(result.ok).toBe(false);
      expect(typeof (result as { error: string }).error).toBe('string');
    }
  });
});
