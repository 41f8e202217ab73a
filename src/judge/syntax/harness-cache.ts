import type { FnDecl, Program } from './ast';
import type { SourceText } from './spans';

/*
 * Every candidate for a task is judged with the same test harness: a `fn main` of asserts at the
 * end of the program. Lowering it (each assert's arguments are parsed again) took most of the
 * lowering time, so the lowered `main` is kept, keyed by its text to the end of the file, and
 * the next program that ends with exactly that text reuses it: only the text before it is parsed
 * and lowered, and a copy of `main` gets the expression ids and positions it would have had.
 */

/** A lowered `fn main` and where it stood in the program it came from. */
interface Harness {
  main: FnDecl;
  /** Its offset and line in that program. */
  start: number;
  line: number;
  /** The range of expression ids it holds. */
  firstId: number;
  lastId: number;
}

/** Where a program's cached harness starts, and the harness. */
export interface HarnessHit {
  /** Offset of `fn main` in the program: the text before it is lowered as usual. */
  start: number;
  harness: Harness;
}

const MAX_HARNESSES = 32;
const harnesses = new Map<string, Harness>();

/** The cached harness this program ends with, if any. */
export function findHarness(source: string): HarnessHit | null {
  const start = harnessStart(source);
  if (start < 0) return null;
  const key = source.slice(start);
  const harness = harnesses.get(key);
  if (!harness) return null;
  // Most recently used last: the oldest is evicted first.
  harnesses.delete(key);
  harnesses.set(key, harness);
  return { start, harness };
}

/**
 * Keeps the program's `fn main` when it is the last item, starts a line and carries no
 * attributes (the only shape `findHarness` reuses).
 */
export function rememberHarness(source: string, program: Program): void {
  const main = program.items[program.items.length - 1];
  if (main?.kind !== 'fn' || main.name.name !== 'main') return;
  if (main.attributes.derives.length + main.attributes.other.length > 0) return;
  if (harnessStart(source) !== main.span.start || main.span.column !== 1) return;
  const ids = idRange(main);
  if (!ids) return;
  harnesses.set(source.slice(main.span.start), { main: copyShifted(main, { ids: 0, lines: 0, offsets: 0 }), start: main.span.start, line: main.span.line, firstId: ids.first, lastId: ids.last });
  if (harnesses.size > MAX_HARNESSES) harnesses.delete(harnesses.keys().next().value!);
}

/** Forgets every harness (the benchmark measures judging without them too). */
export function forgetHarnesses(): void {
  harnesses.clear();
}

/**
 * A copy of the harness for a program where it starts at `hit.start` and its first expression id
 * is `nextId`; returns the copy and the next free id.
 */
export function placeHarness(hit: HarnessHit, source: SourceText, nextId: number): { main: FnDecl; nextId: number } {
  const { harness } = hit;
  const shift = { ids: nextId - harness.firstId, lines: source.position(hit.start).line - harness.line, offsets: hit.start - harness.start };
  return { main: copyShifted(harness.main, shift), nextId: harness.lastId + shift.ids + 1 };
}

/** Offset of the last `fn main` that starts a line, or -1. */
function harnessStart(source: string): number {
  const at = source.lastIndexOf('fn main');
  return at === 0 || (at > 0 && source[at - 1] === '\n') ? at : -1;
}

type Shift = { ids: number; lines: number; offsets: number };

/** A deep copy of an AST value with its expression ids, lines and offsets moved. */
function copyShifted<T>(value: T, shift: Shift): T {
  if (Array.isArray(value)) return value.map((v: unknown) => copyShifted(v, shift)) as T;
  if (value === null || typeof value !== 'object') return value;
  const from = value as Record<string, unknown>;
  if ('endColumn' in from && 'start' in from) {
    const span = from as unknown as { line: number; column: number; endLine: number; endColumn: number; start: number; end: number };
    return {
      line: span.line + shift.lines,
      column: span.column,
      endLine: span.endLine + shift.lines,
      endColumn: span.endColumn,
      start: span.start + shift.offsets,
      end: span.end + shift.offsets,
    } as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key in from) {
    const field = from[key];
    copy[key] = key === 'id' && typeof field === 'number' ? field + shift.ids : copyShifted(field, shift);
  }
  return copy as T;
}

/** The smallest and largest expression id in an AST value. */
function idRange(value: unknown, range: { first: number; last: number } | null = null): { first: number; last: number } | null {
  if (Array.isArray(value)) {
    for (const v of value) range = idRange(v, range);
    return range;
  }
  if (value === null || typeof value !== 'object') return range;
  const from = value as Record<string, unknown>;
  for (const key in from) {
    const field = from[key];
    if (key === 'id' && typeof field === 'number') range = range ? { first: Math.min(range.first, field), last: Math.max(range.last, field) } : { first: field, last: field };
    else if (typeof field === 'object') range = idRange(field, range);
  }
  return range;
}
