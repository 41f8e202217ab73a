// Fuzzes the in-browser Rust judge: it must never throw, never report an internal error and never
// hang. Feeds it mutated corpus programs, random well-formed programs and pathological inputs.
//   npm run bench:fuzz [-- --count N] [--seed S] [--workers W] [--stack-mb M]
//   npm run bench:fuzz -- --repro FILE.rs      (judge one file and print the verdict)
//   npm run bench:fuzz -- --seed S --show I    (print input number I of that seed)
// Failing inputs are written to /tmp/judge-fuzz-failures/<input number>.rs. Exit code 1 on failure.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { judgeProgram } from '../src/judge/rust-judge';
import { loadRustParser } from '../src/judge/syntax/tree-sitter';
import { loadCorpus } from './corpus';
import { grammarProgram } from './fuzz/grammar';
import { mutateProgram } from './fuzz/mutate';
import { pathologicalProgram } from './fuzz/pathological';
import { Rng } from './fuzz/prng';
import type { FuzzReply } from './fuzz/worker';
import { nodeParserAssets } from './node-parser-assets';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const count = Number(opt('--count', '100000'));
const seed = Number(opt('--seed', '1')) >>> 0;
const workers = Math.max(1, Number(opt('--workers', String(Math.min(availableParallelism(), 8)))));
// V8's default stack is 984 KB (Node's main thread, Chrome's workers); a worker thread's V8 limit is
// its stack size minus 192 KB, so 1.15 MB gives the judge the stack it has in the browser.
const stackMb = Number(opt('--stack-mb', '1.15'));
const corpusDir = opt('--corpus', 'test/judge-corpus');
const LIMITS: Parameters<typeof judgeProgram>[2] & {} = { maxSteps: 200_000, timeLimitMs: 1_000 };
const HANG_MS = LIMITS.timeLimitMs + 1000;
// A call still running after this is a hang by any measure: terminate its worker and start another.
const KILL_MS = Number(opt('--kill-ms', String(HANG_MS + 1000)));
const HANG = `hang: a judge call took more than ${HANG_MS} ms`;
const OUT_DIR = '/tmp/judge-fuzz-failures';
const KINDS = ['pass', 'wrong_answer', 'compile_error', 'runtime_error', 'syntax_error', 'timeout', 'no_code', 'unknown'];
const GENERATORS = ['mutation', 'grammar', 'pathological'] as const;
type Generator = (typeof GENERATORS)[number];
/** One fuzz input; `label` names the generator's family (e.g. `nested-15`) for hang signatures. */
interface Input {
  generator: Generator;
  label: string;
  source: string;
}

// --generators grammar,mutation runs only those (for tuning); by default each is a third of the inputs.
const only = opt('--generators', GENERATORS.join(',')).split(',').filter((g): g is Generator => (GENERATORS as readonly string[]).includes(g));
const corpus = loadCorpus(corpusDir).map((p) => p.source);
if (corpus.length === 0) throw new Error(`no programs under ${corpusDir}`);

/** Input number `i` of the run: its own PRNG stream, so it can be regenerated alone. */
function makeInput(i: number): Input {
  const rng = new Rng(seed, i + 1);
  const generator = only[i % only.length]!;
  if (generator === 'mutation') return { generator, label: generator, source: mutateProgram(rng, corpus) };
  if (generator === 'grammar') return { generator, label: generator, source: grammarProgram(rng) };
  return { generator, ...pathologicalProgram(rng) };
}

if (args.includes('--show')) {
  process.stdout.write(makeInput(Number(opt('--show', '0'))).source);
  process.exit(0);
}
if (args.includes('--repro')) {
  const parser = await loadRustParser(nodeParserAssets());
  const source = readFileSync(opt('--repro', ''), 'utf8');
  const t0 = performance.now();
  const verdict = judgeProgram(parser, source, LIMITS);
  console.log(JSON.stringify({ ...verdict, wallMs: Math.round(performance.now() - t0) }, null, 1));
  process.exit(0);
}

