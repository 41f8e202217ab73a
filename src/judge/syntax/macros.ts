import type { SyntaxNode } from './syntax-tree';
import type { Expr, FormatArgs, Ident, MacroCall, Span } from './ast';
import { type Ctx, LowerFailure, field, ident, namedKids, need, span, syntaxError, syntaxErrorAfter, unsupported } from './context';
import { lowerLiteral } from './literals';
import { lowerExpr } from './lower-expr';
import { lowerPattern } from './lower-pattern';
import { OffsetMap } from './spans';
import { treeError } from './syntax-errors';

/*
 * tree-sitter leaves a macro's arguments as an unparsed token tree. For the macros the AST knows,
 * we wrap the arguments' text in Rust of our own (`fn __m(){__f(ARGS);}`, `[ARGS]`, a `match`),
 * parse that snippet with the same parser and lower the parts, mapping every offset back to where
 * the text sits in the real source.
 */

const FORMAT_MACROS = new Set(['format', 'print', 'println', 'eprint', 'eprintln', 'panic', 'unreachable', 'todo', 'unimplemented']);
const WRITE_MACROS = new Set(['write', 'writeln']);
const ASSERT_MACROS = new Set(['assert', 'debug_assert']);
const ASSERT_EQ_MACROS = new Set(['assert_eq', 'assert_ne', 'debug_assert_eq', 'debug_assert_ne']);
const STD_CRATES = new Set(['std', 'core', 'alloc']);

type Piece = string | { from: number; to: number };

/** `assert_eq!(a, b)` and the like are parsed as the arguments of a call. */
function callPieces(tt: SyntaxNode): Piece[] {
  return ['fn __m(){__f(', { from: tt.startIndex + 1, to: tt.endIndex - 1 }, ');}'];
}

/** `vec![a, b]` / `vec![x; n]` are parsed as an array expression. */
function vecPieces(tt: SyntaxNode): Piece[] {
  return ['fn __m(){[', { from: tt.startIndex + 1, to: tt.endIndex - 1 }, '];}'];
}

/** `matches!(e, PAT if guard)` is parsed as `match e { PAT if guard => true, _ => false }`. */
function matchesPieces(tt: SyntaxNode, comma: SyntaxNode): Piece[] {
  // Drop a trailing comma after the pattern (`matches!(x, Some(_),)`).
  let patternEnd = tt.endIndex - 1;
  const last = tt.children[tt.childCount - 2];
  if (last && !last.isNamed && last.type === ',' && !last.equals(comma)) patternEnd = last.startIndex;
  return ['fn __m(){match (', { from: tt.startIndex + 1, to: comma.startIndex }, ') {', { from: comma.endIndex, to: patternEnd }, '\n=> true, _ => false}}'];
}

/** How a known macro's arguments are parsed again, or null for macros the judge does not model. */
function macroPieces(name: string, tt: SyntaxNode): Piece[] | null {
  if (name === 'vec') return vecPieces(tt);
  if (name === 'matches') {
    const comma = tt.children.find((c) => !c.isNamed && c.type === ',');
    return comma ? matchesPieces(tt, comma) : null;
  }
  if (FORMAT_MACROS.has(name) || WRITE_MACROS.has(name) || ASSERT_MACROS.has(name) || ASSERT_EQ_MACROS.has(name)) return callPieces(tt);
  return null;
}

/**
 * Every macro of a file parsed again in one go: their wrapped arguments become the functions of
 * one snippet, parsed once (a parse per macro dominated lowering). When that snippet has a syntax
 * error, each macro is parsed alone instead, so errors are reported exactly as before.
 */
export class MacroBatch {
  private constructor(
        private readonly map: OffsetMap,
    private readonly bodies: Map<number, SyntaxNode>,
  ) {}

  static prepare(ctx: Ctx, root: SyntaxNode): MacroBatch {
    const entries: { tt: SyntaxNode; pieces: Piece[] }[] = [];
    for (const node of root.descendantsOfType('macro_invocation')) {
      const path = node.childForFieldName('macro');
      const nameNode = path?.type === 'scoped_identifier' ? path.childForFieldName('name') : path;
      const tt = node.namedChildren.find((c) => c?.type === 'token_tree');
      const pieces = nameNode && tt ? macroPieces(nameNode.text, tt) : null;
      if (tt && pieces) entries.push({ tt, pieces });
    }
    const map = new OffsetMap();
    const none = new MacroBatch(map, new Map());
    if (entries.length === 0) return none;
    for (const { tt, pieces } of entries) {
      const text = tt.text;
      for (const piece of pieces) {
        if (typeof piece === 'string') map.glue(piece);
        else map.copy(text.slice(piece.from - tt.startIndex, piece.to - tt.startIndex), ctx.map.start(piece.from));
      }
      map.glue('\n');
    }
    const tree = ctx.parser.parse(map.snippet);
    const functions = tree.rootNode.namedChildren;
    if (tree.rootNode.hasError || functions.length !== entries.length) return none;
    const bodies = new Map<number, SyntaxNode>();
    entries.forEach(({ tt }, i) => {
      const body = functions[i]?.childForFieldName('body');
      const first = body ? namedKids(body)[0] : undefined;
      const expr = first?.type === 'expression_statement' ? namedKids(first)[0] : first;
      if (expr) bodies.set(tt.startIndex, expr);
    });
    return new MacroBatch(map, bodies);
  }

