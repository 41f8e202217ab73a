import type {
  ConstDecl,
  EnumDecl,
  FnDecl,
  Generics,
  Ident,
  ImplBlock,
  Item,
  Program,
  Span,
  StaticDecl,
  StructDecl,
  StructFields,
  TraitDecl,
  UseTree,
} from '../syntax/ast';
import { isStdRoot, lookupStdPath } from '../std/paths';
import { diagnostic, Unsupported, type CheckDiagnostic } from './diagnostics';

/** A name brought into scope by `use`. */
export type Import =
  | { kind: 'std'; segments: string[] }
  /** `use crate::Foo` / `use self::Foo` / `use Shape::*` style imports of the program's own items. */
  | { kind: 'local'; name: string }
  /** A variant of a user enum imported with `use Enum::Variant` / `use Enum::*`. */
  | { kind: 'variant'; enumName: string; variant: string }
  /** A name from an import that failed (already reported): uses of it report nothing more. */
  | { kind: 'failed' };

/** Everything declared at item level (including items nested in function bodies). */
export interface ProgramInfo {
  fns: Map<string, FnDecl>;
  structs: Map<string, StructDecl>;
  enums: Map<string, EnumDecl>;
  traits: Map<string, TraitDecl>;
  consts: Map<string, ConstDecl | StaticDecl>;
  /** Inherent associated functions and methods, by type name. */
  inherent: Map<string, Map<string, FnDecl>>;
  inherentConsts: Map<string, Map<string, ConstDecl>>;
  /** Trait implementations, by type name then trait name. */
  traitImpls: Map<string, Map<string, ImplBlock>>;
  imports: Map<string, Import>;
  /** std modules imported with a glob (`use std::collections::*`). */
  stdGlobs: string[][];
}

/** Collects the program's items; resolution errors in `use` are reported to `diagnostics`. */
export function collectProgram(program: Program, diagnostics: CheckDiagnostic[]): ProgramInfo {
  const info: ProgramInfo = {
    fns: new Map(),
    structs: new Map(),
    enums: new Map(),
    traits: new Map(),
    consts: new Map(),
    inherent: new Map(),
    inherentConsts: new Map(),
    traitImpls: new Map(),
    imports: new Map(),
    stdGlobs: [],
  };
  const uses: { tree: UseTree; span: Span }[] = [];
  const impls: ImplBlock[] = [];

  const declare = (name: string, span: Span, map: Map<string, unknown>) => {
    if (map.has(name) || info.fns.has(name) && map !== info.fns) {
      throw new Unsupported(`two items named \`${name}\``, span);
    }
  };

  const visit = (item: Item) => {
    switch (item.kind) {
      case 'fn':
        declare(item.name.name, item.name.span, info.fns);
        rejectGenerics(typeParams(item.generics), 'generic functions', item.span);
        info.fns.set(item.name.name, item);
        if (item.body) for (const stmt of item.body.stmts) if (stmt.kind === 'item') visit(stmt.item);
        break;
      case 'struct':
        declare(item.name.name, item.name.span, info.structs);
        rejectGenerics(typeParams(item.generics), 'generic structs', item.span);
        info.structs.set(item.name.name, item);
        break;
      case 'enum':
        declare(item.name.name, item.name.span, info.enums);
        rejectGenerics(typeParams(item.generics), 'generic enums', item.span);
        info.enums.set(item.name.name, item);
        break;
      case 'trait':
        rejectGenerics(item.generics.params.length, 'generic traits', item.span);
        info.traits.set(item.name.name, item);
        break;
      case 'const':
      case 'static':
        info.consts.set(item.name.name, item);
        break;
      case 'impl':
        impls.push(item);
        break;
      case 'use':
        uses.push({ tree: item.tree, span: item.span });
        break;
      case 'typeAlias':
        throw new Unsupported('type aliases', item.span);
    }
  };
  program.items.forEach(visit);

  for (const impl of impls) registerImpl(info, impl);
  for (const { tree } of uses) resolveUse(info, tree, [], diagnostics);
  return info;
}

/** Generic parameters other than lifetimes (lifetimes do not change what a program computes). */
function typeParams(generics: Generics): number {
  return generics.params.filter((p) => p.kind !== 'lifetime').length;
}

function rejectGenerics(count: number, what: string, span: Span): void {
  if (count > 0) throw new Unsupported(what, span);
}

