import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../src/core/verdict';
import { isNoCode } from '../src/judge/harness';
import { verdictFromRustc } from '../src/judge/rustc-output';

/** What local rustc decided, and how long compiling and running took. */
export interface RustcResult {
  verdict: Verdict;
  compileMs: number;
  runMs: number;
}

const env = { ...process.env };
delete env.RUST_BACKTRACE;
delete env.RUST_LIB_BACKTRACE;

/** rustc 1.95, edition 2021, debug build — the judge's ground truth — on one whole program. */
export function judgeWithRustc(source: string, timeLimitMs = 5_000): RustcResult {
  if (isNoCode(source)) return { verdict: { kind: 'no_code', judge: 'playground', ms: 0, stdout: '' }, compileMs: 0, runMs: 0 };
  const dir = mkdtempSync(join(tmpdir(), 'strategy-lab-oracle-'));
  try {
    writeFileSync(join(dir, 'main.rs'), source);
    const compileStart = performance.now();
    const compile = spawnSync('rustc', ['--edition', '2021', '-o', 'main', 'main.rs'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    const compileMs = performance.now() - compileStart;
    if (compile.error && !compile.stderr) throw compile.error;
    const compiled = compile.status === 0;
    let runMs = 0;
    let run;
    if (compiled) {
      const runStart = performance.now();
      const result = spawnSync(join(dir, 'main'), [], { cwd: dir, env, encoding: 'utf8', timeout: timeLimitMs, killSignal: 'SIGKILL' });
      runMs = performance.now() - runStart;
      const timedOut = result.error !== undefined && /ETIMEDOUT/.test(String(result.error));
      run = { exitCode: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut, signal: result.signal };
    }
    const verdict = verdictFromRustc(
      { compileStderr: compile.stderr, compiled, ...(run ? { run } : {}) },
      { program: source, judge: 'playground', ms: compileMs + runMs, timeLimitMs },
    );
    return { verdict, compileMs, runMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether rustc is installed here. */
export function rustcAvailable(): boolean {
  return spawnSync('rustc', ['--version'], { encoding: 'utf8' }).status === 0;
}