  /** The prepared expression for the macro whose token tree starts at `ttStart`, with the snippet's offset map. */
  take(ttStart: number): { body: SyntaxNode; map: OffsetMap } | null {
    const body = this.bodies.get(ttStart);
    return body ? { body, map: this.map } : null;
  }
}

/** Deeper macro nesting is judged `unknown`: every level parses its arguments again. */
const MAX_MACRO_DEPTH = 32;

/**
 * Parses a snippet made of glue strings and ranges of the current tree (all inside `tt`), then runs
 * `use` on the snippet's function body with a context whose spans point into the original source.
 */
function reparse<T>(ctx: Ctx, tt: SyntaxNode, pieces: Piece[], use: (body: SyntaxNode, sub: Ctx) => T): T {
  const macroDepth = ctx.macroDepth + 1;
  if (macroDepth > MAX_MACRO_DEPTH) unsupported(ctx, tt, `macros nested more than ${MAX_MACRO_DEPTH} deep`);
  const prepared = ctx.macros?.take(tt.startIndex);
  if (prepared) return use(prepared.body, { ...ctx, map: prepared.map, inMacro: true, macroDepth, macros: null });
  const map = new OffsetMap();
  const text = tt.text;
  for (const piece of pieces) {
    if (typeof piece === 'string') map.glue(piece);
    else map.copy(text.slice(piece.from - tt.startIndex, piece.to - tt.startIndex), ctx.map.start(piece.from));
  }
  const root = ctx.parser.parse(map.snippet).rootNode;
  if (root.hasError) throw new LowerFailure({ kind: 'syntax', diagnostics: [treeError(root, { source: ctx.source, map, inMacro: true })] });
  const body = root.firstNamedChild?.childForFieldName('body');
  const first = body ? namedKids(body)[0] : undefined;
  const expr = first?.type === 'expression_statement' ? namedKids(first)[0] : first;
  if (!expr) return syntaxError(ctx, tt.startIndex, 'unexpected macro arguments');
  return use(expr, { ...ctx, map, inMacro: true, macroDepth, macros: null });
}

/** The macro's arguments as comma-separated expressions (parsed as the arguments of a call). */
function callArgs<T>(ctx: Ctx, tt: SyntaxNode, use: (args: SyntaxNode[], sub: Ctx) => T): T {
  return reparse(ctx, tt, callPieces(tt), (call, sub) => {
    const args = call.childForFieldName('arguments');
    if (call.type !== 'call_expression' || !args) return syntaxError(ctx, tt.startIndex, 'unexpected macro arguments');
    return use(
      namedKids(args).filter((a) => a.type !== 'attribute_item'),
      sub,
    );
  });
}

/** The format string and arguments of `println!`-like macros; null when there are none. */
function formatArgs(ctx: Ctx, args: SyntaxNode[]): FormatArgs | null {
  const [template, ...rest] = args;
  if (!template) return null;
  if (template.type === 'macro_invocation') unsupported(ctx, template, `the macro \`${need(ctx, template, 'macro').text}!\` as a format string`);
  if ((template.type !== 'string_literal' && template.type !== 'raw_string_literal') || /^[bc]/.test(template.text)) {
    syntaxError(ctx, template.startIndex, 'format argument must be a string literal');
  }
  const lit = lowerLiteral(ctx, template);
  const positional: Expr[] = [];
  const named: { name: Ident; value: Expr }[] = [];
  for (const arg of rest) {
    const left = arg.type === 'assignment_expression' ? field(arg, 'left') : null;
    if (left?.type === 'identifier') {
      named.push({ name: ident(ctx, left), value: lowerExpr(ctx, need(ctx, arg, 'right')) });
    } else {
      if (named.length > 0) syntaxError(ctx, arg.startIndex, 'positional arguments cannot follow named arguments');
      positional.push(lowerExpr(ctx, arg));
    }
  }
  return { template: { value: lit.kind === 'str' ? lit.value : '', span: span(ctx, template) }, positional, named };
}

