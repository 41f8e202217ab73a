import type { SyntaxNode } from './syntax-tree';
import type {
  AssociatedTypeDecl,
  Attributes,
  ConstDecl,
  EnumDecl,
  FnDecl,
  Ident,
  ImplBlock,
  Item,
  Param,
  SelfParam,
  StructFields,
  TraitDecl,
  TypeAliasDecl,
  UseTree,
} from './ast';
import { type Ctx, field, hasToken, ident, kids, namedKids, need, span, spanOf, syntaxError, unsupported } from './context';
import { lowerBlock, lowerExpr, paramPattern } from './lower-expr';
import { isPub, lowerGenerics, lowerPath, lowerTraitBounds, lowerType } from './lower-type';

/** Node types that are items (in a file, a block, an impl or a trait). */
export const ITEM_NODES = new Set([
  'function_item',
  'function_signature_item',
  'struct_item',
  'enum_item',
  'impl_item',
  'trait_item',
  'use_declaration',
  'const_item',
  'static_item',
  'type_item',
  'associated_type',
  'mod_item',
  'macro_definition',
  'union_item',
  'foreign_mod_item',
  'extern_crate_declaration',
]);

const UNSUPPORTED_ITEMS: Record<string, string> = {
  mod_item: 'modules (`mod`)',
  macro_definition: '`macro_rules!` macro definitions',
  union_item: 'unions',
  foreign_mod_item: '`extern` blocks',
  extern_crate_declaration: '`extern crate`',
};

/** `#[...]` items seen before the item they belong to. */
export type PendingAttributes = SyntaxNode[];

/**
 * Sorts attributes into derives and the rest. `dropped` when one is `#[cfg(test)]`: rustc without
 * `--test` removes such items entirely, so we do too (small models often append a test module).
 */
export function takeAttributes(nodes: PendingAttributes): { attributes: Attributes; dropped: boolean } {
  const attributes: Attributes = { derives: [], other: [] };
  let dropped = false;
  for (const item of nodes) {
    const attr = namedKids(item).find((c) => c.type === 'attribute');
    if (!attr) continue;
    const compact = attr.text.replace(/\s+/g, '');
    const args = field(attr, 'arguments');
    if (compact === 'cfg(test)') dropped = true;
    else if (compact.startsWith('derive(') && args) {
      const inner = args.text.slice(1, -1);
      attributes.derives.push(...inner.split(',').map((d) => d.trim()).filter((d) => d !== ''));
    } else attributes.other.push(attr.text);
  }
  return { attributes, dropped };
}

/** Items of a list (file, impl, trait body), with attributes attached and `#[cfg(test)]` items dropped. */
function itemsOf<T>(list: SyntaxNode, lower: (node: SyntaxNode, attributes: Attributes) => T | null): T[] {
  const out: T[] = [];
  let pending: PendingAttributes = [];
  for (const child of namedKids(list)) {
    if (child.type === 'attribute_item') {
      pending.push(child);
      continue;
    }
    if (child.type === 'inner_attribute_item' || child.type === 'shebang') continue;
    const { attributes, dropped } = takeAttributes(pending);
    pending = [];
    if (dropped) continue;
    const item = lower(child, attributes);
    if (item !== null) out.push(item);
  }
  return out;
}

/** The items of a whole file. Statements at the top level are syntax errors, as in rustc. */
export function lowerFileItems(ctx: Ctx, root: SyntaxNode): Item[] {
  return itemsOf(root, (node, attributes) => {
    if (node.type === 'let_declaration') syntaxError(ctx, node.startIndex, 'expected item, found keyword `let`');
    if (node.type === 'expression_statement' || node.type === 'empty_statement') {
      const first = node.child(0)!;
      let tok = first;
      while (tok.firstChild) tok = tok.firstChild;
      syntaxError(ctx, node.startIndex, `expected item, found \`${tok.text}\``);
    }
    return lowerItemNode(ctx, node, attributes);
  });
}

