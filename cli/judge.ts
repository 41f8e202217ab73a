// Judges whole Rust programs (functions plus a `fn main` of asserts) from the command line, with
// the same judge the browser runs.
//   npm run --silent judge -- [--json] [--playground] [--endpoint URL] FILE.rs...
// Exit code 0 when every file was judged, whatever the verdicts; 1 when a file could not be read
// or judged; 2 for bad usage.
import { readFileSync } from 'node:fs';
import type { Verdict } from '../src/core/verdict';
import { executeOnPlayground, DEFAULT_PLAYGROUND_ENDPOINT } from '../src/judge/playground/client';
import { DEFAULT_LIMITS, judgeProgram } from '../src/judge/rust-judge';
import { loadRustParser } from '../src/judge/syntax/tree-sitter';
import { nodeParserAssets } from './node-parser-assets';

const USAGE = 'usage: npm run --silent judge -- [--json] [--playground] [--endpoint URL] FILE.rs...';

const args = process.argv.slice(2);
const json = args.includes('--json');
const playground = args.includes('--playground');
const endpointIndex = args.indexOf('--endpoint');
const endpoint = endpointIndex >= 0 ? args[endpointIndex + 1] : DEFAULT_PLAYGROUND_ENDPOINT;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--endpoint');
if (files.length === 0 || !endpoint) {
  console.error(USAGE);
  process.exit(2);
}

/** The first diagnostic's code and message, or the verdict's own words. */
function summary(verdict: Verdict): { code: string | null; message: string } {
  switch (verdict.kind) {
    case 'syntax_error':
    case 'compile_error':
      return { code: verdict.diagnostics[0]?.code ?? null, message: verdict.diagnostics[0]?.message ?? '' };
    case 'runtime_error':
      return { code: null, message: verdict.message };
    case 'wrong_answer': {
      const failed = verdict.tests.find((t) => !t.passed);
      return { code: null, message: failed ? `failed: ${failed.source}` : 'a test failed' };
    }
    case 'timeout':
      return { code: null, message: `no result within ${verdict.limitMs} ms` };
    case 'unknown':
      return { code: null, message: verdict.reason };
    case 'pass':
      return { code: null, message: `${verdict.tests.length} tests passed` };
    case 'no_code':
      return { code: null, message: 'no Rust code' };
  }
}

let failures = 0;
const parser = playground ? null : await loadRustParser(nodeParserAssets());
for (const file of files) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${(error as Error).message})`);
    failures++;
    continue;
  }
  let verdict: Verdict;
  if (parser) {
    verdict = judgeProgram(parser, source, DEFAULT_LIMITS);
  } else {
    const result = await executeOnPlayground(source, { endpoint });
    if (!result.ok) {
      console.error(`${file}: ${result.message}`);
      failures++;
      continue;
    }
    verdict = result.verdict;
  }
  const { code, message } = summary(verdict);
  if (json) {
    console.log(JSON.stringify({ file, verdict: verdict.kind, code, message, judge: verdict.judge, ms: verdict.ms }));
  } else {
    console.log(`${file}: ${verdict.kind}${code ? ` ${code}` : ''} — ${message} (${verdict.judge}, ${verdict.ms} ms)`);
  }
}
process.exit(failures > 0 ? 1 : 0);
