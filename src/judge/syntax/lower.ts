import type { Diagnostic } from '../../core/verdict';
import type { Program, Span } from './ast';
import { type Ctx, LowerFailure, namedKids } from './context';
import { findHarness, type HarnessHit, placeHarness, rememberHarness } from './harness-cache';
import { lowerFileItems } from './lower-item';
import { MacroBatch } from './macros';
import { OffsetMap, SourceText } from './spans';
import { lexicalErrors, treeError } from './syntax-errors';
import type { SyntaxNode } from './syntax-tree';
import type { RustParser } from './tree-sitter';

/**
 * The outcome of lowering: a Program, rustc-like syntax errors (diagnostics carry rustc's error
 * code where rustc gives one, e.g. E0765 for an unterminated string, else null), or the first
 * construct the judge does not model, named for the user ("the macro `dbg!`", "`unsafe` blocks").
 */
export type LowerResult =
  | { ok: true; program: Program }
  | { ok: false; kind: 'syntax'; diagnostics: Diagnostic[] }
  | { ok: false; kind: 'unsupported'; construct: string; span: Span };

/**
 * Parses and lowers a source file into the typed AST. Expression ids are unique in one Program and
 * increase in source order (from 1); spans use rustc's line:column. A program that ends with a
 * test harness lowered before (see harness-cache.ts) has only the text before it parsed.
 */
export function parseProgram(parser: RustParser, source: string): LowerResult {
  const text = new SourceText(source);
  // rustc reports its lexer's errors (bad characters, unknown prefixes, unbalanced delimiters)
  // before parse errors; tree-sitter's lexer accepts some of them (`abc"x"`, `break'a`).
  const lexical = lexicalErrors(text);
  if (lexical.length > 0) return { ok: false, kind: 'syntax', diagnostics: lexical };
  const hit = findHarness(source);
  if (hit) {
    // Only text that stands alone as whole items: an error or a trailing attribute there would
    // read differently with the harness after it, so such programs are lowered whole.
    const before = parser.parse(source.slice(0, hit.start)).rootNode;
    if (!before.hasError && namedKids(before).at(-1)?.type !== 'attribute_item') return lowerTree(parser, before, text, hit);
  }
  const result = lowerTree(parser, parser.parse(source).rootNode, text, null);
  if (result.ok) rememberHarness(source, result.program);
  return result;
}

/** Lowers the items of a parsed file (the harness after them when `hit` is given). */
function lowerTree(parser: RustParser, root: SyntaxNode, text: SourceText, hit: HarnessHit | null): LowerResult {
  const map = OffsetMap.identity(text.text.length);
  if (root.hasError) return { ok: false, kind: 'syntax', diagnostics: [treeError(root, { source: text, map, inMacro: false })] };
  const ctx: Ctx = { source: text, map, parser, ids: { next: 1 }, inMacro: false, macroDepth: 0, macros: null };
  const macros = MacroBatch.prepare(ctx, root);
  try {
    const items = lowerFileItems({ ...ctx, macros }, root);
    if (hit) {
      const placed = placeHarness(hit, text, ctx.ids.next);
      items.push(placed.main);
      ctx.ids.next = placed.nextId;
    }
    return { ok: true, program: { items, span: text.span(0, text.text.length) } };
  } catch (error) {
    if (error instanceof LowerFailure) return { ok: false, ...error.failure };
    throw error;
  }
}
