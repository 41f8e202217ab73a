import type { SyntaxNode } from './syntax-tree';
import type { BinaryOp, Block, ClosureParam, CompoundOp, Expr, LetCondition, MatchArm, Pattern, Span, Stmt } from './ast';
import { type Ctx, checkName, field, hasToken, ident, isComment, kids, namedKids, need, nextId, span, spanOf, syntaxError, unsupported } from './context';
import { lowerLiteral } from './literals';
import { lowerItemNode, ITEM_NODES, type PendingAttributes, takeAttributes } from './lower-item';
import { lowerPattern } from './lower-pattern';
import { lowerGenericArgs, lowerPath, lowerType } from './lower-type';
import { lowerMacro } from './macros';

type ExprOf<K extends Expr['kind']> = Expr & { kind: K };
/** The fields of one expression kind besides id, span and kind (distributed over the union). */
type ExprProps<K extends Expr['kind']> = Expr extends infer E ? (E extends { kind: K } ? Omit<E, 'id' | 'span' | 'kind'> : never) : never;

const LITERAL_NODES = new Set(['integer_literal', 'float_literal', 'string_literal', 'raw_string_literal', 'char_literal', 'boolean_literal']);
const PATH_NODES = new Set(['identifier', 'scoped_identifier', 'self', 'crate', 'super', 'generic_function']);

const UNSUPPORTED_EXPRS: Record<string, string> = {
  unsafe_block: '`unsafe` blocks',
  async_block: '`async` blocks',
  await_expression: '`.await`',
  gen_block: '`gen` blocks',
  try_block: '`try` blocks',
  yield_expression: '`yield`',
  const_block: 'inline `const` blocks',
  let_chain: 'let chains (`if let … && …`)',
  let_condition: '`let` in this position',
  metavariable: 'a macro metavariable',
};

/** The label of a loop or block (`'outer`, with its apostrophe), or null. */
function labelOf(node: SyntaxNode): string | null {
  return namedKids(node).find((c) => c.type === 'label')?.text ?? null;
}

/**
 * Lowers an expression. Parentheses disappear: the inner expression takes the span of the
 * parenthesised expression, as rustc's HIR does, so diagnostics underline `(a + b)` whole.
 */