/** Lowers one item; null when there is nothing to keep. */
export function lowerItemNode(ctx: Ctx, node: SyntaxNode, attributes: Attributes): Item | null {
  const unsupportedName = UNSUPPORTED_ITEMS[node.type];
  if (unsupportedName) unsupported(ctx, node, unsupportedName);
  const s = span(ctx, node);
  switch (node.type) {
    case 'function_item':
      return lowerFn(ctx, node, attributes, true);
    case 'function_signature_item':
      return syntaxError(ctx, node.startIndex, 'free function without a body');
    case 'struct_item':
      return {
        kind: 'struct',
        name: ident(ctx, need(ctx, node, 'name')),
        generics: lowerGenerics(ctx, node),
        fields: lowerFields(ctx, field(node, 'body')),
        isPub: isPub(node),
        attributes,
        span: s,
      };
    case 'enum_item':
      return lowerEnum(ctx, node, attributes);
    case 'impl_item':
      return lowerImpl(ctx, node);
    case 'trait_item':
      return lowerTrait(ctx, node);
    case 'use_declaration':
      return { kind: 'use', tree: lowerUseTree(ctx, need(ctx, node, 'argument')), isPub: isPub(node), span: s };
    case 'const_item':
      return lowerConst(ctx, node, false);
    case 'static_item': {
      const value = field(node, 'value') ?? syntaxError(ctx, node.endIndex - 1, 'free static item without body');
      return {
        kind: 'static',
        name: ident(ctx, need(ctx, node, 'name')),
        mutable: namedKids(node).some((c) => c.type === 'mutable_specifier'),
        type: lowerType(ctx, need(ctx, node, 'type')),
        value: lowerExpr(ctx, value),
        span: s,
      };
    }
    case 'type_item':
      return lowerTypeAlias(ctx, node);
    case 'macro_invocation':
      return unsupported(ctx, node, `the macro \`${need(ctx, node, 'macro').text}!\` as an item`);
    default:
      return unsupported(ctx, node, `the item \`${node.text.split('\n')[0]}\``);
  }
}

function lowerFn(ctx: Ctx, node: SyntaxNode, attributes: Attributes, needsBody: boolean): FnDecl {
  const modifiers = namedKids(node).find((c) => c.type === 'function_modifiers');
  if (modifiers) {
    if (hasToken(modifiers, 'unsafe')) unsupported(ctx, node, '`unsafe` functions');
    if (hasToken(modifiers, 'async')) unsupported(ctx, node, '`async` functions');
    if (namedKids(modifiers).some((c) => c.type === 'extern_modifier')) unsupported(ctx, node, '`extern` functions');
  }
  let selfParam: SelfParam | null = null;
  const params: Param[] = [];
  for (const p of kids(need(ctx, node, 'parameters'))) {
    if (p.type === 'self_parameter') {
      const ref = hasToken(p, '&');
      const mut = namedKids(p).some((c) => c.type === 'mutable_specifier');
      selfParam = { kind: ref ? (mut ? 'refMut' : 'ref') : 'value', mutable: !ref && mut, span: span(ctx, p) };
    } else if (p.type === 'parameter') {
      if (need(ctx, p, 'pattern').type === 'self') unsupported(ctx, p, `a typed \`self\` parameter (\`${p.text}\`)`);
      params.push({ pattern: paramPattern(ctx, p), type: lowerType(ctx, need(ctx, p, 'type')), span: span(ctx, p) });
    } else if (p.type === 'variadic_parameter') {
      unsupported(ctx, p, 'variadic parameters');
    } else if (p.isNamed && p.type !== 'attribute_item') {
      // A type without a name: only allowed in 2015-edition trait methods.
      syntaxError(ctx, p.endIndex, `expected one of \`:\`, \`@\`, or \`|\`, found \`${p.nextSibling?.text ?? ')'}\``);
    }
  }
  const ret = field(node, 'return_type');
  const body = field(node, 'body');
  if (!body && needsBody) syntaxError(ctx, node.endIndex - 1, 'free function without a body');
  return {
    kind: 'fn',
    name: ident(ctx, need(ctx, node, 'name')),
    generics: lowerGenerics(ctx, node),
    selfParam,
    params,
    returnType: ret ? lowerType(ctx, ret) : null,
    body: body ? lowerBlock(ctx, body) : null,
    isPub: isPub(node),
    attributes,
    span: span(ctx, node),
  };
}

function lowerFields(ctx: Ctx, body: SyntaxNode | null): StructFields {
  if (!body) return { kind: 'unit' };
  if (body.type === 'field_declaration_list') {
    const fields = namedKids(body)
      .filter((f) => f.type === 'field_declaration')
      .map((f) => ({ name: ident(ctx, need(ctx, f, 'name')), type: lowerType(ctx, need(ctx, f, 'type')), isPub: isPub(f), span: span(ctx, f) }));
    return { kind: 'named', fields };
  }
  // Tuple fields: `(pub i32, String)`; a field's span starts at its visibility when it has one.
  const fields: { type: ReturnType<typeof lowerType>; isPub: boolean; span: ReturnType<typeof span> }[] = [];
  let vis: SyntaxNode | null = null;
  const children = body.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'visibility_modifier') vis = c;
    else if (body.fieldNameForChild(i) === 'type') {
      fields.push({ type: lowerType(ctx, c), isPub: vis !== null, span: spanOf(ctx, (vis ?? c).startIndex, c.endIndex) });
      vis = null;
    }
  }
  return { kind: 'tuple', fields };
}

function lowerEnum(ctx: Ctx, node: SyntaxNode, attributes: Attributes): EnumDecl {
  const variants = namedKids(need(ctx, node, 'body'))
    .filter((v) => v.type === 'enum_variant')
    .map((v) => {
      const value = field(v, 'value');
      return { name: ident(ctx, need(ctx, v, 'name')), fields: lowerFields(ctx, field(v, 'body')), discriminant: value ? lowerExpr(ctx, value) : null, span: span(ctx, v) };
    });
  return { kind: 'enum', name: ident(ctx, need(ctx, node, 'name')), generics: lowerGenerics(ctx, node), variants, isPub: isPub(node), attributes, span: span(ctx, node) };
}

