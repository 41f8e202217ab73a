// Runs the judge corpus through the in-browser judge and through local rustc side by side, and
// prints how far they agree and how fast each is.
//   npm run bench:judge [-- --corpus DIR] [--record]
// --record writes rustc's verdicts to <corpus>/expected.json (the unit tests compare against it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict, VerdictKind } from '../src/core/verdict';
import { judgeProgram } from '../src/judge/rust-judge';
import { loadRustParser } from '../src/judge/syntax/tree-sitter';
import { loadCorpus } from './corpus';
import { nodeParserAssets } from './node-parser-assets';
import { judgeWithRustc, rustcAvailable } from './rustc-oracle';

const args = process.argv.slice(2);
const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : 'test/judge-corpus';
const record = args.includes('--record');
if (!rustcAvailable()) {
  console.error('rustc is not installed: the benchmark compares the judge with rustc (https://rustup.rs).');
  process.exit(1);
}

const KINDS: VerdictKind[] = ['pass', 'wrong_answer', 'compile_error', 'syntax_error', 'runtime_error', 'timeout', 'no_code', 'unknown'];
const code = (v: Verdict) => (v.kind === 'compile_error' || v.kind === 'syntax_error' ? (v.diagnostics[0]?.code ?? null) : null);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const programs = loadCorpus(corpusDir);
const parser = await loadRustParser(nodeParserAssets());
// Warm up the judge (JIT) so its times are steady-state, as in a long-lived worker.
for (const p of programs.slice(0, 20)) judgeProgram(parser, p.source);

const rows: { name: string; judge: Verdict; rustc: Verdict; judgeMs: number; rustcMs: number }[] = [];
for (const p of programs) {
  const t0 = performance.now();
  const judge = judgeProgram(parser, p.source);
  const judgeMs = performance.now() - t0;
  const oracle = judgeWithRustc(p.source);
  rows.push({ name: p.name, judge, rustc: oracle.verdict, judgeMs, rustcMs: oracle.compileMs + oracle.runMs });
  process.stderr.write('.');
}
process.stderr.write('\n');

const decided = rows.filter((r) => r.judge.kind !== 'unknown');
const agree = decided.filter((r) => r.judge.kind === r.rustc.kind);
const falsePasses = rows.filter((r) => r.judge.kind === 'pass' && r.rustc.kind !== 'pass');
const falseFailures = rows.filter((r) => r.judge.kind !== 'pass' && r.judge.kind !== 'unknown' && r.rustc.kind === 'pass');
const unknown = rows.filter((r) => r.judge.kind === 'unknown');
const bothCompile = rows.filter((r) => r.judge.kind === 'compile_error' && r.rustc.kind === 'compile_error');
const sameCode = bothCompile.filter((r) => code(r.judge) === code(r.rustc));
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

console.log(`Judge vs rustc 1.95 on ${rows.length} programs (${corpusDir})\n`);
console.log('Confusion matrix (rows: rustc, columns: judge)');
const width = 14;
console.log(''.padEnd(width) + KINDS.map((k) => k.padStart(width)).join(''));
for (const truth of KINDS.filter((k) => k !== 'unknown')) {
  const line = KINDS.map((k) => String(rows.filter((r) => r.rustc.kind === truth && r.judge.kind === k).length).padStart(width)).join('');
  console.log(truth.padEnd(width) + line);
}
console.log('');
console.log(`Agreement on decided programs: ${agree.length}/${decided.length} = ${pct(agree.length, decided.length)}   (target ≥ 98%)`);
console.log(`False passes:                  ${falsePasses.length}   (target 0)`);
console.log(`False failures:                ${falseFailures.length}`);
console.log(`Unknown rate:                  ${unknown.length}/${rows.length} = ${pct(unknown.length, rows.length)}   (target ≤ 5%)`);
console.log(`Error-code agreement:          ${sameCode.length}/${bothCompile.length} = ${pct(sameCode.length, bothCompile.length)}   (target ≥ 90%)`);
const judgeMedian = median(rows.map((r) => r.judgeMs));
const rustcMedian = median(rows.map((r) => r.rustcMs));
// The times above were taken right after each rustc run (caches cold); a worker judging candidates
// back to back is closer to this: each program judged three more times in a pass of its own.
const steadyMedian = median(
  programs.map((p) => median([0, 1, 2].map(() => {
    const t0 = performance.now();
    judgeProgram(parser, p.source);
    return performance.now() - t0;
  }))),
);
console.log(`Median time: judge ${judgeMedian.toFixed(2)} ms right after each rustc run, ${steadyMedian.toFixed(2)} ms judged back to back; rustc compile+run ${rustcMedian.toFixed(1)} ms`);
console.log(`  → judge is ${(rustcMedian / judgeMedian).toFixed(0)}× faster (cold) / ${(rustcMedian / steadyMedian).toFixed(0)}× faster (back to back)   (target ≥ 50×)`);

const disagreements = decided.filter((r) => r.judge.kind !== r.rustc.kind || (r.judge.kind === 'compile_error' && code(r.judge) !== code(r.rustc)));
if (disagreements.length > 0) {
  console.log('\nDisagreements:');
  for (const r of disagreements) console.log(`  ${r.name}: rustc ${r.rustc.kind} ${code(r.rustc) ?? ''} / judge ${r.judge.kind} ${code(r.judge) ?? ''}`);
}
if (unknown.length > 0) {
  console.log('\nUnknown:');
  for (const r of unknown) console.log(`  ${r.name}: ${(r.judge as Extract<Verdict, { kind: 'unknown' }>).reason}`);
}

if (record) {
  const expected = Object.fromEntries(rows.map((r) => [r.name, { verdict: r.rustc.kind, code: code(r.rustc) }]));
  writeFileSync(join(corpusDir, 'expected.json'), `${JSON.stringify({ producedWith: 'rustc 1.95.0, edition 2021, debug build, 5 s run limit', programs: expected }, null, 1)}\n`);
  console.log(`\nWrote rustc's verdicts to ${join(corpusDir, 'expected.json')}`);
}
