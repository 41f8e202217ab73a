import type { Expr, Path } from '../syntax/ast';
import { familyParams, isFamily } from '../std/families';
import { stdFunction, stdMethodsOf } from '../std/index';
import { isStdRoot, lookupStdPath, stdModuleItems } from '../std/paths';
import type { Family, StdFunction } from '../std/registry';
import type { FnChecker } from './fn-checker';
import { stdPathKey, stdTypeNamed } from './lower-type';
import { ctorAdtType } from './patterns';
import type { ValueRes } from './typed';
import { isFloatType, isIntType, type Ty } from './types';

type PathContext = 'value' | 'call' | 'pattern';

/** The type of a path expression (`x`, `foo`, `None`, `Point::new`, `i32::MAX`). */
export function checkPathExpr(fc: FnChecker, expr: Extract<Expr, { kind: 'path' }>, _expected: Ty | null): Ty {
  const res = resolveValuePath(fc, expr.path, 'value');
  if (!res) return fc.error;
  fc.env.out.values.set(expr.id, res);
  return fc.env.typeOfValue(fc, res, expr.path);
}

/** Marks a path as the callee of a call (for "cannot find function" wording). */
export function resolveCallee(fc: FnChecker, expr: Extract<Expr, { kind: 'path' }>): ValueRes | null {
  const res = resolveValuePath(fc, expr.path, 'call');
  if (res) fc.env.out.values.set(expr.id, res);
  return res;
}

/** Resolves a value path, reporting E0425 / E0433 / E0599 when it names nothing. */
export function resolveValuePath(fc: FnChecker, path: Path, context: PathContext): ValueRes | null {
  const names = path.segments.map((s) => s.name);
  const info = fc.env.info;
  if (names.length === 1) {
    const name = names[0]!;
    if (context !== 'pattern') {
      const binding = fc.lookup(name);
      if (binding) return { k: 'local', binding };
    }
    const res = resolveItemName(fc, name, path);
    if (res !== undefined) return res;
    const what = context === 'call' ? 'function' : 'value';
    if (info.structs.has(name)) {
      fc.env.report('resolve', 'E0423', `expected ${what}, found struct \`${name}\``, path.span);
      return null;
    }
    fc.env.report('resolve', 'E0425', `cannot find ${what} \`${name}\` in this scope`, path.span);
    return null;
  }

  const [first, ...rest] = names as [string, ...string[]];
  // `Self::x` inside an impl.
  const head = first === 'Self' ? fc.env.selfTypeName(fc) : first;
  if (head === null) return fc.unsupported('`Self` here', path.span);

  if (head === 'Default' && rest.length === 1 && rest[0] === 'default' && !info.structs.has('Default')) {
    return { k: 'std', fn: stdFunction('Default::default')!, selfTy: null };
  }
  if (info.enums.has(head) || info.structs.has(head)) return resolveUserAssoc(fc, head, rest, path);
  const imported = info.imports.get(head);
  if (imported?.kind === 'local' && (info.enums.has(imported.name) || info.structs.has(imported.name))) {
    return resolveUserAssoc(fc, imported.name, rest, path);
  }
  if (isIntType(head) || isFloatType(head) || head === 'char' || head === 'bool' || head === 'str') {
    return resolveStdAssoc(fc, head, rest, path);
  }
  const stdType = stdTypeNamed(head, info);
  if (stdType) return resolveStdAssoc(fc, stdType, rest, path);
  if (isStdRoot(head)) return resolveStdModulePath(fc, names, path);
  if (imported?.kind === 'std') return resolveStdModulePath(fc, [...imported.segments, ...rest], path);
  if (imported?.kind === 'failed') return null;

  const message = /^[A-Z]/.test(head)
    ? `failed to resolve: use of undeclared type \`${head}\``
    : `failed to resolve: use of unresolved module or unlinked crate \`${head}\``;
  fc.env.report('resolve', 'E0433', message, path.segments[0]!.span);
  return null;
}

