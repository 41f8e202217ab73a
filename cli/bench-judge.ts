// Runs the judge corpus through the in-browser judge and through local rustc side by side, and
// prints how far they agree and how fast each is.
//   npm run bench:judge [-- --corpus DIR] [--record]
// --record writes rustc's verdicts to <corpus>/expected.json (the unit tests compare against it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict, VerdictKind } from '../src/core/verdict';
import { judgeProgram } from '../src/judge/rust-judge';
import { forgetHarnesses } from '../src/judge/syntax/harness-cache';
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
// rustc first, in a pass of its own (it takes two orders of magnitude longer).
const oracles = programs.map((p) => {
  const oracle = judgeWithRustc(p.source);
  process.stderr.write('.');
  return oracle;
});
// Warm up the judge (JIT) as a long-lived worker is warm: it judges the other corpus first (the
// programs measured here are new to it); then it forgets the harnesses it saw.
const warmUpDir = corpusDir.includes('holdout') ? 'test/judge-corpus' : 'test/judge-holdout';
for (const p of loadCorpus(warmUpDir)) judgeProgram(parser, p.source);
forgetHarnesses();

// Each program judged once, in corpus order, as a sweep judges its candidates one after another:
// the first program of a task lowers the task's harness, the next ones reuse it.
const rows: { name: string; judge: Verdict; rustc: Verdict; judgeMs: number; rustcMs: number }[] = [];
programs.forEach((p, i) => {
  const t0 = performance.now();
  const judge = judgeProgram(parser, p.source);
  const judgeMs = performance.now() - t0;
  const oracle = oracles[i]!;
  rows.push({ name: p.name, judge, rustc: oracle.verdict, judgeMs, rustcMs: oracle.compileMs + oracle.runMs });
});
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
// Back to back: each program judged three more times in a pass of its own (its harness known);
// then the same without reusing harnesses (every program pays for lowering its harness).
const backToBack = (prepare: () => void) =>
  median(
    programs.map((p) => median([0, 1, 2].map(() => {
      prepare();
      const t0 = performance.now();
      judgeProgram(parser, p.source);
      return performance.now() - t0;
    }))),
  );
const steadyMedian = backToBack(() => undefined);
const uncachedMedian = backToBack(forgetHarnesses);
const ratio = (ms: number) => `${(rustcMedian / ms).toFixed(0)}×`;
console.log(`Median time: rustc compile+run ${rustcMedian.toFixed(1)} ms; judge ${judgeMedian.toFixed(2)} ms judging each once in order, ${steadyMedian.toFixed(2)} ms back to back, ${uncachedMedian.toFixed(2)} ms back to back without reusing harnesses`);
console.log(`  → judge is ${ratio(judgeMedian)} faster (once each, in order) / ${ratio(steadyMedian)} (back to back) / ${ratio(uncachedMedian)} (no harness reuse)   (target ≥ 50×)`);

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
