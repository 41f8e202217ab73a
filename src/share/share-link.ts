import * as v from 'valibot';
import type { Generation, GenerationRequest } from '../core/generation';
import type { Candidate, Run, StrategyResult } from '../core/run';
import { runSchema } from '../core/run-schema';
import type { StrategySummary } from '../core/sweep-summary';
import { exportTaskPack, parseTaskPack, type TaskPack } from '../core/task-pack';
import type { TestOutcome, Verdict } from '../core/verdict';

/*
 * Share links: a run, a sweep summary or a task pack packed into a URL fragment, so nothing passes
 * through a server (the fragment is never sent in HTTP requests).
 *
 *   #sl1.<base64url, no padding, of deflate-raw(UTF-8 JSON of the SharePayload)>
 *
 * "sl" marks a Strategy Lab link and the digits after it are the format version: a link of a newer
 * version is refused with a message saying so, never guessed at. When a link would be too long for
 * a URL, the same payload goes into a file (`shareFile`): plain JSON in a versioned envelope.
 * Everything decoded is untrusted and validated with core's schemas; decoding never throws.
 */

/** The format version this code writes and reads. */
export const SHARE_FORMAT_VERSION = 1;
/** What every share fragment starts with, before its version digits. */
export const SHARE_PREFIX = '#sl';
/** The `format` marker of a share file. */
export const SHARE_FILE_FORMAT = 'strategy-lab/share';
/** Longest fragment (or share file) accepted at all, in characters; checked before any work. */
export const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;
/** Most bytes a fragment may inflate to; inflating stops as soon as it passes this (zip bombs). */
export const MAX_INFLATED_BYTES = 10 * 1024 * 1024;
/** A URL length every browser, chat app and mail client handles. */
export const DEFAULT_URL_BUDGET = 4096;
/** Most rows a shared sweep summary may hold. */
export const MAX_SWEEP_ROWS = 10_000;

/**
 * One row of a shared sweep summary: the figures of `StrategySummary` a reader compares (rate,
 * uncertainty and cost), without pass@k, verdict counts and totals, which the full results file keeps.
 */
export interface SweepShareRow {
  strategy: string;
  model: string;
  n: number;
  passes: number;
  passRate: number;
  ci95: [number, number];
  meanTokens: number;
  meanMs: number;
  tokensPerSecond: number | null;
  costVsBaseline: number | null;
}

/** What a link carries. */
export type SharePayload =
  | { kind: 'run'; run: Run }
  | { kind: 'sweep'; title: string; summary: SweepShareRow[] }
  | { kind: 'task-pack'; pack: TaskPack };

export type DecodedShare = { ok: true; payload: SharePayload } | { ok: false; error: string };

/** The rows of a sweep summary as shared (see {@link SweepShareRow}). */
export function sweepShareRows(summaries: readonly StrategySummary[]): SweepShareRow[] {
  return summaries.map((s) => ({
    strategy: s.strategyId,
    model: s.modelLabel,
    n: s.n,
    passes: s.passes,
    passRate: s.passRate,
    ci95: [s.ci95[0], s.ci95[1]],
    meanTokens: s.meanTokens,
    meanMs: s.meanMs,
    tokensPerSecond: s.tokensPerSecond,
    costVsBaseline: s.costVsBaseline,
  }));
}

/**
 * The payload as a URL fragment (`#sl1.…`). A run is first reduced to the fields of the stored Run
 * (see {@link slimRun}); repetition (prompts sent to every candidate, code equal to the reply) is
 * left to deflate, which removes it losslessly.
 */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(slimPayload(payload)));
  const compressed = await collect(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return `${SHARE_PREFIX}${SHARE_FORMAT_VERSION}.${toBase64Url(compressed!)}`;
}

/**
 * Reads a fragment (with or without its `#`, or a whole URL holding one). Never throws: a problem is
 * `{ ok: false, error }` with a sentence saying what is wrong.
 */