/** A single name at item level: functions, constants, structs, imports, the prelude. */
function resolveItemName(fc: FnChecker, name: string, path: Path): ValueRes | null | undefined {
  const info = fc.env.info;
  const fn = info.fns.get(name);
  if (fn) return { k: 'fn', decl: fn, owner: null };
  const constant = info.consts.get(name);
  if (constant) return { k: 'const', decl: constant, owner: null };
  const struct = info.structs.get(name);
  if (struct && struct.fields.kind !== 'named') {
    return { k: 'ctor', adt: name, variant: null, arity: struct.fields.kind === 'tuple' ? struct.fields.fields.length : 0, unit: struct.fields.kind === 'unit' };
  }
  const imported = info.imports.get(name);
  if (imported?.kind === 'failed') return null;
  if (imported?.kind === 'variant') return variantCtor(fc, imported.enumName, imported.variant, path);
  if (imported?.kind === 'local') return resolveItemName(fc, imported.name, path);
  if (imported?.kind === 'std') return resolveStdModulePath(fc, imported.segments, path);
  switch (name) {
    case 'Some':
      return { k: 'ctor', adt: 'Option', variant: 'Some', arity: 1, unit: false };
    case 'None':
      return { k: 'ctor', adt: 'Option', variant: 'None', arity: 0, unit: true };
    case 'Ok':
      return { k: 'ctor', adt: 'Result', variant: 'Ok', arity: 1, unit: false };
    case 'Err':
      return { k: 'ctor', adt: 'Result', variant: 'Err', arity: 1, unit: false };
    case 'drop':
      return stdFunctionRes(fc, 'mem::drop', path);
  }
  for (const glob of info.stdGlobs) {
    const items = stdModuleItems(stdPathKey(glob));
    if (items && Object.entries(items).some(([kind, names]) => kind !== 'mod' && names.includes(name))) {
      return resolveStdModulePath(fc, [...glob, name], path);
    }
  }
  return undefined;
}

function variantCtor(fc: FnChecker, enumName: string, variantName: string, path: Path): ValueRes | null {
  const decl = fc.env.info.enums.get(enumName)!;
  const variant = decl.variants.find((v) => v.name.name === variantName);
  if (!variant) {
    fc.env.report('typeck', 'E0599', `no variant or associated item named \`${variantName}\` found for enum \`${enumName}\` in the current scope`, path.span);
    return null;
  }
  if (variant.fields.kind === 'named') {
    fc.env.report('resolve', 'E0533', `expected value, found struct variant \`${enumName}::${variantName}\``, path.span);
    return null;
  }
  const arity = variant.fields.kind === 'tuple' ? variant.fields.fields.length : 0;
  return { k: 'ctor', adt: enumName, variant: variantName, arity, unit: variant.fields.kind === 'unit' };
}

function resolveUserAssoc(fc: FnChecker, typeName: string, rest: string[], path: Path): ValueRes | null {
  if (rest.length !== 1) return fc.unsupported('this path', path.span);
  const name = rest[0]!;
  const info = fc.env.info;
  if (info.enums.has(typeName) && info.enums.get(typeName)!.variants.some((v) => v.name.name === name)) {
    return variantCtor(fc, typeName, name, path);
  }
  const method = info.inherent.get(typeName)?.get(name);
  if (method) return { k: 'fn', decl: method, owner: typeName };
  const constant = info.inherentConsts.get(typeName)?.get(name);
  if (constant) return { k: 'const', decl: constant, owner: typeName };
  for (const [traitName, impl] of info.traitImpls.get(typeName) ?? []) {
    const fn = impl.items.find((item) => item.kind === 'fn' && item.name.name === name);
    if (fn && fn.kind === 'fn') {
      if (traitName !== 'Default' && traitName !== 'From') return fc.unsupported(`calling trait methods by path (\`${typeName}::${name}\`)`, path.span);
      return { k: 'fn', decl: fn, owner: typeName };
    }
  }
  const decl = info.structs.get(typeName) ?? info.enums.get(typeName);
  if (name === 'default' && decl?.attributes.derives.includes('Default')) {
    return { k: 'std', fn: stdFunction('Default::default')!, selfTy: { k: 'adt', name: typeName, args: [] } };
  }
  const kind = info.enums.has(typeName) ? 'enum' : 'struct';
  fc.env.report(
    'typeck',
    'E0599',
    `no ${kind === 'enum' ? 'variant or associated item' : 'function or associated item'} named \`${name}\` found for ${kind} \`${typeName}\` in the current scope`,
    path.segments[path.segments.length - 1]!.span,
  );
  return null;
}

