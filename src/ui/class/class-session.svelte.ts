import { summarizeClass, type ClassSummary, type StudentContribution } from '../../core/class-summary';
import { messageOf } from '../error-message';
import { extractLinks, MAX_ENTRIES, MAX_FILE_BYTES, readFile, readLink, type ReadOutcome, type ReadResult } from './class-import';

/** One imported link or file and what became of it. */
export interface ClassEntry {
  id: number;
  /** The entry's number in the list as first added (1, 2, …), for "Student N". */
  number: number;
  source: { kind: 'link'; link: string } | { kind: 'file'; name: string };
  /** The student's name, `defaultLabel` until the teacher changes it; emptied, it falls back to `defaultLabel`. */
  label: string;
  /** The file name without its extension, or "Student N". */
  defaultLabel: string;
  state: EntryState;
}

export type EntryState = { status: 'reading' } | { status: 'read'; result: ReadResult } | { status: 'error'; error: string };

/** An entry with what the class makes of it. */
export interface ShownEntry extends ClassEntry {
  student: string;
  /** The number of the earlier entry holding the same result: this one is not counted. */
  duplicateOf: number | null;
}

/**
 * The Class page: a teacher's import of the results a class sent back (links and files), each
 * labelled with a student, pooled into one table per strategy and model. Kept in this tab only.
 */
export class ClassSession {
  entries = $state.raw<ClassEntry[]>([]);
  /** What the last paste or file pick did, in a sentence. */
  notice = $state<string | null>(null);

  shown = $derived<ShownEntry[]>(withDuplicates(this.entries));
  /** Entries counted in the class: read, and not a duplicate. */
  counted = $derived(
    this.shown.flatMap((e): StudentContribution[] => (e.state.status === 'read' && e.duplicateOf === null ? [{ student: e.student, contribution: e.state.result.contribution }] : [])),
  );
  summary = $derived<ClassSummary>(summarizeClass(this.counted));
  /** How the entries stand, in a sentence; null with none. */
  standing = $derived(standingOf(this.shown));

  #nextId = 1;
  #nextNumber = 1;

  /** Adds every share link found in `text` (one per line; words around them are ignored). */
  async addLinks(text: string): Promise<void> {
    const { links, linesWithoutLink } = extractLinks(text);
    const taken = links.slice(0, MAX_ENTRIES);
    const skipped = [
      linesWithoutLink > 0 ? `${linesWithoutLink} ${linesWithoutLink === 1 ? 'line' : 'lines'} without a share link skipped` : null,
      links.length > taken.length ? `only the first ${MAX_ENTRIES} links read` : null,
    ].filter((part) => part !== null);
    this.notice = `${taken.length === 0 ? 'No share link found (they start with “#sl1.”)' : `Added ${taken.length} ${taken.length === 1 ? 'link' : 'links'}`}${skipped.length > 0 ? `; ${skipped.join('; ')}` : ''}.`;
    await Promise.all(taken.map((link) => this.#add({ kind: 'link', link }, null, () => readLink(link))));
  }

  /** Adds result files (share files, sweep results, runs). */
  async addFiles(files: readonly File[]): Promise<void> {
    const taken = files.slice(0, MAX_ENTRIES);
    this.notice = `Added ${taken.length} ${taken.length === 1 ? 'file' : 'files'}${files.length > taken.length ? `; only the first ${MAX_ENTRIES} read` : ''}.`;
    await Promise.all(
      taken.map((file) =>
        this.#add({ kind: 'file', name: file.name }, file.name.replace(/\.[^.]*$/, '') || file.name, async (): Promise<ReadOutcome> => {
          if (file.size > MAX_FILE_BYTES) return { ok: false, error: `The file is too large (over ${MAX_FILE_BYTES / (1024 * 1024)} MB).` };
          return readFile(await file.text());
        }),
      ),
    );
  }

  rename(id: number, label: string): void {
    this.entries = this.entries.map((e) => (e.id === id ? { ...e, label } : e));
  }

  remove(id: number): void {
    this.entries = this.entries.filter((e) => e.id !== id);
  }

  /** Forgets the whole class; readings still under way are dropped when they finish. */
  clear(): void {
    this.entries = [];
    this.notice = null;
    this.#nextNumber = 1;
  }

  async #add(source: ClassEntry['source'], fileLabel: string | null, read: () => Promise<ReadOutcome>): Promise<void> {
    const number = this.#nextNumber++;
    const defaultLabel = fileLabel ?? `Student ${number}`;
    const entry: ClassEntry = { id: this.#nextId++, number, source, label: defaultLabel, defaultLabel, state: { status: 'reading' } };
    this.entries = [...this.entries, entry];
    let state: EntryState;
    try {
      const outcome = await read();
      state = outcome.ok ? { status: 'read', result: outcome } : { status: 'error', error: outcome.error };
    } catch (error) {
      state = { status: 'error', error: `Could not read it: ${messageOf(error)}` };
    }
    // Removed or cleared meanwhile: the entry is gone, and so is its result.
    this.entries = this.entries.map((e) => (e.id === entry.id ? { ...e, state } : e));
  }
}

function standingOf(shown: readonly ShownEntry[]): string | null {
  if (shown.length === 0) return null;
  const reading = shown.filter((e) => e.state.status === 'reading').length;
  const unreadable = shown.filter((e) => e.state.status === 'error').length;
  const duplicates = shown.filter((e) => e.duplicateOf !== null).length;
  const counted = shown.length - reading - unreadable - duplicates;
  const parts = [
    `${counted} counted`,
    duplicates > 0 ? `${duplicates} ${duplicates === 1 ? 'duplicate' : 'duplicates'} counted once` : null,
    unreadable > 0 ? `${unreadable} not readable (see the list below)` : null,
    reading > 0 ? `${reading} still being read` : null,
  ].filter((part) => part !== null);
  return `${shown.length} ${shown.length === 1 ? 'entry' : 'entries'}: ${parts.join(', ')}.`;
}

/** Marks every entry holding the same result as an earlier one (same fingerprint) as its duplicate. */
function withDuplicates(entries: readonly ClassEntry[]): ShownEntry[] {
  const first = new Map<string, number>();
  return entries.map((entry) => {
    const student = entry.label.trim() || entry.defaultLabel;
    if (entry.state.status !== 'read') return { ...entry, student, duplicateOf: null };
    const earlier = first.get(entry.state.result.fingerprint);
    if (earlier === undefined) first.set(entry.state.result.fingerprint, entry.number);
    return { ...entry, student, duplicateOf: earlier ?? null };
  });
}