export async function decodeShare(fragment: string): Promise<DecodedShare> {
  try {
    return await decodeUnguarded(fragment);
  } catch (error) {
    // Not expected; kept so that a hostile link can never break the caller.
    return fail(`Could not read the link (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** `base` (any fragment it has dropped) followed by the fragment. */
export function shareUrl(base: string, fragment: string): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}${fragment.startsWith('#') ? fragment : `#${fragment}`}`;
}

/**
 * Whether the fragment fits in a link of `budget` characters (the fragment alone; leave room for
 * the page address). When it does not, offer {@link shareFile} as a download instead.
 */
export function fitsInUrl(fragment: string, budget: number = DEFAULT_URL_BUDGET): boolean {
  return fragment.length <= budget;
}

/** The same payload as a share file: readable JSON in a versioned envelope. */
export function shareFile(payload: SharePayload): string {
  return `${JSON.stringify({ format: SHARE_FILE_FORMAT, formatVersion: SHARE_FORMAT_VERSION, payload: slimPayload(payload) }, null, 2)}\n`;
}

/** Reads a share file. Never throws, like {@link decodeShare}. */
export function decodeShareFile(text: string): DecodedShare {
  try {
    if (typeof text !== 'string') return fail('A share file must be text.');
    if (text.length > MAX_FRAGMENT_CHARS) return fail(`The file is too large for a Strategy Lab share file (over ${mb(MAX_FRAGMENT_CHARS)}).`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(`This is not a Strategy Lab share file: it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (!isRecord(json) || json.format !== SHARE_FILE_FORMAT) {
      return fail(`This is not a Strategy Lab share file: it has no "format": "${SHARE_FILE_FORMAT}" marker.`);
    }
    const version = json.formatVersion;
    if (typeof version === 'number' && Number.isInteger(version) && version > SHARE_FORMAT_VERSION) return fail(newerVersion(version, 'file'));
    if (version !== SHARE_FORMAT_VERSION) return fail(`The share file's formatVersion must be ${SHARE_FORMAT_VERSION}, not ${describeValue(version)}.`);
    return validatePayload(json.payload);
  } catch (error) {
    return fail(`Could not read the share file (${error instanceof Error ? error.message : String(error)}).`);
  }
}

async function decodeUnguarded(input: string): Promise<DecodedShare> {
  if (typeof input !== 'string') return fail('A share link must be text.');
  if (input.length > MAX_FRAGMENT_CHARS) return fail(`The link is too long (over ${mb(MAX_FRAGMENT_CHARS)}); a share this large comes as a file.`);
  const hash = input.indexOf('#');
  const fragment = hash === -1 ? `#${input}` : input.slice(hash);
  const head = /^#sl(\d{1,6})\./.exec(fragment);
  if (!fragment.startsWith(SHARE_PREFIX) || !head) return fail('This is not a Strategy Lab share link (it should start with "#sl1.").');
  const version = Number(head[1]);
  if (version > SHARE_FORMAT_VERSION) return fail(newerVersion(version, 'link'));
  if (version !== SHARE_FORMAT_VERSION) return fail(`This share link has format version ${version}, which does not exist; it may be corrupted.`);

  const data = fragment.slice(head[0].length);
  if (data === '') return fail('The share link is truncated: it has no data after "#sl1.".');
  const compressed = fromBase64Url(data);
  if (!compressed) return fail('The share link is corrupted: its data is not valid base64url (was it cut or altered when copied?).');

  let inflated: Uint8Array | null;
  try {
    inflated = await collect(new Blob([compressed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')), MAX_INFLATED_BYTES);
  } catch {
    return fail('The share link is truncated or corrupted: its data does not decompress (was it cut or altered when copied?).');
  }
  if (!inflated) return fail(`The share link's data is too large: it unpacks to more than ${mb(MAX_INFLATED_BYTES)}.`);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail('The share link is corrupted: its data is not valid text.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('The share link is corrupted: its data is not valid JSON.');
  }
  return validatePayload(json);
}

/** Reads the chunks of a stream into one array; null (and the stream cancelled) once past `cap` bytes. */
async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      // Stop inflating here: a bomb's remaining output is never produced.
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const label = v.pipe(v.string(), v.maxLength(1000));

const sweepRowSchema: v.GenericSchema<SweepShareRow> = v.object({
  strategy: label,
  model: label,
  n: count,
  passes: count,
  passRate: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  ci95: v.tuple([v.pipe(v.number(), v.minValue(0), v.maxValue(1)), v.pipe(v.number(), v.minValue(0), v.maxValue(1))]),
  meanTokens: v.pipe(finite, v.minValue(0)),
  meanMs: v.pipe(finite, v.minValue(0)),
  tokensPerSecond: v.nullable(v.pipe(finite, v.minValue(0))),
  costVsBaseline: v.nullable(v.pipe(finite, v.minValue(0))),
});

/** The payload without the task pack, which `parseTaskPack` checks with its own limits and words. */
const payloadSchema = v.variant('kind', [
  v.object({ kind: v.literal('run'), run: runSchema }),
  v.object({
    kind: v.literal('sweep'),
    title: v.pipe(v.string(), v.maxLength(1000)),
    summary: v.pipe(v.array(sweepRowSchema), v.maxLength(MAX_SWEEP_ROWS)),
  }),
  v.object({ kind: v.literal('task-pack'), pack: v.unknown() }),
]);

function validatePayload(json: unknown): DecodedShare {
  if (!isRecord(json)) return fail('The shared data is invalid: expected an object.');
  const parsed = v.safeParse(payloadSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return fail(`The shared data is invalid at ${path ?? 'its top level'}: ${issue.message}`);
  }
  const payload = parsed.output;
  if (payload.kind !== 'task-pack') return { ok: true, payload };
  const pack = parseTaskPack(JSON.stringify(payload.pack ?? null));
  return pack.ok ? { ok: true, payload: { kind: 'task-pack', pack: pack.pack } } : fail(`The shared task pack is invalid. ${pack.error}`);
}

function slimPayload(payload: SharePayload): SharePayload {
  switch (payload.kind) {
    case 'run':
      return { kind: 'run', run: slimRun(payload.run) };
    case 'sweep':
      return { kind: 'sweep', title: payload.title, summary: payload.summary.map(slimRow) };
    case 'task-pack':
      // Only Task's own fields, in the order the pack exporter writes them.
      return { kind: 'task-pack', pack: JSON.parse(exportTaskPack(payload.pack.title, payload.pack.tasks)) as TaskPack };
  }
}

function slimRow(r: SweepShareRow): SweepShareRow {
  return {
    strategy: r.strategy,
    model: r.model,
    n: r.n,
    passes: r.passes,
    passRate: r.passRate,
    ci95: [r.ci95[0], r.ci95[1]],
    meanTokens: r.meanTokens,
    meanMs: r.meanMs,
    tokensPerSecond: r.tokensPerSecond,
    costVsBaseline: r.costVsBaseline,
  };
}

/**
 * A run reduced to exactly the fields of the stored Run, copied field by field: everything the
 * run view shows is kept — task, model, source and status, every strategy's candidates with the
 * request (messages and sampling parameters asked for), the reply text, finish reason, usage,
 * timings, the parameters really sent, extracted code and verdict (with its tests, diagnostics and
 * stdout), the selection and its reason, and the cost. Anything else an object happens to carry at
 * runtime (streamed token deltas, caches, UI state) is dropped.
 */
export function slimRun(run: Run): Run {
  return {
    schemaVersion: run.schemaVersion,
    id: run.id,
    createdAt: run.createdAt,
    source: run.source.kind === 'live' ? { kind: 'live' } : { kind: 'recording', recordingId: run.source.recordingId },
    status: run.status,
    task: { id: run.task.id, title: run.task.title, prompt: run.task.prompt },
    model: { ...run.model },
    results: run.results.map(slimResult),
  };
}

function slimResult(r: StrategyResult): StrategyResult {
  return {
    strategyId: r.strategyId,
    strategyLabel: r.strategyLabel,
    candidates: r.candidates.map(slimCandidate),
    selection: { index: r.selection.index, reason: r.selection.reason, code: r.selection.code, verdict: slimVerdict(r.selection.verdict) },
    cost: { calls: r.cost.calls, promptTokens: r.cost.promptTokens, completionTokens: r.cost.completionTokens, wallMs: r.cost.wallMs },
  };
}

function slimCandidate(c: Candidate): Candidate {
  return { index: c.index, request: slimRequest(c.request), generation: slimGeneration(c.generation), code: c.code, verdict: slimVerdict(c.verdict) };
}

function slimRequest(q: GenerationRequest): GenerationRequest {
  return {
    messages: q.messages.map((m) => ({ role: m.role, content: m.content })),
    temperature: q.temperature,
    top_p: q.top_p,
    max_tokens: q.max_tokens,
    seed: q.seed,
    stop: [...q.stop],
  };
}

function slimGeneration(g: Generation): Generation {
  return {
    text: g.text,
    textCoverage: g.textCoverage,
    finishReason: g.finishReason,
    usage: { promptTokens: g.usage.promptTokens, completionTokens: g.usage.completionTokens },
    timings: {
      timeToFirstTokenMs: g.timings.timeToFirstTokenMs,
      prefillTokensPerSecond: g.timings.prefillTokensPerSecond,
      decodeTokensPerSecond: g.timings.decodeTokensPerSecond,
      totalMs: g.timings.totalMs,
    },
    sent: { temperature: g.sent.temperature, top_p: g.sent.top_p, max_tokens: g.sent.max_tokens, seed: g.sent.seed },
  };
}

function slimVerdict(verdict: Verdict | null): Verdict | null {
  if (verdict === null) return null;
  const base = { judge: verdict.judge, ms: verdict.ms, stdout: verdict.stdout };
  switch (verdict.kind) {
    case 'no_code':
      return { kind: verdict.kind, ...base };
    case 'syntax_error':
    case 'compile_error':
      return { kind: verdict.kind, ...base, diagnostics: verdict.diagnostics.map((d) => ({ code: d.code, message: d.message, line: d.line, column: d.column })) };
    case 'runtime_error':
      return { kind: verdict.kind, ...base, message: verdict.message, line: verdict.line, column: verdict.column, tests: verdict.tests.map(slimTest) };
    case 'timeout':
      return { kind: verdict.kind, ...base, limitMs: verdict.limitMs, tests: verdict.tests.map(slimTest) };
    case 'wrong_answer':
    case 'pass':
      return { kind: verdict.kind, ...base, tests: verdict.tests.map(slimTest) };
    case 'unknown':
      return { kind: verdict.kind, ...base, reason: verdict.reason };
  }
}

function slimTest(t: TestOutcome): TestOutcome {
  const out: TestOutcome = { source: t.source, passed: t.passed };
  if (t.left !== undefined) out.left = t.left;
  if (t.right !== undefined) out.right = t.right;
  return out;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_INDEX = new Map([...BASE64URL].map((ch, i) => [ch, i]));

/** base64url without padding (RFC 4648 §5), by hand: Node 20 and older browsers lack Uint8Array.toBase64. */
function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** null when `text` is not unpadded base64url (a wrong character or an impossible length). */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of text) {
    const value = BASE64URL_INDEX.get(ch);
    if (value === undefined) return null;
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function fail(error: string): DecodedShare {
  return { ok: false, error };
}

function newerVersion(version: number, what: 'link' | 'file'): string {
  return `This share ${what} was made by a newer version of Strategy Lab (format version ${version}); this version reads format version ${SHARE_FORMAT_VERSION}. Update the app to open it.`;
}

function mb(bytes: number): string {
  return `${bytes / (1024 * 1024)} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