/** The failure's message with numbers, names and quoted text normalized, so like failures group. */
function signature(message: string): string {
  return message
    .replace(/`[^`]*`/g, '`_`')
    .replace(/"[^"]*"/g, '"_"')
    .replace(/'[^'\s]{1,40}'/g, "'_'")
    .replace(/\b(line|column) \d+/g, '$1 N')
    .replace(/-?\b\d+(\.\d+)?\b/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Failure {
  count: number;
  shortest: { index: number; label: string; source: string; detail: string };
  generators: Record<string, number>;
  /** For hangs: the shortest input's time when judged again alone. */
  retimed?: string;
}
const failures = new Map<string, Failure>();
const kinds = new Map<string, number>();
const byGenerator = new Map<string, Map<string, number>>(GENERATORS.map((g) => [g, new Map()]));
const unknownReasons = new Map<string, number>();
const genMs = new Map<string, number>();
const families = new Map<string, { n: number; ms: number; max: number; failed: number }>();
let slowest = { ms: 0, index: -1, label: '', kind: '', length: 0 };
let done = 0;
const failedInputs = new Set<number>();

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });

function fail(index: number, { generator, label, source }: Input, message: string, detail: string, tag = ''): void {
  if (!failedInputs.has(index)) families.get(label)!.failed++;
  failedInputs.add(index);
  const sig = signature(message) + tag;
  const f = failures.get(sig);
  writeFileSync(`${OUT_DIR}/${index}.rs`, source);
  writeFileSync(`${OUT_DIR}/${index}.txt`, `seed ${seed}, input ${index} (${label})\n${message}\n${detail}\n`);
  const entry = { index, label, source, detail: message + (detail ? `\n${detail}` : '') };
  if (!f) failures.set(sig, { count: 1, shortest: entry, generators: { [generator]: 1 } });
  else {
    f.count++;
    f.generators[generator] = (f.generators[generator] ?? 0) + 1;
    if (source.length < f.shortest.source.length) f.shortest = entry;
  }
}

function count1(input: Input, kind: string, ms: number): void {
  done++;
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const g = byGenerator.get(input.generator)!;
  g.set(kind, (g.get(kind) ?? 0) + 1);
  genMs.set(input.generator, (genMs.get(input.generator) ?? 0) + ms);
  const fam = families.get(input.label) ?? { n: 0, ms: 0, max: 0, failed: 0 };
  families.set(input.label, { ...fam, n: fam.n + 1, ms: fam.ms + ms, max: Math.max(fam.max, ms) });
}

function record(index: number, input: Input, reply: FuzzReply): void {
  const { source, label } = input;
  const kind = reply.ok ? reply.kind : 'exception';
  count1(input, kind, reply.ms);
  if (reply.ms > slowest.ms) slowest = { ms: reply.ms, index, label, kind, length: source.length };
  if (!reply.ok) fail(index, input, `exception escaped judgeProgram: ${reply.error}`, reply.stack);
  else if (reply.kind === 'unknown' && reply.reason !== null) {
    if (reply.reason.startsWith('an internal error')) fail(index, input, reply.reason, '');
    else {
      const r = reply.reason.replace(/ \(line \d+, column \d+\)/, '').replace(/\d{4,}/g, 'N');
      unknownReasons.set(r, (unknownReasons.get(r) ?? 0) + 1);
    }
  }
  if (reply.ms > HANG_MS) fail(index, input, HANG, `took ${Math.round(reply.ms)} ms, verdict ${kind}`, ` [${label}]`);
}

// ---- the worker pool -----------------------------------------------------------------------
interface Slot {
  worker: Worker;
  job: { index: number; input: Input; sentAt: number } | null;
  ready: boolean;
}
const workerUrl = new URL('./fuzz/worker.ts', import.meta.url).href;
const tsxApi = import.meta.resolve('tsx/esm/api');
// Workers do not inherit tsx's loader: register it inside the worker, then import the TS entry.
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); })`;

function newWorker(): Worker {
  // The worker judges a few corpus programs before it says it is ready, so timings are not cold-JIT times.
  const workerData = { limits: LIMITS, warmup: corpus.slice(0, 12) };
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits: { stackSizeMb: stackMb, maxOldGenerationSizeMb: 4096 } });
}

