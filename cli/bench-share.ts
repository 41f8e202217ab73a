// How long share links get and how fast they encode and decode.
//   npm run bench:share
// Prints the link length (characters) of the replayed original run, of a five-strategy run and of a
// 30-task sweep summary against the 4 KB URL budget, and median encode/decode times over 50 runs.
import type { Run } from '../src/core/run';
import { summarizeSweep } from '../src/core/sweep-summary';
import { builtinTasks } from '../src/core/tasks';
import type { VerdictKind } from '../src/core/verdict';
import { decodeShare, DEFAULT_URL_BUDGET, encodeShare, fitsInUrl, sweepShareRows, type SharePayload } from '../src/share/share-link';
import { record, verdict } from '../test/helpers/sweep-records';
import { replayOriginal } from '../test/unit/helpers/original-run';

const REPETITIONS = 50;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const replay = await replayOriginal();

const five: Run = structuredClone(replay);
const extra = structuredClone(replay.results.at(-1)!);
extra.strategyId = 'self-refine';
extra.strategyLabel = 'Self-refine';
extra.candidates = extra.candidates.map((c) => ({ ...c, verdict: verdict('wrong_answer') }));
extra.selection = { ...extra.selection, verdict: verdict('pass') };
five.results.push(extra);

const kinds: VerdictKind[] = ['pass', 'wrong_answer', 'compile_error', 'pass', 'runtime_error'];
const records = builtinTasks.slice(0, 30).flatMap((task, t) =>
  ['baseline', 'reread', 'best-of-n', 'diverse-sampling'].map((strategy, s) =>
    record(s >= 2 ? [kinds[t % 5]!, kinds[(t + s) % 5]!, 'pass'] : [kinds[(t * 3 + s) % 5]!], {
      strategy,
      task: task.id,
      completionTokens: 80 + ((t * 7 + s * 13) % 50),
      generationMs: 700 + t * 11,
    }),
  ),
);

const cases: { name: string; payload: SharePayload }[] = [
  { name: 'replayed original run', payload: { kind: 'run', run: replay } },
  { name: 'five-strategy run', payload: { kind: 'run', run: five } },
  { name: `30-task sweep summary (${new Set(records.map((r) => r.cell.taskId)).size} tasks)`, payload: { kind: 'sweep', title: 'Four strategies on 30 tasks', summary: sweepShareRows(summarizeSweep(records)) } },
];

console.log(`Share links (budget ${DEFAULT_URL_BUDGET} characters; median of ${REPETITIONS} repetitions)\n`);
console.log(`${'payload'.padEnd(32)} ${'JSON chars'.padStart(10)} ${'link chars'.padStart(10)}  ${'fits'.padEnd(5)} ${'encode ms'.padStart(9)} ${'decode ms'.padStart(9)}`);
for (const { name, payload } of cases) {
  const fragment = await encodeShare(payload);
  const decoded = await decodeShare(fragment);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.error}`);
  const encodeMs: number[] = [];
  const decodeMs: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    let t0 = performance.now();
    await encodeShare(payload);
    encodeMs.push(performance.now() - t0);
    t0 = performance.now();
    await decodeShare(fragment);
    decodeMs.push(performance.now() - t0);
  }
  console.log(
    `${name.padEnd(32)} ${String(JSON.stringify(payload).length).padStart(10)} ${String(fragment.length).padStart(10)}  ${(fitsInUrl(fragment) ? 'yes' : 'NO').padEnd(5)} ${median(encodeMs).toFixed(2).padStart(9)} ${median(decodeMs).toFixed(2).padStart(9)}`,
  );
}