function registerImpl(info: ProgramInfo, impl: ImplBlock): void {
  rejectGenerics(typeParams(impl.generics), 'generic impl blocks', impl.span);
  const selfSegment = impl.selfType.kind === 'path' && impl.selfType.path.segments.length === 1 ? impl.selfType.path.segments[0]! : null;
  if (!selfSegment || (selfSegment.generics ?? []).some((arg) => arg.kind !== 'lifetime')) {
    throw new Unsupported('impl blocks for types other than the program’s own structs and enums', impl.span);
  }
  const typeName = selfSegment.name;
  if (!info.structs.has(typeName) && !info.enums.has(typeName)) {
    throw new Unsupported(`impl blocks for \`${typeName}\``, impl.span);
  }
  if (impl.trait) {
    const traitName = impl.trait.segments.map((s) => s.name).join('::');
    const byTrait = info.traitImpls.get(typeName) ?? new Map<string, ImplBlock>();
    byTrait.set(traitName, impl);
    info.traitImpls.set(typeName, byTrait);
    return;
  }
  const methods = info.inherent.get(typeName) ?? new Map<string, FnDecl>();
  const consts = info.inherentConsts.get(typeName) ?? new Map<string, ConstDecl>();
  for (const item of impl.items) {
    if (item.kind === 'fn') {
      rejectGenerics(typeParams(item.generics), 'generic methods', item.span);
      if (methods.has(item.name.name)) throw new Unsupported(`two methods named \`${item.name.name}\``, item.span);
      methods.set(item.name.name, item);
    } else if (item.kind === 'const') {
      consts.set(item.name.name, item);
    } else {
      throw new Unsupported('associated types in inherent impls', item.span);
    }
  }
  info.inherent.set(typeName, methods);
  info.inherentConsts.set(typeName, consts);
}

function resolveUse(info: ProgramInfo, tree: UseTree, prefix: Ident[], diagnostics: CheckDiagnostic[]): void {
  const idents = [...prefix, ...tree.path];
  const path = idents.map((s) => s.name);
  if (tree.kind === 'list') {
    for (const child of tree.children) resolveUse(info, child, idents, diagnostics);
    return;
  }
  const first = path[0];
  if (first === undefined) throw new Unsupported('an empty `use` path', tree.span);
  const local = first === 'crate' || first === 'self' || first === 'super' ? path.slice(1) : null;

  if (local) {
    importLocal(info, tree, local);
    return;
  }
  if (info.enums.has(first) && path.length <= 2) {
    importLocal(info, tree, path);
    return;
  }
  if (!isStdRoot(first)) {
    // One error per unresolved crate, as rustc reports it; the names it would import stay quiet.
    if (!diagnostics.some((d) => d.code === 'E0432' && d.message === `unresolved import \`${first}\``)) {
      diagnostics.push(diagnostic('resolve', 'E0432', `unresolved import \`${first}\``, idents[0]?.span ?? tree.span));
    }
    if (tree.kind === 'simple') info.imports.set(tree.alias?.name ?? path[path.length - 1]!, { kind: 'failed' });
    return;
  }
  const lookup = lookupStdPath(trimSelf(path));
  if (lookup.kind === 'missing') {
    const shown = tree.kind === 'simple' ? path.join('::') : path.join('::');
    diagnostics.push(diagnostic('resolve', 'E0432', `unresolved import \`${shown}\``, tree.span));
    if (tree.kind === 'simple') info.imports.set(tree.alias?.name ?? path[path.length - 1]!, { kind: 'failed' });
    return;
  }
  if (tree.kind === 'glob') {
    if (lookup.kind !== 'module') throw new Unsupported(`glob imports from \`${path.join('::')}\``, tree.span);
    info.stdGlobs.push(trimSelf(path));
    return;
  }
  const segments = trimSelf(path);
  const name = tree.alias?.name ?? segments[segments.length - 1]!;
  info.imports.set(name, { kind: 'std', segments });
}

/** `use std::io::{self}` names the module itself. */
function trimSelf(path: string[]): string[] {
  return path[path.length - 1] === 'self' ? path.slice(0, -1) : path;
}

function importLocal(info: ProgramInfo, tree: UseTree, path: string[]): void {
  const [head, second] = path;
  if (head === undefined) throw new Unsupported('`use crate::*`', tree.span);
  if (info.enums.has(head) && (second !== undefined || tree.kind === 'glob')) {
    const decl = info.enums.get(head)!;
    const variants = tree.kind === 'glob' ? decl.variants.map((v) => v.name.name) : [second!];
    for (const variant of variants) {
      const name = tree.kind === 'simple' && tree.alias ? tree.alias.name : variant;
      info.imports.set(name, { kind: 'variant', enumName: head, variant });
    }
    return;
  }
  if (path.length === 1 && tree.kind === 'simple') {
    info.imports.set(tree.alias?.name ?? head, { kind: 'local', name: head });
    return;
  }
  throw new Unsupported(`the import \`${path.join('::')}\``, tree.span);
}

/** Field names and declared types of a struct or variant, in order. */
export function fieldList(fields: StructFields): { name: string | null; type: import('../syntax/ast').TypeExpr }[] {
  switch (fields.kind) {
    case 'named':
      return fields.fields.map((f) => ({ name: f.name.name, type: f.type }));
    case 'tuple':
      return fields.fields.map((f) => ({ name: null, type: f.type }));
    case 'unit':
      return [];
  }
}