let next = 0;
const started = performance.now();
let lastReport = started;
let finish: () => void;
const finished = new Promise<void>((resolve) => (finish = resolve));
const slots: Slot[] = [];
let startFailures = 0;

function spawn(slot: Slot | null): Slot {
  const worker = newWorker();
  const s: Slot = slot ?? { worker, job: null, ready: false };
  s.worker = worker;
  s.job = null;
  s.ready = false;
  worker.on('message', (m: FuzzReply | { ready: true }) => {
    if (s.worker !== worker) return;
    if ('ready' in m) s.ready = true;
    else if (s.job && m.id === s.job.index) {
      record(s.job.index, s.job.input, m);
      s.job = null;
    }
    dispatch(s);
  });
  // A worker that dies (out of memory, a fault in the runtime) fails its input; a new one takes over.
  worker.on('error', (error) => s.worker === worker && crashed(s, `worker crashed: ${error.name}: ${error.message}`, error.stack ?? ''));
  worker.on('exit', (code) => s.worker === worker && crashed(s, `worker exited with code ${code}`, ''));
  return s;
}

/** Stops a slot's worker (its events are ignored from now on) and starts a fresh one. */
function replace(s: Slot): void {
  s.worker.removeAllListeners();
  void s.worker.terminate();
  if (done >= count) finish();
  else spawn(s);
}

function crashed(s: Slot, message: string, detail: string): void {
  const job = s.job;
  s.job = null;
  if (job) {
    count1(job.input, 'crash', performance.now() - job.sentAt);
    fail(job.index, job.input, message, detail, ` [${job.input.label}]`);
  } else {
    console.error(`\n${message} (between inputs)\n${detail}`);
    if (!s.ready && ++startFailures > 3) throw new Error('the fuzz worker does not start');
  }
  replace(s);
}

function dispatch(s: Slot): void {
  if (done >= count) return finish();
  if (!s.ready || s.job || next >= count) return;
  const index = next++;
  const input = makeInput(index);
  s.job = { index, input, sentAt: performance.now() };
  s.worker.postMessage({ id: index, source: input.source });
  const now = performance.now();
  if (now - lastReport > 5000) {
    lastReport = now;
    process.stderr.write(`  ${done}/${count} inputs, ${((1000 * done) / (now - started)).toFixed(0)}/s, ${failedInputs.size} failing inputs\n`);
  }
}

const watchdog = setInterval(() => {
  for (const s of slots) {
    if (s.job && performance.now() - s.job.sentAt > KILL_MS) {
      const job = s.job;
      s.job = null;
      const ms = performance.now() - job.sentAt;
      count1(job.input, 'killed', ms);
      if (ms > slowest.ms) slowest = { ms, index: job.index, label: job.input.label, kind: 'killed (no verdict)', length: job.input.source.length };
      fail(job.index, job.input, HANG, `no verdict after ${KILL_MS} ms: worker terminated`, ` [${job.input.label}]`);
      replace(s);
    }
  }
}, 250);

console.error(`Fuzzing the judge: ${count} inputs, seed ${seed}, ${workers} workers, limits ${JSON.stringify(LIMITS)}, corpus ${corpus.length} programs`);
for (let w = 0; w < workers; w++) slots.push(spawn(null));
await finished;
clearInterval(watchdog);
const elapsed = (performance.now() - started) / 1000;
for (const s of slots) {
  s.worker.removeAllListeners();
  void s.worker.terminate();
}

// A hang may be the machine's load rather than the judge: time each hang signature's shortest
// input again, alone, on a fresh warmed-up worker.
async function retime(source: string): Promise<string> {
  const worker = newWorker();
  await new Promise((resolve) => worker.once('message', resolve));
  const reply = await Promise.race([
    new Promise<FuzzReply>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage({ id: 0, source });
    }),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 4 * KILL_MS)),
  ]);
  void worker.terminate();
  if (reply === null) return `no verdict after ${4 * KILL_MS} ms`;
  return `${Math.round(reply.ms)} ms, verdict ${reply.ok ? reply.kind : 'exception'}`;
}
const hangs = [...failures].filter(([sig]) => sig.startsWith('hang'));
if (hangs.length > 0) console.error(`Timing the shortest input of ${hangs.length} hang signatures again, alone…`);
for (const [, f] of hangs) f.retimed = await retime(f.shortest.source);

