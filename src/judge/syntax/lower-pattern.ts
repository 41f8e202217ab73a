import type { SyntaxNode } from './syntax-tree';
import type { Pattern, RangeBound } from './ast';
import { type Ctx, field, hasToken, ident, isComment, namedKids, need, span, syntaxError, unsupported } from './context';
import { lowerLiteral } from './literals';
import { lowerPath } from './lower-type';

const NOT_PATTERNS = new Set(['(', ')', '[', ']', '{', '}', ',', '|', '&', '@', 'ref', 'mut', '..=', '..', '...', 'mutable_specifier']);

/**
 * The sub-patterns of a node: its named children and the anonymous `_` tokens (tree-sitter does
 * not name the wildcard), minus the given nodes (such as a tuple-struct pattern's path).
 */
function subPatterns(node: SyntaxNode, except: SyntaxNode | null = null): SyntaxNode[] {
  return node.children.filter((c) => !isComment(c) && (c.isNamed || c.type === '_') && !NOT_PATTERNS.has(c.type) && !(except && c.equals(except)));
}

/** Lowers a pattern node (which may be the anonymous `_`). */
export function lowerPattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const s = span(ctx, node);
  switch (node.type) {
    case '_':
      return { kind: 'wild', span: s };
    case 'remaining_field_pattern':
      return { kind: 'rest', span: s };
    case 'identifier':
      if (node.text === 'Self') return { kind: 'path', path: lowerPath(ctx, node), span: s };
      return { kind: 'ident', name: ident(ctx, node), mutable: false, byRef: null, sub: null, span: s };
    case 'self':
      return unsupported(ctx, node, '`self` as a pattern');
    case 'mut_pattern': {
      const inner = lowerPattern(ctx, subPatterns(node)[0] ?? node.lastChild!);
      if (inner.kind !== 'ident') syntaxError(ctx, node.startIndex, '`mut` must be followed by a named binding');
      return { ...inner, mutable: true, span: s };
    }
    case 'ref_pattern': {
      const inner = lowerPattern(ctx, subPatterns(node)[0] ?? node.lastChild!);
      if (inner.kind !== 'ident') syntaxError(ctx, node.startIndex, 'expected identifier after `ref`');
      return { ...inner, byRef: inner.mutable ? 'refMut' : 'ref', mutable: false, span: s };
    }
    case 'captured_pattern': {
      const [name, sub] = subPatterns(node);
      if (!name || !sub) return syntaxError(ctx, node.startIndex, 'expected a pattern after `@`');
      const binding = lowerPattern(ctx, name);
      if (binding.kind !== 'ident') return syntaxError(ctx, node.startIndex, 'expected identifier before `@`');
      return { ...binding, sub: lowerPattern(ctx, sub), span: s };
    }
    case 'reference_pattern': {
      const inner = subPatterns(node)[0];
      if (!inner) return syntaxError(ctx, node.endIndex, 'expected pattern');
      return { kind: 'ref', mutable: namedKids(node).some((c) => c.type === 'mutable_specifier'), pattern: lowerPattern(ctx, inner), span: s };
    }
    case 'tuple_pattern': {
      const elems = subPatterns(node);
      if (elems.some((e) => e.type === 'closure_expression')) unsupported(ctx, node, `the pattern \`${node.text}\``);
      // `(p)` is p in parentheses; only `(p,)` is a one-element tuple pattern.
      if (elems.length === 1 && !hasToken(node, ',')) return { ...lowerPattern(ctx, elems[0]!), span: s };
      return { kind: 'tuple', elems: elems.map((e) => lowerPattern(ctx, e)), span: s };
    }
    case 'tuple_struct_pattern': {
      const type = need(ctx, node, 'type');
      return { kind: 'tupleStruct', path: lowerPath(ctx, type), elems: subPatterns(node, type).map((e) => lowerPattern(ctx, e)), span: s };
    }
    case 'struct_pattern':
      return lowerStructPattern(ctx, node);
    case 'slice_pattern':
      return { kind: 'slice', elems: subPatterns(node).map((e) => lowerPattern(ctx, e)), span: s };
    case 'or_pattern': {
      // `a || b` parses as `a | (| b)`: a leading `|` is allowed only before the first alternative.
      const nested = subPatterns(node).slice(1).find((alt) => alt.type === 'or_pattern' && alt.child(0)?.type === '|');
      if (nested) syntaxError(ctx, nested.startIndex - 1, 'unexpected token `||` in pattern');
      const alternatives = subPatterns(node).flatMap((alt) => {
        const p = lowerPattern(ctx, alt);
        return p.kind === 'or' ? p.alternatives : [p];
      });
      return alternatives.length === 1 ? alternatives[0]! : { kind: 'or', alternatives, span: s };
    }
    case 'range_pattern':
      return lowerRangePattern(ctx, node);
    case 'negative_literal':
    case 'integer_literal':
    case 'float_literal':
    case 'string_literal':
    case 'raw_string_literal':
    case 'char_literal':
    case 'boolean_literal':
      return litPattern(ctx, node);
    case 'scoped_identifier':
    case 'generic_pattern':
      return { kind: 'path', path: lowerPath(ctx, node), span: s };
    case 'macro_invocation':
      return unsupported(ctx, node, `the macro \`${need(ctx, node, 'macro').text}!\` in a pattern`);
    case 'const_block':
      return unsupported(ctx, node, 'an inline `const` block in a pattern');
    default:
      return unsupported(ctx, node, `the pattern \`${node.text}\``);
  }
}