/** Lowers a macro call the AST knows; any other macro is unsupported. */
export function lowerMacro(ctx: Ctx, node: SyntaxNode, id: number, s: Span): Expr {
  const path = need(ctx, node, 'macro');
  let nameNode = path;
  if (path.type === 'scoped_identifier') {
    // `std::println!` is println!; other paths name macros we do not know.
    const prefix = field(path, 'path');
    nameNode = need(ctx, path, 'name');
    if (!prefix || !STD_CRATES.has(prefix.text.replace(/^::/, ''))) unsupported(ctx, node, `the macro \`${path.text}!\``);
  }
  const name = ident(ctx, nameNode);
  const tt = namedKids(node).find((c) => c.type === 'token_tree');
  if (!tt) return syntaxError(ctx, node.endIndex, 'expected one of `(`, `[`, or `{`');
  const call = lowerMacroCall(ctx, node, name.name, tt);
  return { id, span: s, kind: 'macro', name, ...call } as Expr;
}

function lowerMacroCall(ctx: Ctx, node: SyntaxNode, name: string, tt: SyntaxNode): MacroCall {
  /** rustc's "unexpected end of macro invocation": after the last argument token, or at the macro. */
  const endOfInvocation = (): never => {
    const last = tt.childCount > 2 ? tt.child(tt.childCount - 2) : null;
    if (last) return syntaxErrorAfter(ctx, last.endIndex, 'unexpected end of macro invocation');
    return syntaxError(ctx, node.startIndex, 'unexpected end of macro invocation');
  };
  if (name === 'vec') {
    return reparse(ctx, tt, vecPieces(tt), (array, sub): MacroCall => {
      const length = array.childForFieldName('length');
      const elems = namedKids(array).filter((c) => c.type !== 'attribute_item' && !(length && c.equals(length)));
      if (length) return { macro: 'vec', form: 'repeat', value: lowerExpr(sub, elems[0]!), count: lowerExpr(sub, length) };
      return { macro: 'vec', form: 'list', elems: elems.map((e) => lowerExpr(sub, e)) };
    });
  }
  if (name === 'matches') return lowerMatches(ctx, tt);
  if (FORMAT_MACROS.has(name)) {
    return callArgs(ctx, tt, (args, sub) => ({ macro: name as 'format', format: formatArgs(sub, args) }));
  }
  if (WRITE_MACROS.has(name)) {
    return callArgs(ctx, tt, (args, sub): MacroCall => {
      const [target, ...rest] = args;
      if (!target) return syntaxError(ctx, node.startIndex, `requires a destination and format arguments, like \`${name}!(dest, "format string", args...)\``);
      return { macro: name as 'write', target: lowerExpr(sub, target), format: formatArgs(sub, rest) };
    });
  }
  if (ASSERT_MACROS.has(name)) {
    return callArgs(ctx, tt, (args, sub): MacroCall => {
      const [condition, ...rest] = args;
      if (!condition) return syntaxError(ctx, node.startIndex, 'macro requires a boolean expression as an argument');
      return { macro: name as 'assert', condition: lowerExpr(sub, condition), message: formatArgs(sub, rest) };
    });
  }
  if (ASSERT_EQ_MACROS.has(name)) {
    return callArgs(ctx, tt, (args, sub): MacroCall => {
      const [left, right, ...rest] = args;
      if (!left || !right) return endOfInvocation();
      return { macro: name as 'assert_eq', left: lowerExpr(sub, left), right: lowerExpr(sub, right), message: formatArgs(sub, rest) };
    });
  }
  return unsupported(ctx, node, `the macro \`${name}!\``);
}

/** `matches!(e, PAT if guard)` is `match e { PAT if guard => true, _ => false }`. */
function lowerMatches(ctx: Ctx, tt: SyntaxNode): MacroCall {
  const comma = tt.children.find((c) => !c.isNamed && c.type === ',');
  if (!comma) {
    const last = tt.childCount > 2 ? tt.child(tt.childCount - 2) : null;
    return last ? syntaxErrorAfter(ctx, last.endIndex, 'unexpected end of macro invocation') : syntaxError(ctx, tt.startIndex, 'unexpected end of macro invocation');
  }
  return reparse(ctx, tt, matchesPieces(tt, comma), (match, sub): MacroCall => {
    const scrutinee = namedKids(match.childForFieldName('value')!)[0];
    const arm = match.childForFieldName('body')?.namedChildren.find((a) => a.type === 'match_arm');
    const pat = arm?.childForFieldName('pattern');
    if (!scrutinee || !pat) return syntaxError(ctx, tt.startIndex, 'unexpected macro arguments');
    const guard = pat.childForFieldName('condition');
    if (guard && guard.type !== 'let_condition' && guard.type !== 'let_chain') {
      // a boolean guard
    } else if (guard) {
      unsupported(sub, guard, '`if let` guards in `matches!`');
    }
    const patternNode = pat.children.find((c) => c.type !== 'if' && !(guard && c.equals(guard)) && c.type !== 'line_comment' && c.type !== 'block_comment');
    if (!patternNode) return syntaxError(ctx, comma.endIndex, 'expected pattern');
    return {
      macro: 'matches',
      scrutinee: lowerExpr(sub, scrutinee),
      pattern: lowerPattern(sub, patternNode),
      guard: guard ? lowerExpr(sub, guard) : null,
    };
  });
}