export function lowerExpr(ctx: Ctx, node: SyntaxNode): Expr {
  if (node.type === 'parenthesized_expression') {
    const inner = namedKids(node).filter((c) => c.type !== 'attribute_item')[0];
    if (!inner) return syntaxError(ctx, node.endIndex - 1, 'expected expression, found `)`');
    const expr = lowerExpr(ctx, inner);
    expr.span = span(ctx, node);
    return expr;
  }
  const id = nextId(ctx);
  const s = span(ctx, node);
  const of = <K extends Expr['kind']>(kind: K, props: ExprProps<K>): Expr => ({ id, span: s, kind, ...props }) as Expr;
  if (LITERAL_NODES.has(node.type)) return of('lit', { value: lowerLiteral(ctx, node) });
  if (node.type === 'identifier') checkName(ctx, node, 'expression');
  if (PATH_NODES.has(node.type)) return of('path', { path: lowerPath(ctx, node) });
  const unsupportedName = UNSUPPORTED_EXPRS[node.type];
  if (unsupportedName) unsupported(ctx, node, unsupportedName);
  const named = (): SyntaxNode[] => namedKids(node).filter((c) => c.type !== 'attribute_item');
  const only = (): SyntaxNode => named()[0] ?? syntaxError(ctx, node.endIndex, 'expected expression');

  switch (node.type) {
    case 'unary_expression':
      return of('unary', { op: node.child(0)!.type as '-' | '!' | '*', operand: lowerExpr(ctx, only()) });
    case 'reference_expression':
      if (hasToken(node, 'raw')) unsupported(ctx, node, 'raw borrows (`&raw`)');
      return of('ref', { mutable: namedKids(node).some((c) => c.type === 'mutable_specifier'), operand: lowerExpr(ctx, need(ctx, node, 'value')) });
    case 'binary_expression': {
      const op = need(ctx, node, 'operator');
      return of('binary', {
        op: op.type as BinaryOp,
        left: lowerExpr(ctx, need(ctx, node, 'left')),
        right: lowerExpr(ctx, need(ctx, node, 'right')),
        opSpan: span(ctx, op),
      });
    }
    case 'assignment_expression': {
      const left = need(ctx, node, 'left');
      const right = need(ctx, node, 'right');
      // tree-sitter reads `..=b` as `.. = b`; rustc reads a range to b, inclusive.
      if (left.type === 'range_expression' && left.namedChildCount === 0 && node.child(1)?.startIndex === left.endIndex) {
        return of('range', { start: null, end: lowerExpr(ctx, right), inclusive: true });
      }
      return of('assign', { target: lowerExpr(ctx, left), value: lowerExpr(ctx, right) });
    }
    case 'compound_assignment_expr':
      return of('compoundAssign', {
        op: need(ctx, node, 'operator').type.slice(0, -1) as CompoundOp,
        target: lowerExpr(ctx, need(ctx, node, 'left')),
        value: lowerExpr(ctx, need(ctx, node, 'right')),
      });
    case 'call_expression':
      return lowerCall(ctx, node, id, s);
    case 'field_expression': {
      const f = need(ctx, node, 'field');
      const object = lowerExpr(ctx, need(ctx, node, 'value'));
      if (f.type === 'integer_literal') {
        if (!/^[0-9]+$/.test(f.text)) syntaxError(ctx, f.startIndex, `invalid tuple index \`${f.text}\``);
        return of('tupleField', { object, index: Number(f.text), indexSpan: span(ctx, f) });
      }
      return of('field', { object, field: ident(ctx, f) });
    }
    case 'index_expression': {
      const [object, index] = named();
      if (!object || !index) return syntaxError(ctx, node.endIndex, 'expected expression');
      return of('index', { object: lowerExpr(ctx, object), index: lowerExpr(ctx, index) });
    }
    case 'type_cast_expression':
      return of('cast', { expr: lowerExpr(ctx, need(ctx, node, 'value')), type: lowerType(ctx, need(ctx, node, 'type')) });
    case 'try_expression':
      return of('try', { expr: lowerExpr(ctx, only()) });
    case 'if_expression':
      return lowerIf(ctx, node, id, s);
    case 'match_expression': {
      const scrutinee = lowerExpr(ctx, need(ctx, node, 'value'));
      const arms = namedKids(need(ctx, node, 'body'))
        .filter((a) => a.type === 'match_arm')
        .map((a) => lowerArm(ctx, a));
      return of('match', { scrutinee, arms });
    }
    case 'while_expression':
      return of('while', { condition: lowerCondition(ctx, need(ctx, node, 'condition')), body: lowerBlock(ctx, need(ctx, node, 'body')), label: labelOf(node) });
    case 'loop_expression':
      return of('loop', { body: lowerBlock(ctx, need(ctx, node, 'body')), label: labelOf(node) });
    case 'for_expression':
      return of('for', {
        pattern: lowerPattern(ctx, need(ctx, node, 'pattern')),
        iterable: lowerExpr(ctx, need(ctx, node, 'value')),
        body: lowerBlock(ctx, need(ctx, node, 'body')),
        label: labelOf(node),
      });
    case 'block':
      return of('block', { block: lowerBlock(ctx, node), label: labelOf(node) });
    case 'closure_expression':
      return lowerClosure(ctx, node, id, s);
    case 'return_expression': {
      const value = named()[0];
      return of('return', { value: value ? lowerExpr(ctx, value) : null });
    }
    case 'break_expression': {
      const value = named().find((c) => c.type !== 'label');
      return of('break', { label: labelOf(node), value: value ? lowerExpr(ctx, value) : null });
    }
    case 'continue_expression':
      return of('continue', { label: labelOf(node) });
    case 'range_expression': {
      const opIndex = node.children.findIndex((c) => !c.isNamed && (c.type === '..' || c.type === '..=' || c.type === '...'));
      const op = node.child(opIndex)!;
      if (op.type === '...') syntaxError(ctx, op.startIndex, 'unexpected token: `...`');
      const start = node.children.slice(0, opIndex).find((c) => c.isNamed && !isComment(c));
      const end = node.children.slice(opIndex + 1).find((c) => c.isNamed && !isComment(c));
      return of('range', { start: start ? lowerExpr(ctx, start) : null, end: end ? lowerExpr(ctx, end) : null, inclusive: op.type === '..=' });
    }
    case 'tuple_expression':
      return of('tuple', { elems: named().map((e) => lowerExpr(ctx, e)) });
    case 'unit_expression':
      return of('tuple', { elems: [] });
    case 'array_expression': {
      const length = field(node, 'length');
      if (length) {
        const value = named().find((c) => !c.equals(length));
        if (!value) return syntaxError(ctx, node.startIndex, 'expected expression');
        return of('arrayRepeat', { value: lowerExpr(ctx, value), count: lowerExpr(ctx, length) });
      }
      return of('array', { elems: named().map((e) => lowerExpr(ctx, e)) });
    }
    case 'struct_expression':
      return lowerStructLit(ctx, node, id, s);
    case 'macro_invocation':
      return lowerMacro(ctx, node, id, s);
    default:
      return unsupported(ctx, node, `the expression \`${node.text.length > 40 ? `${node.text.slice(0, 40)}…` : node.text}\``);
  }
}

