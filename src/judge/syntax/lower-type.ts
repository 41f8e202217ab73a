import type { SyntaxNode } from './syntax-tree';
import type { GenericArg, GenericParam, Generics, Path, PathSegment, TraitBound, TypeExpr, WherePredicate } from './ast';
import { type Ctx, checkName, field, hasToken, ident, namedKids, nameOf, need, span, syntaxError, unsupported } from './context';
import { lowerExpr } from './lower-expr';

// ---------------------------------------------------------------------------------------------
// Paths

const SEGMENT_NODES = new Set(['identifier', 'type_identifier', 'primitive_type', 'self', 'super', 'crate', 'field_identifier', 'shorthand_field_identifier']);

/** The segments of any path-like node, in expressions, patterns or types. */
function segmentsOf(ctx: Ctx, node: SyntaxNode): { segments: PathSegment[]; global: boolean } {
  switch (node.type) {
    case 'scoped_identifier':
    case 'scoped_type_identifier': {
      const prefix = field(node, 'path');
      const name = need(ctx, node, 'name');
      if (name.type === 'identifier' || name.type === 'type_identifier') checkName(ctx, name);
      const last: PathSegment = { name: nameOf(name), span: span(ctx, name), generics: null };
      if (!prefix) return { segments: [last], global: true };
      const inner = segmentsOf(ctx, prefix);
      return { segments: [...inner.segments, last], global: inner.global };
    }
    case 'generic_type':
    case 'generic_type_with_turbofish':
    case 'generic_function':
    case 'generic_pattern': {
      const base = field(node, 'type') ?? field(node, 'function') ?? namedKids(node)[0];
      if (!base) return syntaxError(ctx, node.startIndex, 'expected a path');
      if (base.type === 'field_expression') unsupported(ctx, node, 'a method path with generic arguments outside a call');
      const inner = segmentsOf(ctx, base);
      const last = inner.segments[inner.segments.length - 1]!;
      last.generics = lowerGenericArgs(ctx, need(ctx, node, 'type_arguments'));
      return inner;
    }
    case 'bracketed_type': {
      const inner = namedKids(node)[0];
      if (!inner || inner.type === 'qualified_type') unsupported(ctx, node, 'a qualified path like `<T as Trait>::item`');
      const type = lowerType(ctx, inner);
      if (type.kind !== 'path') unsupported(ctx, node, `the path \`${node.text}::…\``);
      return { segments: type.path.segments, global: type.path.global };
    }
    case 'metavariable':
      return unsupported(ctx, node, 'a macro metavariable');
    default:
      if (SEGMENT_NODES.has(node.type)) {
        if (node.type === 'identifier' || node.type === 'type_identifier') checkName(ctx, node);
        return { segments: [{ name: nameOf(node), span: span(ctx, node), generics: null }], global: false };
      }
      return unsupported(ctx, node, `the path \`${node.text}\``);
  }
}

/** `std::collections::HashMap::<K, V>::new`, `Vec::new`, `Self`, `x`, `::std::i32::MAX`. */
export function lowerPath(ctx: Ctx, node: SyntaxNode): Path {
  const { segments, global } = segmentsOf(ctx, node);
  return { segments, global, span: span(ctx, node) };
}

