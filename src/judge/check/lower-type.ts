import type { Path, TypeExpr } from '../syntax/ast';
import { isStdRoot, lookupStdPath } from '../std/paths';
import { diagnostic, Unsupported, type CheckDiagnostic } from './diagnostics';
import type { InferenceTable } from './infer';
import type { ProgramInfo } from './program';
import { adt, errorTy, isFloatType, isIntType, never, type Ty } from './types';

/** std types the judge models, with how many generic arguments each takes. */
export const STD_TYPES: Record<string, number> = {
  String: 0,
  Vec: 1,
  Option: 1,
  Result: 2,
  Box: 1,
  HashMap: 2,
  HashSet: 1,
  BTreeMap: 2,
  BTreeSet: 1,
  VecDeque: 1,
  Ordering: 0,
  Formatter: 0,
};

/** Where a std type lives, for `use` paths: `std::collections::HashMap` → HashMap. */
const STD_TYPE_PATHS: Record<string, string> = {
  'std::string::String': 'String',
  'std::vec::Vec': 'Vec',
  'std::option::Option': 'Option',
  'std::result::Result': 'Result',
  'std::boxed::Box': 'Box',
  'std::collections::HashMap': 'HashMap',
  'std::collections::HashSet': 'HashSet',
  'std::collections::BTreeMap': 'BTreeMap',
  'std::collections::BTreeSet': 'BTreeSet',
  'std::collections::VecDeque': 'VecDeque',
  'std::collections::hash_map::HashMap': 'HashMap',
  'std::collections::hash_set::HashSet': 'HashSet',
  'std::cmp::Ordering': 'Ordering',
  'std::fmt::Formatter': 'Formatter',
};

const PRELUDE_TYPES = new Set(['String', 'Vec', 'Option', 'Result', 'Box']);

export interface TypeScope {
  info: ProgramInfo;
  table: InferenceTable;
  diagnostics: CheckDiagnostic[];
  /** The type `Self` stands for inside an impl, if any. */
  selfTy: Ty | null;
  /** Whether `_` may appear (let annotations, casts, turbofish) — not in signatures. */
  allowInfer: boolean;
}

/** The std type a name denotes in this program (through prelude or `use`), if any. */
export function stdTypeNamed(name: string, info: ProgramInfo): string | null {
  const imported = info.imports.get(name);
  if (imported?.kind === 'std') return STD_TYPE_PATHS[stdPathKey(imported.segments)] ?? null;
  if (PRELUDE_TYPES.has(name)) return name;
  for (const glob of info.stdGlobs) {
    const full = STD_TYPE_PATHS[stdPathKey([...glob, name])];
    if (full) return full;
  }
  return null;
}

/** `core::x` and `alloc::x` as `std::x`. */
export function stdPathKey(segments: string[]): string {
  return ['std', ...segments.slice(1)].join('::');
}

/** Lowers a written type to a checker type, reporting E0425 (rustc 1.95's code for unknown types) for unknown names. */
export function lowerType(type: TypeExpr, scope: TypeScope): Ty {
  switch (type.kind) {
    case 'ref':
      return { k: 'ref', mut: type.mutable, inner: lowerType(type.inner, scope) };
    case 'tuple':
      return { k: 'tuple', elems: type.elems.map((e) => lowerType(e, scope)) };
    case 'slice':
      return { k: 'slice', elem: lowerType(type.elem, scope) };
    case 'array': {
      const len = type.length.kind === 'lit' && type.length.value.kind === 'int' ? Number(type.length.value.value) : null;
      if (len === null) throw new Unsupported('array lengths that are not integer literals', type.length.span);
      return { k: 'array', elem: lowerType(type.elem, scope), len };
    }
    case 'never':
      return never;
    case 'infer':
      if (!scope.allowInfer) throw new Unsupported('`_` in a signature', type.span);
      return scope.table.fresh();
    case 'path':
      return lowerPathType(type.path, scope);
    case 'fnPointer':
      return {
        k: 'fn',
        params: type.params.map((p) => lowerType(p, scope)),
        ret: type.ret ? lowerType(type.ret, scope) : { k: 'tuple', elems: [] },
        origin: 'pointer',
      };
    case 'ptr':
      throw new Unsupported('raw pointers', type.span);
    case 'implTrait':
      throw new Unsupported('`impl Trait` types', type.span);
    case 'dynTrait':
      throw new Unsupported('trait objects (`dyn Trait`)', type.span);
  }
}