function lowerCall(ctx: Ctx, node: SyntaxNode, id: number, s: Span): Expr {
  const fn = need(ctx, node, 'function');
  const lowerArgs = (): Expr[] =>
    namedKids(need(ctx, node, 'arguments'))
      .filter((a) => a.type !== 'attribute_item')
      .map((a) => lowerExpr(ctx, a));
  // `x.f(…)` and `x.f::<T>(…)` are method calls; `(x.f)(…)` calls a field.
  const turbofish = fn.type === 'generic_function' && field(fn, 'function')?.type === 'field_expression';
  const method = fn.type === 'field_expression' ? fn : turbofish ? need(ctx, fn, 'function') : null;
  if (method) {
    const name = need(ctx, method, 'field');
    if (name.type !== 'field_identifier') syntaxError(ctx, name.startIndex, `expected identifier, found \`${name.text}\``);
    const receiver = lowerExpr(ctx, need(ctx, method, 'value'));
    const generics = turbofish ? lowerGenericArgs(ctx, need(ctx, fn, 'type_arguments')) : null;
    return { id, span: s, kind: 'methodCall', receiver, method: ident(ctx, name), generics, args: lowerArgs() };
  }
  const callee = lowerExpr(ctx, fn);
  return { id, span: s, kind: 'call', callee, args: lowerArgs() };
}

function lowerCondition(ctx: Ctx, node: SyntaxNode): Expr | LetCondition {
  if (node.type === 'let_condition') {
    return { kind: 'letCondition', pattern: lowerPattern(ctx, need(ctx, node, 'pattern')), value: lowerExpr(ctx, need(ctx, node, 'value')), span: span(ctx, node) };
  }
  return lowerExpr(ctx, node);
}

function lowerIf(ctx: Ctx, node: SyntaxNode, id: number, s: Span): ExprOf<'if'> {
  const condition = lowerCondition(ctx, need(ctx, node, 'condition'));
  const then = lowerBlock(ctx, need(ctx, node, 'consequence'));
  const alt = field(node, 'alternative');
  let otherwise: Block | ExprOf<'if'> | null = null;
  if (alt) {
    const branch = namedKids(alt)[0] ?? syntaxError(ctx, alt.endIndex, 'expected `{`');
    otherwise = branch.type === 'if_expression' ? lowerIf(ctx, branch, nextId(ctx), span(ctx, branch)) : lowerBlock(ctx, branch);
  }
  return { id, span: s, kind: 'if', condition, then, else: otherwise };
}