/** The arguments in `<...>` of a path segment or turbofish. */
export function lowerGenericArgs(ctx: Ctx, node: SyntaxNode): GenericArg[] {
  return namedKids(node).map((arg): GenericArg => {
    switch (arg.type) {
      case 'type_binding':
        if (field(arg, 'type_arguments')) unsupported(ctx, arg, 'a generic associated type');
        return { kind: 'binding', name: ident(ctx, need(ctx, arg, 'name')), type: lowerType(ctx, need(ctx, arg, 'type')) };
      case 'lifetime':
        return { kind: 'lifetime', name: arg.text };
      case 'block':
      case 'integer_literal':
      case 'float_literal':
      case 'boolean_literal':
      case 'char_literal':
      case 'string_literal':
      case 'raw_string_literal':
        return { kind: 'const', value: lowerExpr(ctx, arg) };
      case 'trait_bounds':
        return unsupported(ctx, arg, 'an associated type bound in generic arguments');
      default:
        return { kind: 'type', type: lowerType(ctx, arg) };
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Types

/** Every part of `A + B + 'a` (lifetimes and `use<..>` bounds dropped). */
function boundedParts(node: SyntaxNode): SyntaxNode[] {
  if (node.type !== 'bounded_type') return node.type === 'lifetime' || node.type === 'use_bounds' ? [] : [node];
  return namedKids(node).flatMap(boundedParts);
}

function fnSugar(ctx: Ctx, node: SyntaxNode): { params: TypeExpr[]; ret: TypeExpr | null } {
  const params = namedKids(need(ctx, node, 'parameters'))
    .filter((p) => p.type !== 'attribute_item')
    .map((p) => (p.type === 'parameter' ? lowerType(ctx, need(ctx, p, 'type')) : lowerType(ctx, p)));
  const ret = field(node, 'return_type');
  return { params, ret: ret ? lowerType(ctx, ret) : null };
}

export function lowerType(ctx: Ctx, node: SyntaxNode): TypeExpr {
  const s = span(ctx, node);
  switch (node.type) {
    case 'type_identifier':
      if (node.text === '_') return { kind: 'infer', span: s };
      return { kind: 'path', path: lowerPath(ctx, node), span: s };
    case 'primitive_type':
    case 'scoped_type_identifier':
    case 'generic_type':
      return { kind: 'path', path: lowerPath(ctx, node), span: s };
    case 'reference_type':
      return {
        kind: 'ref',
        mutable: namedKids(node).some((c) => c.type === 'mutable_specifier'),
        lifetime: namedKids(node).find((c) => c.type === 'lifetime')?.text ?? null,
        inner: lowerType(ctx, need(ctx, node, 'type')),
        span: s,
      };
    case 'pointer_type':
      return { kind: 'ptr', mutable: namedKids(node).some((c) => c.type === 'mutable_specifier'), inner: lowerType(ctx, need(ctx, node, 'type')), span: s };
    case 'tuple_type': {
      const elems = namedKids(node);
      // `(T)` is T in parentheses; only `(T,)` is a one-element tuple.
      if (elems.length === 1 && !hasToken(node, ',')) return lowerType(ctx, elems[0]!);
      return { kind: 'tuple', elems: elems.map((e) => lowerType(ctx, e)), span: s };
    }
    case 'unit_type':
      return { kind: 'tuple', elems: [], span: s };
    case 'array_type': {
      const elem = lowerType(ctx, need(ctx, node, 'element'));
      const length = field(node, 'length');
      return length ? { kind: 'array', elem, length: lowerExpr(ctx, length), span: s } : { kind: 'slice', elem, span: s };
    }
    case 'never_type':
      return { kind: 'never', span: s };
    case 'function_type': {
      if (field(node, 'trait')) unsupported(ctx, node, `a trait object without \`dyn\` (\`${node.text}\`)`);
      if (namedKids(node).some((c) => c.type === 'function_modifiers')) unsupported(ctx, node, `the function pointer type \`${node.text}\``);
      const { params, ret } = fnSugar(ctx, node);
      return { kind: 'fnPointer', params, ret, span: s };
    }
    case 'abstract_type':
      return { kind: 'implTrait', bounds: boundsOf(ctx, [need(ctx, node, 'trait')]), span: s };
    case 'dynamic_type':
      return { kind: 'dynTrait', bounds: boundsOf(ctx, [need(ctx, node, 'trait')]), span: s };
    case 'bounded_type': {
      const [head, ...rest] = boundedParts(node);
      if (head?.type === 'abstract_type' || head?.type === 'dynamic_type') {
        const bounds = boundsOf(ctx, [need(ctx, head, 'trait'), ...rest]);
        return head.type === 'abstract_type' ? { kind: 'implTrait', bounds, span: s } : { kind: 'dynTrait', bounds, span: s };
      }
      return unsupported(ctx, node, `a trait object without \`dyn\` (\`${node.text}\`)`);
    }
    case 'macro_invocation':
      return unsupported(ctx, node, `the macro \`${need(ctx, node, 'macro').text}!\` in a type`);
    default:
      return unsupported(ctx, node, `the type \`${node.text}\``);
  }
}

// ---------------------------------------------------------------------------------------------
// Bounds and generics

function boundsOf(ctx: Ctx, nodes: SyntaxNode[]): TraitBound[] {
  return nodes.map((n) => lowerTraitBound(ctx, n)).filter((b): b is TraitBound => b !== null);
}

/** One bound; null for lifetimes, which the AST drops. */
function lowerTraitBound(ctx: Ctx, node: SyntaxNode): TraitBound | null {
  const s = span(ctx, node);
  switch (node.type) {
    case 'lifetime':
    case 'use_bounds':
      return null;
    case 'type_identifier':
    case 'scoped_type_identifier':
    case 'generic_type':
      return { path: lowerPath(ctx, node), fnSugar: null, maybe: false, span: s };
    case 'function_type': {
      const trait = field(node, 'trait');
      if (!trait) return unsupported(ctx, node, `a function pointer type as a bound (\`${node.text}\`)`);
      return { path: lowerPath(ctx, trait), fnSugar: fnSugar(ctx, node), maybe: false, span: s };
    }
    case 'removed_trait_bound': {
      const inner = namedKids(node)[0];
      const bound = inner ? lowerTraitBound(ctx, inner) : null;
      return bound ? { ...bound, maybe: true, span: s } : null;
    }
    case 'higher_ranked_trait_bound':
      return lowerTraitBound(ctx, need(ctx, node, 'type'));
    case 'tuple_type': {
      const inner = namedKids(node);
      if (inner.length === 1 && !hasToken(node, ',')) return lowerTraitBound(ctx, inner[0]!);
      return unsupported(ctx, node, `the bound \`${node.text}\``);
    }
    default:
      return unsupported(ctx, node, `the bound \`${node.text}\``);
  }
}

/** The bounds after `:` in `T: A + B`, `trait X: A`, `type Item: A`. */
export function lowerTraitBounds(ctx: Ctx, node: SyntaxNode | null): TraitBound[] {
  return node ? boundsOf(ctx, namedKids(node)) : [];
}

/** Generic parameters and the where clause (a child of the item, not a field) together. */
export function lowerGenerics(ctx: Ctx, item: SyntaxNode): Generics {
  const params: GenericParam[] = [];
  const list = field(item, 'type_parameters');
  for (const p of list ? namedKids(list) : []) {
    const s = span(ctx, p);
    switch (p.type) {
      case 'type_parameter': {
        const def = field(p, 'default_type');
        params.push({
          kind: 'type',
          name: ident(ctx, need(ctx, p, 'name')),
          bounds: lowerTraitBounds(ctx, field(p, 'bounds')),
          default: def ? lowerType(ctx, def) : null,
          span: s,
        });
        break;
      }
      case 'lifetime_parameter':
        params.push({ kind: 'lifetime', name: ident(ctx, need(ctx, p, 'name')), span: s });
        break;
      case 'const_parameter':
        if (field(p, 'value')) unsupported(ctx, p, 'a default value for a const generic parameter');
        params.push({ kind: 'const', name: ident(ctx, need(ctx, p, 'name')), type: lowerType(ctx, need(ctx, p, 'type')), span: s });
        break;
      case 'attribute_item':
        break;
      default:
        unsupported(ctx, p, `the generic parameter \`${p.text}\``);
    }
  }
  const where: WherePredicate[] = [];
  const clause = namedKids(item).find((c) => c.type === 'where_clause');
  for (const pred of clause ? namedKids(clause) : []) {
    if (pred.type !== 'where_predicate') continue;
    let left = need(ctx, pred, 'left');
    if (left.type === 'lifetime') continue;
    if (left.type === 'higher_ranked_trait_bound') left = need(ctx, left, 'type');
    where.push({ type: lowerType(ctx, left), bounds: lowerTraitBounds(ctx, field(pred, 'bounds')), span: span(ctx, pred) });
  }
  return { params, where };
}

/** Whether an item has a `pub` (or `pub(crate)`, …) visibility. */
export function isPub(item: SyntaxNode): boolean {
  return namedKids(item).some((c) => c.type === 'visibility_modifier');
}