// ---- report ---------------------------------------------------------------------------------
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(`\nJudge fuzzing: ${done} inputs, seed ${seed}, limits maxSteps ${LIMITS.maxSteps}, timeLimitMs ${LIMITS.timeLimitMs}`);
console.log(`Throughput: ${(done / elapsed).toFixed(0)} inputs/s (${elapsed.toFixed(1)} s wall, ${workers} workers)`);
console.log(`Slowest input: ${slowest.ms.toFixed(0)} ms (input ${slowest.index}, ${slowest.label}, ${slowest.length} chars, verdict ${slowest.kind})\n`);
const shown = [...KINDS, ...[...kinds.keys()].filter((k) => !KINDS.includes(k))];
console.log('verdict'.padEnd(16) + 'all'.padStart(14) + GENERATORS.map((g) => g.padStart(14)).join(''));
for (const k of shown) {
  const n = kinds.get(k) ?? 0;
  const cells = GENERATORS.map((g) => String(byGenerator.get(g)!.get(k) ?? 0).padStart(14)).join('');
  console.log(k.padEnd(16) + `${n} (${pct(n, done)})`.padStart(14) + cells);
}
const per = (g: string) => [...byGenerator.get(g)!.values()].reduce((a, b) => a + b, 0);
console.log('mean ms'.padEnd(30) + GENERATORS.map((g) => ((genMs.get(g) ?? 0) / Math.max(per(g), 1)).toFixed(1).padStart(14)).join(''));
const deep = ['pass', 'wrong_answer', 'runtime_error', 'compile_error'].reduce((s, k) => s + (kinds.get(k) ?? 0), 0);
console.log(`\nReached the checker or interpreter with a decided verdict (pass/wrong_answer/runtime_error/compile_error): ${deep} (${pct(deep, done)})`);
const ran = ['pass', 'wrong_answer', 'runtime_error', 'timeout'].reduce((s, k) => s + (kinds.get(k) ?? 0), 0);
console.log(`Ran in the interpreter (pass/wrong_answer/runtime_error/timeout): ${ran} (${pct(ran, done)})`);
console.log('\nMost common unknown reasons (not failures):');
for (const [r, n] of [...unknownReasons].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${String(n).padStart(6)}  ${r.slice(0, 150)}`);

if (args.includes('--families')) {
  console.log('\nPer family: inputs, mean ms, max ms, failures');
  for (const [label, f] of [...families].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${label.padEnd(16)} ${String(f.n).padStart(7)} ${(f.ms / f.n).toFixed(1).padStart(9)} ${f.max.toFixed(0).padStart(8)} ${String(f.failed).padStart(6)}`);
}

const ranked = [...failures].sort((a, b) => b[1].count - a[1].count);
const failed = failedInputs.size;
console.log(`\nFailures: ${failed} inputs, ${ranked.length} distinct signatures${failed ? ` (all written to ${OUT_DIR}/<input>.rs)` : ''}`);
ranked.forEach(([sig, f], i) => {
  const gens = Object.entries(f.generators).map(([g, n]) => `${g} ${n}`).join(', ');
  console.log(`\n#${i + 1}  ×${f.count}  ${sig}\n    generators: ${gens}; shortest: input ${f.shortest.index} (${f.shortest.label}, ${f.shortest.source.length} chars) → ${OUT_DIR}/${f.shortest.index}.rs`);
  console.log(`    ${f.shortest.detail.split('\n').slice(0, 6).join('\n    ')}`);
  if (f.retimed) console.log(`    judged again alone: ${f.retimed}`);
  const src = f.shortest.source;
  console.log('    ----8<----\n' + (src.length > 3000 ? `${src.slice(0, 3000)}\n… (${src.length - 3000} more chars)` : src) + '\n    ----8<----');
});
writeFileSync(`${OUT_DIR}/summary.json`, JSON.stringify({ seed, count: done, kinds: Object.fromEntries(kinds), failures: ranked.map(([sig, f]) => ({ signature: sig, count: f.count, shortestInput: f.shortest.index })) }, null, 1));
process.exit(failed > 0 ? 1 : 0);
