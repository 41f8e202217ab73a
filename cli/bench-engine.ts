// npm run bench:engine [-- --rounds N] [--tokens T] [--megabytes M]
// Decode speed of a generated ~100 MB GGUF model in headless Chromium: a bare wllama call against
// the same generation through the app's worker + Engine path, in one run. Prints the overhead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from '../scripts/chromium.mjs';
import { randomModel } from '../test/models/tiny-models';
import type { RoundResult } from './bench/engine-page';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rounds = opt('--rounds', 8);
const maxTokens = opt('--tokens', 64);
const megabytes = opt('--megabytes', 100);

const missing = missingChromiumMessage();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const model = randomModel({ seed: 42, targetBytes: megabytes * 1e6 });
mkdirSync('.bench-dist', { recursive: true });
writeFileSync('.bench-dist/engine-model.gguf', model);
console.error(`model: ${(model.byteLength / 1e6).toFixed(1)} MB, ${rounds} rounds of ${maxTokens} tokens per path`);

const server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const address = server.httpServer!.address();
if (!address || typeof address === 'string') throw new Error('the Vite server did not report a TCP port');
const origin = `http://127.0.0.1:${address.port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/cli/bench/engine-page.html`);
  await page.waitForFunction(() => 'runEngineBench' in globalThis, null, { timeout: 60_000 });
  const results: RoundResult[] = await page.evaluate(
    ([url, r, t]) => (globalThis as unknown as { runEngineBench: (u: string, r: number, t: number) => Promise<RoundResult[]> }).runEngineBench(url, r, t),
    [`${origin}/.bench-dist/engine-model.gguf`, rounds, maxTokens] as const,
  );
  report(results);
} finally {
  await browser.close();
  await server.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function report(results: RoundResult[]): void {
  const of = (path: RoundResult['path']) => results.filter((r) => r.path === path);
  const row = (path: RoundResult['path']) => {
    const rs = of(path);
    const observed = median(rs.map((r) => r.observedDecodePerSecond));
    const reported = median(rs.map((r) => r.reportedDecodePerSecond ?? 0));
    console.log(`${path.padEnd(7)} observed decode ${observed.toFixed(1).padStart(7)} tok/s   llama.cpp's own ${reported.toFixed(1).padStart(7)} tok/s   tokens ${rs.map((r) => r.tokens).join(',')}`);
    return observed;
  };
  const bare = row('bare');
  const engine = row('engine');
  // Paired by round: each round ran both paths back to back.
  const paired = of('bare').map((b, i) => 1 - of('engine')[i]!.observedDecodePerSecond / b.observedDecodePerSecond);
  // llama.cpp's own rate varies between the two instances (they run in different workers); the
  // delivery cost of each path is how far the rate its caller observes falls below llama.cpp's own.
  const delivery = (path: RoundResult['path']) => median(of(path).map((r) => r.observedDecodePerSecond / (r.reportedDecodePerSecond ?? r.observedDecodePerSecond)));
  console.log(`observed ÷ llama.cpp's own rate: bare ${delivery('bare').toFixed(4)}, engine ${delivery('engine').toFixed(4)} → delivery overhead of the worker + Engine path ${((1 - delivery('engine') / delivery('bare')) * 100).toFixed(2)}%`);
  console.log(`overhead of the worker + Engine path: ${((1 - engine / bare) * 100).toFixed(2)}% (medians); paired per round: median ${(median(paired) * 100).toFixed(2)}%, range ${(Math.min(...paired) * 100).toFixed(2)}% … ${(Math.max(...paired) * 100).toFixed(2)}%   target ≤ 2%`);
}
