// Builds the app and prints the gzip size of what the main thread loads before first paint, and of
// every lazily loaded chunk (workers included). Exits non-zero when the initial JS is over budget or
// a heavy library reaches the initial bundle.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const INITIAL_JS_BUDGET = 100 * 1024;
const HEAVY_LIBRARIES = /node_modules\/(@mlc-ai\/web-llm|@wllama\/wllama|web-tree-sitter|tree-sitter-rust)\//;

const result = /** @type {import('vite').Rolldown.RolldownOutput | import('vite').Rolldown.RolldownOutput[]} */ (
  await build({ logLevel: 'warn', build: { write: false } })
);
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const assets = new Map(outputs.filter((o) => o.type === 'asset').map((a) => [a.fileName, a]));

/** Entry chunks and everything they import statically: loaded before first paint. */
/** @type {Set<string>} */
const initial = new Set();
/** @param {string} fileName */
const visit = (fileName) => {
  if (initial.has(fileName)) return;
  initial.add(fileName);
  chunks.get(fileName)?.imports.forEach(visit);
};
[...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));

const initialCss = new Set([...initial].flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])]));
/** @param {string | Uint8Array} content */
const gzipSize = (content) => gzipSync(typeof content === 'string' ? Buffer.from(content) : content).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [];
for (const [fileName, chunk] of chunks) {
  rows.push({ fileName, kind: initial.has(fileName) ? 'initial JS' : 'lazy JS', bytes: gzipSize(chunk.code) });
}
for (const [fileName, asset] of assets) {
  if (fileName.endsWith('.js')) rows.push({ fileName, kind: 'lazy JS (worker)', bytes: gzipSize(asset.source) });
  else if (fileName.endsWith('.css'))
    rows.push({ fileName, kind: initialCss.has(fileName) ? 'initial CSS' : 'lazy CSS', bytes: gzipSize(asset.source) });
  else if (fileName.endsWith('.wasm')) rows.push({ fileName, kind: 'lazy WASM', bytes: gzipSize(asset.source) });
}
rows.sort((a, b) => a.kind.localeCompare(b.kind) || b.bytes - a.bytes);

console.log('gzip size   kind               file');
for (const row of rows) console.log(`${kb(row.bytes).padStart(9)}   ${row.kind.padEnd(17)}  ${row.fileName}`);

const initialJs = rows.filter((r) => r.kind === 'initial JS').reduce((sum, r) => sum + r.bytes, 0);
const initialCssBytes = rows.filter((r) => r.kind === 'initial CSS').reduce((sum, r) => sum + r.bytes, 0);
const heavyInInitial = [...initial].flatMap((f) => (chunks.get(f)?.moduleIds ?? []).filter((/** @type {string} */ id) => HEAVY_LIBRARIES.test(id)));

console.log('');
console.log(`Initial main-thread JS: ${kb(initialJs)} gzip (budget ${kb(INITIAL_JS_BUDGET)}), CSS: ${kb(initialCssBytes)} gzip`);
let ok = true;
if (initialJs > INITIAL_JS_BUDGET) {
  console.log(`OVER BUDGET by ${kb(initialJs - INITIAL_JS_BUDGET)}`);
  ok = false;
}
if (heavyInInitial.length > 0) {
  console.log(`Heavy libraries in the initial bundle: ${heavyInInitial.join(', ')}`);
  ok = false;
}
console.log(ok ? 'Budget check: PASS' : 'Budget check: FAIL');
process.exit(ok ? 0 : 1);
