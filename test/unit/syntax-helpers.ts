import { expect } from 'vitest';
import type { Block, Expr, FnDecl, Item, Pattern, Program, TypeExpr } from '../../src/judge/syntax/ast';
import { type LowerResult, parseProgram } from '../../src/judge/syntax/lower';
import { nodeParserAssets } from '../../cli/node-parser-assets';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';

/** Shared by the syntax tests: the parser loads once per test file. */
export function rustParser(): Promise<RustParser> {
  return loadRustParser(nodeParserAssets());
}

let parser: RustParser | null = null;

/** Call in beforeAll. */
export async function setUpParser(): Promise<void> {
  parser = await rustParser();
}

export function parse(source: string): LowerResult {
  if (!parser) throw new Error('call setUpParser() in beforeAll');
  return parseProgram(parser, source);
}

/** Lowers a program that must lower without errors. */
export function lower(source: string): Program {
  const result = parse(source);
  if (!result.ok) throw new Error(`expected a program, got ${JSON.stringify(result)}`);
  return result.program;
}

export function fn(program: Program, name = 'main'): FnDecl {
  const item = program.items.find((i): i is FnDecl => i.kind === 'fn' && i.name.name === name);
  if (!item) throw new Error(`no fn ${name}`);
  return item;
}

export function body(source: string, name = 'main'): Block {
  const block = fn(lower(source), name).body;
  if (!block) throw new Error('no body');
  return block;
}

/** The expression `text`, lowered from `fn main() { let _e = TEXT; }`. */
export function expr(text: string): Expr {
  const stmt = body(`fn main() { let _e = ${text}; }`).stmts[0];
  if (stmt?.kind !== 'let' || !stmt.init) throw new Error('no init');
  return stmt.init;
}

/** The pattern `text`, lowered from a match arm. */
export function pattern(text: string): Pattern {
  const e = expr(`match x { ${text} => 0 }`);
  if (e.kind !== 'match') throw new Error('not a match');
  return e.arms[0]!.pattern;
}

/** The type `text`, lowered from a type alias. */
export function type(text: string): TypeExpr {
  const item = lower(`type T = ${text};`).items[0] as Item;
  if (item.kind !== 'typeAlias') throw new Error('not a type alias');
  return item.type;
}

/** A deep copy without spans and ids, for comparing shapes. */
export function shape(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === 'span' || key === 'opSpan' || key === 'indexSpan' || key === 'id' ? undefined : typeof v === 'bigint' ? `${v}n` : v,
    ),
  );
}

/** Asserts a syntax error at rustc's line:column, with a message matching `message`. */
export function expectSyntaxError(source: string, line: number, column: number, message?: RegExp | string): void {
  const result = parse(source);
  expect(result.ok).toBe(false);
  if (result.ok || result.kind !== 'syntax') throw new Error(`expected a syntax error, got ${JSON.stringify(result)}`);
  const first = result.diagnostics[0]!;
  expect({ line: first.line, column: first.column }).toEqual({ line, column });
  if (message !== undefined) expect(first.message).toMatch(message);
}

/** Asserts an unsupported construct whose name matches `construct`; returns its span. */
export function expectUnsupported(source: string, construct: RegExp | string): { line: number; column: number } {
  const result = parse(source);
  if (result.ok || result.kind !== 'unsupported') throw new Error(`expected unsupported, got ${JSON.stringify(result).slice(0, 300)}`);
  expect(result.construct).toMatch(construct);
  return { line: result.span.line, column: result.span.column };
}