function lowerPathType(path: Path, scope: TypeScope): Ty {
  const segments = path.segments;
  const last = segments[segments.length - 1]!;
  const args = () =>
    (last.generics ?? [])
      .filter((arg) => arg.kind !== 'lifetime')
      .map((arg) => {
        if (arg.kind !== 'type') throw new Unsupported('this kind of generic argument', last.span);
        return lowerType(arg.type, scope);
      });
  if (segments.length === 1) {
    const name = last.name;
    if (isIntType(name)) return { k: 'int', ty: name };
    if (isFloatType(name)) return { k: 'float', ty: name };
    if (name === 'bool' || name === 'char' || name === 'str') return { k: name };
    if (name === 'Self') {
      if (!scope.selfTy) throw new Unsupported('`Self` outside an impl', last.span);
      return scope.selfTy;
    }
    if (scope.info.structs.has(name) || scope.info.enums.has(name)) {
      if ((last.generics ?? []).some((arg) => arg.kind !== 'lifetime')) throw new Unsupported('generic arguments on the program’s own types', last.span);
      return adt(name);
    }
    const std = stdTypeNamed(name, scope.info);
    if (std) return stdType(std, args(), path, scope);
    const imported = scope.info.imports.get(name);
    if (imported?.kind === 'failed') return errorTy;
    if (imported?.kind === 'std') throw new Unsupported(`the type \`${imported.segments.join('::')}\``, path.span);
    if (scope.info.stdGlobs.length > 0) throw new Unsupported(`the type \`${name}\` (with glob imports)`, path.span);
    scope.diagnostics.push(diagnostic('resolve', 'E0425', `cannot find type \`${name}\` in this scope`, last.span));
    return errorTy;
  }
  const names = segments.map((s) => s.name);
  const first = names[0]!;
  if (isStdRoot(first)) {
    const lookup = lookupStdPath(names);
    if (lookup.kind === 'missing') {
      scope.diagnostics.push(
        diagnostic('resolve', 'E0425', `cannot find type \`${lookup.missingSegment}\` in module \`${names.slice(0, -1).join('::')}\``, last.span),
      );
      return errorTy;
    }
    const std = STD_TYPE_PATHS[stdPathKey(names)];
    if (std) return stdType(std, args(), path, scope);
    if (stdPathKey(names) === 'std::fmt::Result') return adt('Result', [{ k: 'tuple', elems: [] }, adt('fmt::Error')]);
    if (stdPathKey(names) === 'std::fmt::Formatter') return adt('Formatter');
    throw new Unsupported(`the type \`${names.join('::')}\``, path.span);
  }
  if (names.length === 2 && first === 'fmt' && scope.info.imports.get('fmt')?.kind === 'std') {
    if (names[1] === 'Result') return adt('Result', [{ k: 'tuple', elems: [] }, adt('fmt::Error')]);
    if (names[1] === 'Formatter') return adt('Formatter');
  }
  throw new Unsupported(`the type path \`${names.join('::')}\``, path.span);
}

function stdType(name: string, args: Ty[], path: Path, scope: TypeScope): Ty {
  const arity = STD_TYPES[name];
  if (arity === undefined) throw new Unsupported(`the type \`${name}\``, path.span);
  if (args.length === 0 && arity > 0) {
    if (!scope.allowInfer) {
      scope.diagnostics.push(
        diagnostic('typeck', 'E0107', `missing generics for ${name === 'Vec' || name === 'String' ? 'struct' : 'type'} \`${name}\``, path.span),
      );
      return errorTy;
    }
    return adt(name, Array.from({ length: arity }, () => scope.table.fresh()));
  }
  if (args.length !== arity) {
    scope.diagnostics.push(
      diagnostic('typeck', 'E0107', `${name} takes ${arity} generic argument${arity === 1 ? '' : 's'} but ${args.length} were supplied`, path.span),
    );
    return errorTy;
  }
  return adt(name, args);
}
