import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findHarness, forgetHarnesses } from '../../src/judge/syntax/harness-cache';
import { type LowerResult, parseProgram } from '../../src/judge/syntax/lower';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';
import { loadCorpus } from '../../cli/corpus';
import { nodeParserAssets } from '../../cli/node-parser-assets';

/*
 * A program that ends with a `fn main` lowered before reuses it. Whatever the cache holds, the
 * lowering must be exactly what lowering the whole program from scratch gives: same items, same
 * expression ids, same spans, same syntax errors.
 */

let parser: RustParser;
beforeAll(async () => {
  parser = await loadRustParser(nodeParserAssets());
});
beforeEach(() => forgetHarnesses());

/** Lowering with an empty cache (the cache is left as it was). */
function fresh(source: string): LowerResult {
  forgetHarnesses();
  const result = parseProgram(parser, source);
  forgetHarnesses();
  return result;
}

const programs = [...loadCorpus('test/judge-corpus'), ...loadCorpus('test/judge-holdout')];

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('the harness cache', () => {
  it('lowers every corpus program exactly as from scratch, reusing the harness of earlier programs of its task', () => {
    const expected = programs.map((p) => fresh(p.source));
    let hits = 0;
    programs.forEach((p, i) => {
      if (findHarness(p.source)) hits++;
      expect(parseProgram(parser, p.source), p.name).toEqual(expected[i]);
    });
    // Programs of a task share their harness, bar the few that rewrite it.
    expect(hits).toBeGreaterThan(programs.length / 2);
  }, 60_000);

  it('gives the same syntax errors as from scratch when the text before a known harness is damaged', () => {
    const next = random(3);
    let errors = 0;
    let checked = 0;
    for (const p of programs.slice(0, 80)) {
      const start = p.source.lastIndexOf('\nfn main') + 1;
      if (start <= 0) continue;
      parseProgram(parser, p.source);
      expect(findHarness(p.source), p.name).not.toBeNull();
      const before = [...p.source.slice(0, start)];
      for (let cut = 0; cut < 2; cut++) before.splice(Math.floor(next() * before.length), 1 + Math.floor(next() * 2));
      const damaged = before.join('') + p.source.slice(start);
      const reference = fresh(damaged);
      parseProgram(parser, p.source);
      expect(parseProgram(parser, damaged), p.name).toEqual(reference);
      if (!reference.ok) errors++;
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
    expect(errors).toBeGreaterThan(20);
  }, 60_000);

  it('shifts ids, lines and offsets to where the harness sits in the new program', () => {
    const harness = 'fn main() {\n    assert_eq!(double(2), 4);\n    assert!(double(0) == 0);\n}\n';
    const short = `fn double(x: i32) -> i32 { x * 2 }\n${harness}`;
    const long = `// a comment\n\nfn double(x: i32) -> i32 {\n    let y = x + x;\n    y\n}\n${harness}`;
    parseProgram(parser, short);
    expect(findHarness(long)).not.toBeNull();
    const reused = parseProgram(parser, long);
    expect(reused).toEqual(fresh(long));
    if (!reused.ok) throw new Error('expected a program');
    const main = reused.program.items.at(-1)!;
    expect(main.span.line).toBe(7);
  });

  it('does not reuse a harness after an attribute, or a harness whose text differs', () => {
    const harness = 'fn main() {\n    assert_eq!(f(), 1);\n}\n';
    parseProgram(parser, `fn f() -> i32 { 1 }\n${harness}`);
    const attributed = `fn f() -> i32 { 1 }\n#[allow(unused)]\n${harness}`;
    expect(parseProgram(parser, attributed)).toEqual(fresh(attributed));
    expect(findHarness(`fn f() -> i32 { 1 }\n${harness.replace('1);', '2);')}`)).toBeNull();
    expect(findHarness(`fn f() -> i32 { 1 }\n ${harness}`)).toBeNull();
  });

  it('keeps the 32 most recently used harnesses', () => {
    const programFor = (n: number) => `fn f() -> i32 { ${n} }\nfn main() {\n    assert_eq!(f(), ${n});\n}\n`;
    for (let n = 0; n < 40; n++) parseProgram(parser, programFor(n));
    expect(findHarness(programFor(0))).toBeNull();
    expect(findHarness(programFor(7))).toBeNull();
    expect(findHarness(programFor(8))).not.toBeNull();
    expect(findHarness(programFor(39))).not.toBeNull();
  });
});