function lowerConst(ctx: Ctx, node: SyntaxNode, inTrait: boolean): ConstDecl {
  const type = field(node, 'type');
  const value = field(node, 'value');
  if (!value && !inTrait) syntaxError(ctx, node.endIndex - 1, 'free constant item without body');
  return { kind: 'const', name: ident(ctx, need(ctx, node, 'name')), type: type ? lowerType(ctx, type) : null, value: value ? lowerExpr(ctx, value) : null, span: span(ctx, node) };
}

function lowerTypeAlias(ctx: Ctx, node: SyntaxNode): TypeAliasDecl {
  return { kind: 'typeAlias', name: ident(ctx, need(ctx, node, 'name')), generics: lowerGenerics(ctx, node), type: lowerType(ctx, need(ctx, node, 'type')), span: span(ctx, node) };
}

function lowerImpl(ctx: Ctx, node: SyntaxNode): ImplBlock {
  if (hasToken(node, 'unsafe')) unsupported(ctx, node, '`unsafe impl`');
  if (hasToken(node, '!')) unsupported(ctx, node, 'negative impls (`impl !Trait for …`)');
  const trait = field(node, 'trait');
  const body = field(node, 'body');
  const items = body
    ? itemsOf(body, (item, attributes): ImplBlock['items'][number] => {
        if (item.type === 'function_item') return lowerFn(ctx, item, attributes, true);
        if (item.type === 'const_item') return lowerConst(ctx, item, false);
        if (item.type === 'type_item') return lowerTypeAlias(ctx, item);
        if (item.type === 'function_signature_item') return syntaxError(ctx, item.endIndex - 1, 'associated function in `impl` without body');
        if (item.type === 'macro_invocation') return unsupported(ctx, item, `the macro \`${need(ctx, item, 'macro').text}!\` in an impl`);
        return unsupported(ctx, item, `\`${item.text.split('\n')[0]}\` in an impl`);
      })
    : [];
  return { kind: 'impl', generics: lowerGenerics(ctx, node), trait: trait ? lowerPath(ctx, trait) : null, selfType: lowerType(ctx, need(ctx, node, 'type')), items, span: span(ctx, node) };
}

function lowerTrait(ctx: Ctx, node: SyntaxNode): TraitDecl {
  if (hasToken(node, 'unsafe')) unsupported(ctx, node, '`unsafe trait`');
  const items = itemsOf(need(ctx, node, 'body'), (item, attributes): TraitDecl['items'][number] => {
    switch (item.type) {
      case 'function_item':
      case 'function_signature_item':
        return lowerFn(ctx, item, attributes, false);
      case 'const_item':
        return lowerConst(ctx, item, true);
      case 'associated_type': {
        const decl: AssociatedTypeDecl = { kind: 'associatedType', name: ident(ctx, need(ctx, item, 'name')), bounds: lowerTraitBounds(ctx, field(item, 'bounds')), span: span(ctx, item) };
        if (field(item, 'type_parameters')) unsupported(ctx, item, 'generic associated types');
        return decl;
      }
      case 'type_item':
        return unsupported(ctx, item, 'associated type defaults');
      default:
        return unsupported(ctx, item, `\`${item.text.split('\n')[0]}\` in a trait`);
    }
  });
  return {
    kind: 'trait',
    name: ident(ctx, need(ctx, node, 'name')),
    generics: lowerGenerics(ctx, node),
    supertraits: lowerTraitBounds(ctx, field(node, 'bounds')),
    items,
    isPub: isPub(node),
    span: span(ctx, node),
  };
}

function pathIdents(ctx: Ctx, node: SyntaxNode | null): Ident[] {
  return node ? lowerPath(ctx, node).segments.map((seg) => ({ name: seg.name, span: seg.span })) : [];
}

function lowerUseTree(ctx: Ctx, node: SyntaxNode): UseTree {
  const s = span(ctx, node);
  switch (node.type) {
    case 'use_as_clause':
      return { kind: 'simple', path: pathIdents(ctx, need(ctx, node, 'path')), alias: ident(ctx, need(ctx, node, 'alias')), span: s };
    case 'use_wildcard':
      return { kind: 'glob', path: pathIdents(ctx, namedKids(node)[0] ?? null), span: s };
    case 'use_list':
      return { kind: 'list', path: [], children: namedKids(node).map((c) => lowerUseTree(ctx, c)), span: s };
    case 'scoped_use_list':
      return { kind: 'list', path: pathIdents(ctx, field(node, 'path')), children: namedKids(need(ctx, node, 'list')).map((c) => lowerUseTree(ctx, c)), span: s };
    default:
      return { kind: 'simple', path: pathIdents(ctx, node), alias: null, span: s };
  }
}
