import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/judge/syntax/lower';
import { nodeParserAssets } from '../../cli/node-parser-assets';
import { loadRustParser, type ParserAssets } from '../../src/judge/syntax/tree-sitter';

describe('loadRustParser', () => {
  it('loads from file paths (the string form browsers use for URLs) and caches per assets object', async () => {
    const require = createRequire(import.meta.url);
    const assets: ParserAssets = {
      runtimeWasm: require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
      languageWasm: require.resolve('tree-sitter-rust/tree-sitter-rust.wasm'),
    };
    const first = loadRustParser(assets);
    expect(loadRustParser(assets)).toBe(first);
    const parser = await first;
    const root = parser.parse('fn main() { let x = 1; }').rootNode;
    const fn = root.namedChildren[0]!;
    expect(root.type).toBe('source_file');
    expect(fn.type).toBe('function_item');
    expect(fn.childForFieldName('name')?.text).toBe('main');
    const binding = fn.childForFieldName('body')!.namedChildren[0]!;
    expect(binding.type).toBe('let_declaration');
    expect(binding.childForFieldName('value')?.text).toBe('1');
  });

  it('loads from bytes too, and the parsers agree', async () => {
    const assets = nodeParserAssets();
    expect(nodeParserAssets()).toBe(assets);
    const parser = await loadRustParser(assets);
    const result = parseProgram(parser, 'fn main() { println!("{}", 1 + 2); }');
    expect(result.ok).toBe(true);
  });

  it('forgets a failed load so it can be retried', async () => {
    const bad: ParserAssets = { runtimeWasm: nodeParserAssets().runtimeWasm, languageWasm: new Uint8Array([0, 1, 2, 3]) };
    const attempt = loadRustParser(bad);
    await expect(attempt).rejects.toThrow();
    expect(loadRustParser(bad)).not.toBe(attempt);
    await loadRustParser(bad).catch(() => undefined);
  });
});