function lowerArm(ctx: Ctx, arm: SyntaxNode): MatchArm {
  const pat = need(ctx, arm, 'pattern');
  const guard = field(pat, 'condition');
  // The pattern may be the anonymous `_`, so look at every child but `if` and the guard.
  const patternNode = pat.children.find((c) => !isComment(c) && c.type !== 'if' && !(guard && c.equals(guard)));
  if (!patternNode) return syntaxError(ctx, pat.startIndex, 'expected pattern');
  if (guard && (guard.type === 'let_condition' || guard.type === 'let_chain')) unsupported(ctx, guard, '`if let` guards in match arms');
  return {
    pattern: lowerPattern(ctx, patternNode),
    guard: guard ? lowerExpr(ctx, guard) : null,
    body: lowerExpr(ctx, need(ctx, arm, 'value')),
    span: span(ctx, arm),
  };
}

function lowerClosure(ctx: Ctx, node: SyntaxNode, id: number, s: Span): Expr {
  if (hasToken(node, 'async') || hasToken(node, 'static')) unsupported(ctx, node, '`async` closures');
  const params: ClosureParam[] = kids(need(ctx, node, 'parameters'))
    .filter((p) => p.isNamed || p.type === '_')
    .map((p) => {
      if (p.type !== 'parameter') return { pattern: lowerPattern(ctx, p), type: null, span: span(ctx, p) };
      return { pattern: paramPattern(ctx, p), type: lowerType(ctx, need(ctx, p, 'type')), span: span(ctx, p) };
    });
  const ret = field(node, 'return_type');
  const body = need(ctx, node, 'body');
  if (body.type === '_') unsupported(ctx, body, 'a closure whose body is `_`');
  return { id, span: s, kind: 'closure', params, returnType: ret ? lowerType(ctx, ret) : null, body: lowerExpr(ctx, body), isMove: hasToken(node, 'move') };
}

/** The pattern of a `parameter` node; its leading `mut` (a sibling, not part of the pattern) applies to it. */
export function paramPattern(ctx: Ctx, param: SyntaxNode): Pattern {
  return applyMut(ctx, param, lowerPattern(ctx, need(ctx, param, 'pattern')));
}

/** `let mut x` and `fn f(mut x: T)`: tree-sitter keeps `mut` beside the pattern, not in it. */
function applyMut(ctx: Ctx, owner: SyntaxNode, pattern: Pattern): Pattern {
  const mut = owner.children.find((c) => c.type === 'mutable_specifier');
  if (!mut) return pattern;
  if (pattern.kind !== 'ident') syntaxError(ctx, mut.startIndex, '`mut` must be followed by a named binding');
  return { ...pattern, mutable: true, span: spanOf(ctx, mut.startIndex, need(ctx, owner, 'pattern').endIndex) };
}

function lowerStructLit(ctx: Ctx, node: SyntaxNode, id: number, s: Span): Expr {
  const fields: ExprOf<'structLit'>['fields'] = [];
  let base: Expr | null = null;
  const path = lowerPath(ctx, need(ctx, node, 'name'));
  for (const f of namedKids(need(ctx, node, 'body'))) {
    if (f.type === 'shorthand_field_initializer') {
      const name = namedKids(f).find((c) => c.type === 'identifier') ?? syntaxError(ctx, f.startIndex, 'expected identifier');
      const value: Expr = { id: nextId(ctx), span: span(ctx, name), kind: 'path', path: lowerPath(ctx, name) };
      fields.push({ name: ident(ctx, name), value, shorthand: true });
    } else if (f.type === 'field_initializer') {
      fields.push({ name: ident(ctx, need(ctx, f, 'field')), value: lowerExpr(ctx, need(ctx, f, 'value')), shorthand: false });
    } else if (f.type === 'base_field_initializer') {
      const value = namedKids(f)[0] ?? syntaxError(ctx, f.endIndex, 'expected expression');
      base = lowerExpr(ctx, value);
    }
  }
  return { id, span: s, kind: 'structLit', path, fields, base };
}

// ---------------------------------------------------------------------------------------------
// Blocks and statements

