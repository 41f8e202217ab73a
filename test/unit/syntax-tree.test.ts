import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser } from 'web-tree-sitter';
import type { SyntaxNode } from '../../src/judge/syntax/syntax-tree';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';
import { loadCorpus } from '../../cli/corpus';
import { nodeParserAssets } from '../../cli/node-parser-assets';

/*
 * The judge reads tree-sitter's tree through its own copy (SyntaxTree), built by walking a cursor
 * directly in web-tree-sitter's WebAssembly module. Every node of the copy must answer exactly
 * what web-tree-sitter's own Node API answers for the same text: well-formed programs, programs
 * with syntax errors (ERROR and MISSING nodes), and damaged copies of the corpus.
 */

let ours: RustParser;
let native: Parser;

beforeAll(async () => {
  const assets = nodeParserAssets();
  ours = await loadRustParser(assets);
  const language = await Language.load(assets.languageWasm);
  native = new Parser();
  native.setLanguage(language);
});

/** What both node APIs answer, for one node. */
interface NodeLike {
  type: string;
  startIndex: number;
  endIndex: number;
  text: string;
  isNamed: boolean;
  isMissing: boolean;
  isError: boolean;
  childCount: number;
  namedChildCount: number;
  parent: NodeLike | null;
  nextSibling: NodeLike | null;
  firstNamedChild: NodeLike | null;
  lastChild: NodeLike | null;
  child(index: number): NodeLike | null;
  fieldNameForChild(index: number): string | null;
  childForFieldName(name: string): NodeLike | null;
}

const key = (n: NodeLike | null) => (n ? `${n.type}@${n.startIndex}-${n.endIndex}` : '-');

/**
 * One line per node in pre-order: everything the lowering reads from it. `hasError` is asked of
 * ours; for web-tree-sitter it is computed from the subtree (ERROR or MISSING anywhere), because
 * web-tree-sitter's counts error cost, which an ERROR holding one unlexable character (`🦀`) lacks.
 */
function describeTree(node: NodeLike, hasError: ((n: NodeLike) => boolean) | null, out: string[], nextIsMissing = false): boolean {
  const at = out.length;
  out.push('');
  let error = node.isError || node.isMissing;
  const fields = new Set(['name', 'body']);
  const childFields: (string | null)[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const field = node.fieldNameForChild(i);
    childFields.push(field);
    if (field) fields.add(field);
    if (describeTree(node.child(i)!, hasError, out, node.child(i + 1)?.isMissing ?? false)) error = true;
  }
  if (hasError) error = hasError(node);
  // web-tree-sitter's nextSibling steps over a MISSING token; ours returns it (the next child).
  const next = nextIsMissing ? 'next child is MISSING' : key(node.nextSibling);
  out[at] = [
    key(node), node.text.length <= 40 ? node.text : node.text.length, node.isNamed, node.isMissing, node.isError, error,
    node.childCount, node.namedChildCount, key(node.parent), next, key(node.firstNamedChild), key(node.lastChild),
    childFields.join(','), [...fields].map((f) => `${f}=${key(node.childForFieldName(f))}`).join(' '),
  ].join(' | ');
  return error;
}

function compareSource(source: string, where: string): { nodes: number; errors: boolean } {
  const tree = native.parse(source)!;
  try {
    const mine = ours.parse(source);
    const expected: string[] = [];
    const actual: string[] = [];
    describeTree(tree.rootNode as NodeLike, null, expected);
    describeTree(mine.rootNode, (n) => (n as SyntaxNode).hasError, actual);
    expect(actual, where).toEqual(expected);
    // Native never says error where ours does not.
    if (tree.rootNode.hasError) expect(mine.rootNode.hasError, where).toBe(true);
    const macros = (n: { descendantsOfType(t: string): ({ startIndex: number } | null)[] }) => n.descendantsOfType('macro_invocation').map((m) => m!.startIndex);
    expect(macros(mine.rootNode), where).toEqual(macros(tree.rootNode));
    return { nodes: actual.length, errors: mine.rootNode.hasError };
  } finally {
    tree.delete();
  }
}

/** A deterministic pseudo-random sequence (the damaged copies are the same on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('SyntaxTree', () => {
  const programs = [...loadCorpus('test/judge-corpus'), ...loadCorpus('test/judge-holdout')];

  it('matches web-tree-sitter on every node of every corpus program', () => {
    let nodes = 0;
    for (const p of programs) nodes += compareSource(p.source, p.name).nodes;
    expect(nodes).toBeGreaterThan(100_000);
  }, 60_000);

  it('matches web-tree-sitter on programs with syntax errors (ERROR and MISSING nodes)', () => {
    const broken = [
      'fn main() { let x = 1 }',
      'fn main() { let x = ; }',
      'fn f(a: i32 -> i32 { a }',
      'fn main() { if x { }',
      'fn main() { foo(1, 2; }',
      'struct S { a: i32 b: i32 }',
      'fn main() { let s = "unterminated; }',
      'fn main() { vec![1, 2; }',
      '}}} fn',
      '',
      'fn main() { let 🦀 = 1; /* comment */ }',
    ];
    let withErrors = 0;
    for (const [i, source] of broken.entries()) if (compareSource(source, `broken ${i}`).errors) withErrors++;
    expect(withErrors).toBeGreaterThanOrEqual(9);
  });

  it('matches web-tree-sitter on damaged copies of the corpus', () => {
    const next = random(7);
    let missing = 0;
    let errors = 0;
    for (const p of programs.slice(0, 60)) {
      const chars = [...p.source];
      for (let cut = 0; cut < 3; cut++) chars.splice(Math.floor(next() * chars.length), 1 + Math.floor(next() * 3));
      const source = chars.join('');
      const result = compareSource(source, `damaged ${p.name}`);
      if (result.errors) errors++;
      if (ours.parse(source).rootNode.descendantsOfType('ERROR').length === 0 && result.errors) missing++;
    }
    // Most damaged programs have errors; some recover with MISSING nodes alone.
    expect(errors).toBeGreaterThan(30);
    expect(missing).toBeGreaterThan(0);
  }, 60_000);
});