/** `Vec::new`, `String::from`, `i32::MAX`, `char::from_digit`, `HashMap::<K, V>::new`, `char::is_alphanumeric`. */
function resolveStdAssoc(fc: FnChecker, typeName: string, rest: string[], path: Path): ValueRes | null {
  if (rest.length !== 1) return fc.unsupported(`the path \`${typeName}::${rest.join('::')}\``, path.span);
  const name = rest[0]!;
  if (typeName === 'Ordering') {
    if (['Less', 'Equal', 'Greater'].includes(name)) return { k: 'ctor', adt: 'Ordering', variant: name, arity: 0, unit: true };
  }
  const family = isIntType(typeName) ? 'int' : isFloatType(typeName) ? 'float' : typeName;
  const selfTy = primitiveOrStdType(fc, typeName, path);
  const fn = stdFunction(`${typeName}::${name}`) ?? stdFunction(`${family}::${name}`) ?? (name === 'default' ? stdFunction('Default::default') : undefined);
  if (fn) return { k: 'std', fn, selfTy };
  const method = isFamily(family) ? stdMethodsOf(family)?.get(name) : undefined;
  if (method) return { k: 'std', fn: fc.env.methodAsFunction(method), selfTy };
  return fc.env.missingStdItem(typeName, name, path);
}

/** A full path into std (`std::cmp::max`, `std::f64::consts::PI`, `std::collections::HashMap::new`). */
function resolveStdModulePath(fc: FnChecker, names: string[], path: Path): ValueRes | null {
  const lookup = lookupStdPath(names);
  if (lookup.kind === 'missing') {
    fc.env.report('resolve', 'E0433', `failed to resolve: could not find \`${lookup.missingSegment}\` in \`${names[names.indexOf(lookup.missingSegment) - 1] ?? 'std'}\``, path.span);
    return null;
  }
  if (lookup.kind === 'module') return fc.unsupported(`the module \`${lookup.path}\` used as a value`, path.span);
  const parts = lookup.name.split('::');
  const moduleKey = lookup.path.replace(/^std::/, '').split('::').slice(0, -1).join('::');
  // An item inside a type: `HashMap::new`, `Ordering::Less`.
  if (parts.length === 2) {
    const typeName = stdTypeNamed(parts[0]!, { ...fc.env.info, imports: new Map() }) ?? parts[0]!;
    return resolveStdAssoc(fc, typeName, [parts[1]!], path);
  }
  // Legacy modules named after primitive types: `std::i32::MAX`, `std::f64::EPSILON`.
  if (isIntType(moduleKey) || isFloatType(moduleKey)) return resolveStdAssoc(fc, moduleKey, [lookup.name], path);
  return stdFunctionRes(fc, moduleKey ? `${moduleKey}::${lookup.name}` : lookup.name, path);
}

function stdFunctionRes(fc: FnChecker, key: string, path: Path): ValueRes | null {
  // std::cmp::Reverse is a tuple struct: a constructor, not a function.
  if (key === 'cmp::Reverse') return { k: 'ctor', adt: 'Reverse', variant: null, arity: 1, unit: false };
  const fn: StdFunction | undefined = stdFunction(key);
  if (fn) return { k: 'std', fn, selfTy: null };
  return fc.unsupported(`\`${key}\``, path.span);
}

/** The type a `Type::item` path is relative to, with generic arguments from the path or fresh. */
function primitiveOrStdType(fc: FnChecker, typeName: string, path: Path): Ty {
  if (isIntType(typeName)) return { k: 'int', ty: typeName };
  if (isFloatType(typeName)) return { k: 'float', ty: typeName };
  if (typeName === 'char' || typeName === 'bool' || typeName === 'str') return { k: typeName };
  const segment = path.segments[path.segments.length - 2] ?? path.segments[0]!;
  const params = familyParams(typeName as Family) ?? [];
  const given = (segment.generics ?? []).map((arg) => {
    if (arg.kind !== 'type') return fc.unsupported('this generic argument', segment.span);
    return fc.env.lowerType(arg.type, fc.selfTy, true);
  });
  if (given.length > 0 && given.length !== params.length) return fc.unsupported('partial generic arguments', segment.span);
  return { k: 'adt', name: typeName, args: given.length > 0 ? given : params.map(() => fc.table.fresh()) };
}

export { ctorAdtType };
