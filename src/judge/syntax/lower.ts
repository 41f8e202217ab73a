import type { Tree } from 'web-tree-sitter';
import type { Diagnostic } from '../../core/verdict';
import type { Program, Span } from './ast';
import { type Ctx, LowerFailure } from './context';
import { lowerFileItems } from './lower-item';
import { MacroBatch } from './macros';
import { OffsetMap, SourceText } from './spans';
import { lexicalErrors, treeError } from './syntax-errors';
import { type RustParser, rustParserFor } from './tree-sitter';

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
 * Lowers tree-sitter's concrete tree of `source` into the typed AST. Expression ids are unique
 * in one Program and increase in source order (from 1); spans use rustc's line:column. The
 * caller keeps ownership of `tree` (delete it when done).
 */
export function lowerProgram(tree: Tree, source: string): LowerResult {
  const text = new SourceText(source);
  const map = OffsetMap.identity(source.length);
  const root = tree.rootNode;
  // rustc reports its lexer's errors (bad characters, unknown prefixes, unbalanced delimiters)
  // before parse errors; tree-sitter's lexer accepts some of them (`abc"x"`, `break'a`).
  const lexical = lexicalErrors(text);
  if (lexical.length > 0) return { ok: false, kind: 'syntax', diagnostics: lexical };
  if (root.hasError) return { ok: false, kind: 'syntax', diagnostics: [treeError(root, { source: text, map, inMacro: false })] };
  const ctx: Ctx = { source: text, map, parser: rustParserFor(tree.language), ids: { next: 1 }, inMacro: false, macroDepth: 0, macros: null };
  const macros = MacroBatch.prepare(ctx, root);
  try {
    const items = lowerFileItems({ ...ctx, macros }, root);
    return { ok: true, program: { items, span: text.span(0, source.length) } };
  } catch (error) {
    if (error instanceof LowerFailure) return { ok: false, ...error.failure };
    throw error;
  } finally {
    macros.delete();
  }
}

/** Convenience: parse + lower. */
export function parseProgram(parser: RustParser, source: string): LowerResult {
  const tree = parser.parse(source);
  try {
    return lowerProgram(tree, source);
  } finally {
    tree.delete();
  }
}
