import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ParserAssets } from '../src/judge/syntax/tree-sitter';

let assets: ParserAssets | null = null;

/**
 * The parser's WASM files read from node_modules, for tests and Node scripts only (browser code
 * imports them as URLs). Returns the same object each time, so `loadRustParser` loads once.
 */
export function nodeParserAssets(): ParserAssets {
  if (!assets) {
    const require = createRequire(import.meta.url);
    assets = {
      runtimeWasm: new Uint8Array(readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'))),
      languageWasm: new Uint8Array(readFileSync(require.resolve('tree-sitter-rust/tree-sitter-rust.wasm'))),
    };
  }
  return assets;
}
