import type { MacroBatch } from './macros';
import type { SyntaxNode } from './syntax-tree';
import type { Diagnostic } from '../../core/verdict';
import type { Ident, Span } from './ast';
import type { OffsetMap, SourceText } from './spans';
import type { RustParser } from './tree-sitter';

/** What lowering one tree needs: the original source, how this tree's offsets map onto it, and shared state. */
export interface Ctx {
  source: SourceText;
  /** Tree offsets → source offsets (the identity for the file, piecewise for a re-parsed macro). */
  map: OffsetMap;
  /** Parses macro arguments again. */
  parser: RustParser;
  /** The next expression id, shared by every tree of one program. */
  ids: { next: number };
  /** True inside a re-parsed macro body. */
  inMacro: boolean;
  /** How many macro bodies enclose this one (each is parsed again, so deep nesting costs quadratic time). */
  macroDepth: number;
  /** The file's macros parsed again ahead of time (null inside a re-parsed snippet). */
  macros: MacroBatch | null;
}

/** Why lowering stopped: thrown inside the lowering, turned into a LowerResult at its entry. */
export class LowerFailure {
  constructor(
    readonly failure: { kind: 'syntax'; diagnostics: Diagnostic[] } | { kind: 'unsupported'; construct: string; span: Span },
  ) {}
}

export function span(ctx: Ctx, node: SyntaxNode): Span {
  return spanOf(ctx, node.startIndex, node.endIndex);
}

export function spanOf(ctx: Ctx, start: number, end: number): Span {
  const s = ctx.map.start(start);
  return ctx.source.span(s, Math.max(s, ctx.map.end(end)));
}

/**
 * Keywords tree-sitter lets through as identifiers in places (`f(mut& x)` parses as `mut & x`);
 * rustc rejects them. `self`, `Self`, `super` and `crate` are path segments and checked there.
 */
const RESERVED = new Set(
  'as async await break const continue dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return static struct trait true type unsafe use where while abstract become box do final macro override priv try typeof unsized virtual yield'.split(' '),
);

/** Rejects a keyword where rustc wants a name, as rustc does. */
export function checkName(ctx: Ctx, node: SyntaxNode, expected = 'identifier'): void {
  if (RESERVED.has(node.text)) syntaxError(ctx, node.startIndex, `expected ${expected}, found keyword \`${node.text}\``);
}

/** The name a node spells: a raw identifier `r#type` names `type`. */
export function nameOf(node: SyntaxNode): string {
  const text = node.text;
  return text.startsWith('r#') ? text.slice(2) : text;
}

export function ident(ctx: Ctx, node: SyntaxNode): Ident {
  checkName(ctx, node);
  return { name: nameOf(node), span: span(ctx, node) };
}

export function nextId(ctx: Ctx): number {
  return ctx.ids.next++;
}

/** Stops lowering: the program uses a construct the judge does not model, named for the user. */
export function unsupported(ctx: Ctx, node: SyntaxNode, construct: string): never {
  throw new LowerFailure({ kind: 'unsupported', construct, span: span(ctx, node) });
}

/** Stops lowering with a syntax error rustc would report at `offset` (an offset of this tree). */
export function syntaxError(ctx: Ctx, offset: number, message: string, code: string | null = null): never {
  const { line, column } = ctx.source.position(ctx.map.start(offset));
  throw new LowerFailure({ kind: 'syntax', diagnostics: [{ code, message, line, column }] });
}

/** The same, at the end of something: `offset` is just after its last character. */
export function syntaxErrorAfter(ctx: Ctx, offset: number, message: string): never {
  const { line, column } = ctx.source.position(ctx.map.end(offset));
  throw new LowerFailure({ kind: 'syntax', diagnostics: [{ code: null, message, line, column }] });
}

export function isComment(node: SyntaxNode): boolean {
  return node.type === 'line_comment' || node.type === 'block_comment';
}

/** All children but comments (tree-sitter puts comments anywhere). */
export function kids(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => !isComment(c));
}

/** Named children but comments. */
export function namedKids(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c) => !isComment(c));
}

export function field(node: SyntaxNode, name: string): SyntaxNode | null {
  return node.childForFieldName(name);
}

/** A field the grammar guarantees in an error-free tree. */
export function need(ctx: Ctx, node: SyntaxNode, name: string): SyntaxNode {
  const child = node.childForFieldName(name);
  if (!child) syntaxError(ctx, node.startIndex, `expected ${name.replace('_', ' ')} in ${node.type.replaceAll('_', ' ')}`);
  return child;
}

/** Whether the node has an anonymous child token with this text (`mut`, `move`, `&`, `ref`). */
export function hasToken(node: SyntaxNode, token: string): boolean {
  return node.children.some((c) => !c.isNamed && c.type === token);
}
