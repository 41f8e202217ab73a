import * as v from 'valibot';
import { contributionFromRecords, contributionFromRun, contributionFromSummary, classModelLabel, type Contribution } from '../../core/class-summary';
import type { Run } from '../../core/run';
import { runSchema } from '../../core/run-schema';
import { parseSweepResults } from '../../core/sweep-results';
import { decodeShare, decodeShareFile, SHARE_FILE_FORMAT, type DecodedShare, type SweepShareRow } from '../../share/share-link';
import { strategyById } from '../../strategies/registry';

/*
 * Reading what students send back, with the app's own decoders: share links (`#sl1.…`), share
 * files, sweep results files and a run's JSON. Everything is untrusted: each decoder validates with
 * core's schemas and never throws; what cannot be read becomes a sentence, never a broken page.
 */

/** A student's result, read and ready to count. */
export interface ReadResult {
  ok: true;
  /** What it is, in a few words, for the entry list (from the data: show as text only). */
  description: string;
  /** Equal for the same result however it arrived (link, share file or run file): duplicates count once. */
  fingerprint: string;
  contribution: Contribution;
}

export type ReadOutcome = ReadResult | { ok: false; error: string };

/** The most links read from one paste, and files from one pick. */
export const MAX_ENTRIES = 500;
/** Largest result file read (a sweep's full records with every reply can be large). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The share links in pasted text, one or more per line, with any words around them ("Ann:
 * https://…/#sl1.… thanks"). Punctuation ending a sentence is not part of a link (base64url has
 * none). Lines without a link are counted, not read.
 */
export function extractLinks(text: string): { links: string[]; linesWithoutLink: number } {
  const links: string[] = [];
  let linesWithoutLink = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    // "#sl" and a version digit: "#slack" in a message is not a link.
    const found = line.match(/#sl\d[^\s"'<>]*/g);
    if (!found) {
      linesWithoutLink++;
      continue;
    }
    for (const token of found) links.push(token.replace(/[^A-Za-z0-9_-]+$/, ''));
  }
  return { links, linesWithoutLink };
}

/** Reads one share link (the fragment, or a whole URL holding one). */
export async function readLink(link: string): Promise<ReadOutcome> {
  return fromShare(await decodeShare(link), 'link');
}

/** Reads a file: a share file, a sweep results file, or a run's JSON. */
export function readFile(text: string): ReadOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (/#sl\d/.test(text)) return { ok: false, error: 'This file holds share links as text: paste them into the box for links instead.' };
    return { ok: false, error: 'This is not a Strategy Lab result: the file is not JSON.' };
  }
  const format = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
  if (format === SHARE_FILE_FORMAT) return fromShare(decodeShareFile(text), 'file');
  if (format === 'strategy-lab/sweep-results') {
    const parsed = parseSweepResults(text);
    if (!parsed.ok) return parsed;
    const records = parsed.results.records;
    const tasks = new Set(records.map((r) => r.cell.taskId)).size;
    return {
      ok: true,
      description: `Sweep results: ${records.length} ${plural(records.length, 'cell')} over ${tasks} ${plural(tasks, 'task')}`,
      fingerprint: `records:${JSON.stringify(records)}`,
      contribution: contributionFromRecords(records),
    };
  }
  if (typeof format === 'string') return { ok: false, error: `This is not a student's result: its format is “${format.slice(0, 60)}”.` };
  const run = v.safeParse(runSchema, json);
  if (run.success) return fromRun(run.output);
  return {
    ok: false,
    error: 'This is not a Strategy Lab result: expected a share file, a sweep results file or a run.',
  };
}

function fromShare(decoded: DecodedShare, what: 'link' | 'file'): ReadOutcome {
  if (!decoded.ok) return decoded;
  const payload = decoded.payload;
  switch (payload.kind) {
    case 'run':
      return fromRun(payload.run);
    case 'sweep':
      return fromSummary(payload.title, payload.summary);
    case 'task-pack':
      return { ok: false, error: `This ${what} holds a task pack (“${payload.pack.title.slice(0, 80)}”), not a student's result.` };
  }
}

function fromRun(run: Run): ReadOutcome {
  return {
    ok: true,
    description: `Run: ${run.task.title} · ${classModelLabel(run.model)} · ${run.results.length} ${plural(run.results.length, 'strategy', 'strategies')}`,
    fingerprint: `run:${JSON.stringify(run)}`,
    contribution: contributionFromRun(run),
  };
}

function fromSummary(title: string, rows: SweepShareRow[]): ReadOutcome {
  const read = contributionFromSummary(rows, (id) => strategyById(id)?.label ?? id);
  if (!read.ok) return read;
  return {
    ok: true,
    description: `Sweep summary “${title}”: ${rows.length} ${plural(rows.length, 'row')}`,
    fingerprint: `summary:${JSON.stringify([title, rows])}`,
    contribution: read.contribution,
  };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