const BLOCK_SKIP = new Set(['{', '}', 'label', ':', 'line_comment', 'block_comment', 'inner_attribute_item']);

/** The first token after a node (for "expected `;`, found …" messages). */
function nextTokenText(node: SyntaxNode): string {
  const next = node.nextSibling;
  if (!next) return '`}`';
  let tok: SyntaxNode = next;
  while (tok.childCount > 0 && tok.firstChild) tok = tok.firstChild;
  return /^[a-z]+$/.test(tok.text) && ['let', 'if', 'for', 'while', 'loop', 'match', 'return', 'fn', 'struct', 'use', 'const', 'static'].includes(tok.text)
    ? `keyword \`${tok.text}\``
    : `\`${tok.text}\``;
}

export function lowerBlock(ctx: Ctx, node: SyntaxNode): Block {
  if (node.type !== 'block') return syntaxError(ctx, node.startIndex, `expected \`{\`, found \`${node.text.split(/\s/)[0]}\``);
  const parts = node.children.filter((c) => !BLOCK_SKIP.has(c.type));
  const stmts: Stmt[] = [];
  let tail: Expr | null = null;
  let attrs: PendingAttributes = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const isLast = i === parts.length - 1;
    const s = span(ctx, part);
    if (part.type === 'attribute_item') {
      attrs.push(part);
      continue;
    }
    const taken = takeAttributes(attrs);
    attrs = [];
    if (part.type === 'empty_statement' || taken.dropped) continue;
    if (part.type === 'let_declaration') {
      const pattern = need(ctx, part, 'pattern');
      const lowered = lowerPattern(ctx, pattern);
      if (pattern.type === 'or_pattern') syntaxError(ctx, pattern.startIndex, '`let` bindings require top-level or-patterns in parentheses');
      const type = field(part, 'type');
      const init = field(part, 'value');
      const alt = field(part, 'alternative');
      stmts.push({
        kind: 'let',
        pattern: applyMut(ctx, part, lowered),
        type: type ? lowerType(ctx, type) : null,
        init: init ? lowerExpr(ctx, init) : null,
        elseBlock: alt ? lowerBlock(ctx, alt) : null,
        span: s,
      });
    } else if (part.type === 'expression_statement') {
      const inner = namedKids(part)[0] ?? syntaxError(ctx, part.startIndex, 'expected expression');
      const expr = lowerExpr(ctx, inner);
      let semi = hasToken(part, ';');
      // A block-like expression's `;` is parsed as a separate empty statement.
      if (!semi && parts[i + 1]?.type === 'empty_statement') {
        semi = true;
        stmts.push({ kind: 'expr', expr, semi, span: spanOf(ctx, part.startIndex, parts[i + 1]!.endIndex) });
        i++;
      } else if (!semi && isLast) {
        tail = expr;
      } else {
        stmts.push({ kind: 'expr', expr, semi, span: s });
      }
    } else if (part.type === 'macro_invocation') {
      // A macro statement without `;` (`println!("a")`): the tail if last, fine with braces, else an error.
      const expr = lowerExpr(ctx, part);
      const next = parts[i + 1];
      const braces = namedKids(part).find((c) => c.type === 'token_tree')?.text.startsWith('{') ?? false;
      if (isLast) tail = expr;
      else if (next?.type === 'empty_statement') {
        stmts.push({ kind: 'expr', expr, semi: true, span: spanOf(ctx, part.startIndex, next.endIndex) });
        i++;
      } else if (braces) stmts.push({ kind: 'expr', expr, semi: false, span: s });
      else syntaxError(ctx, part.endIndex, `expected \`;\`, found ${nextTokenText(part)}`);
    } else if (ITEM_NODES.has(part.type)) {
      const item = lowerItemNode(ctx, part, taken.attributes);
      if (item) stmts.push({ kind: 'item', item, span: s });
    } else if (isLast) {
      tail = lowerExpr(ctx, part);
    } else {
      syntaxError(ctx, part.endIndex, `expected \`;\`, found ${nextTokenText(part)}`);
    }
  }
  return { stmts, tail, span: span(ctx, node) };
}