function litPattern(ctx: Ctx, node: SyntaxNode): Pattern & { kind: 'lit' } {
  const s = span(ctx, node);
  if (node.type === 'negative_literal') {
    const inner = namedKids(node)[0];
    if (!inner) return syntaxError(ctx, node.endIndex, 'expected a literal after `-`');
    return { kind: 'lit', value: lowerLiteral(ctx, inner), negative: true, span: s };
  }
  return { kind: 'lit', value: lowerLiteral(ctx, node), negative: false, span: s };
}

function rangeBound(ctx: Ctx, node: SyntaxNode | null): RangeBound | null {
  if (!node) return null;
  switch (node.type) {
    case 'identifier':
    case 'scoped_identifier':
    case 'self':
    case 'super':
    case 'crate':
      return { kind: 'path', path: lowerPath(ctx, node), span: span(ctx, node) };
    default:
      return litPattern(ctx, node);
  }
}

function lowerRangePattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const op = node.children.find((c) => !c.isNamed && (c.type === '..' || c.type === '..=' || c.type === '...'));
  if (op?.type === '...') syntaxError(ctx, op.startIndex, '`...` range patterns are deprecated', 'E0783');
  return {
    kind: 'range',
    start: rangeBound(ctx, field(node, 'left')),
    end: rangeBound(ctx, field(node, 'right')),
    inclusive: op?.type === '..=',
    span: span(ctx, node),
  };
}

function lowerStructPattern(ctx: Ctx, node: SyntaxNode): Pattern {
  const fields: (Pattern & { kind: 'struct' })['fields'] = [];
  let hasRest = false;
  for (const f of namedKids(node)) {
    if (f.type === 'remaining_field_pattern') {
      hasRest = true;
    } else if (f.type === 'field_pattern') {
      const name = need(ctx, f, 'name');
      const sub = field(f, 'pattern');
      if (sub) {
        fields.push({ name: ident(ctx, name), pattern: lowerPattern(ctx, sub), shorthand: false });
      } else {
        // `ref mut x` / `mut x` / `x`: a binding named like the field.
        const mutable = namedKids(f).some((c) => c.type === 'mutable_specifier');
        const byRef = hasToken(f, 'ref') ? (mutable ? 'refMut' : 'ref') : null;
        const pattern: Pattern = { kind: 'ident', name: ident(ctx, name), mutable: mutable && !byRef, byRef, sub: null, span: span(ctx, f) };
        fields.push({ name: ident(ctx, name), pattern, shorthand: true });
      }
    }
  }
  return { kind: 'struct', path: lowerPath(ctx, need(ctx, node, 'type')), fields, hasRest, span: span(ctx, node) };
}
