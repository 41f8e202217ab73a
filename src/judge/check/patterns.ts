import type { Literal, Path, Pattern, RangeBound, Span } from '../syntax/ast';
import type { FnChecker } from './fn-checker';
import { resolveValuePath } from './paths';
import type { Binding, ValueRes } from './typed';
import { bool, char, float, int, ref, str, type Ty } from './types';

/** How identifiers bind under default binding modes ("match ergonomics"). */
type BindingMode = 'move' | 'ref' | 'refMut';

interface PatternOptions {
  /** `let x;` — the binding gets its value later. */
  deferredInit: boolean;
  /** Refutable positions (match arms, if let, while let, let-else) may use refutable patterns. */
  refutable: boolean;
  /** Inside the second and later alternatives of an or-pattern: the bindings the first one declared, by name. */
  orBindings?: ReadonlyMap<string, Binding>;
}

/** Checks a pattern against the type of the value it matches, declaring its bindings in the current scope. */
export function checkPattern(fc: FnChecker, pattern: Pattern, ty: Ty, mode: BindingMode, options: PatternOptions): void {
  const t = fc.table.shallow(ty);
  // Default binding modes: a non-reference pattern matching a reference looks through it.
  if (t.k === 'ref' && derefsReference(pattern, fc)) {
    const inner: BindingMode = t.mut && mode !== 'ref' ? 'refMut' : 'ref';
    checkPattern(fc, pattern, t.inner, inner, options);
    return;
  }
  switch (pattern.kind) {
    case 'wild':
      return;
    case 'rest':
      return fc.unsupported('`..` here', pattern.span);
    case 'ident': {
      const asValue = identAsValue(fc, pattern);
      if (asValue) {
        checkValuePattern(fc, asValue, ty, pattern.span);
        fc.env.out.patterns.set(pattern, { k: 'value', res: asValue });
        return;
      }
      const bound = pattern.byRef === 'ref' ? ref(ty) : pattern.byRef === 'refMut' ? ref(ty, true) : mode === 'move' ? ty : ref(ty, mode === 'refMut');
      const shared = options.orBindings?.get(pattern.name.name);
      if (shared) {
        // Every alternative of an or-pattern binds the same variables, with the same types.
        fc.coerce(bound, shared.ty, pattern.span);
        if (pattern.sub) checkPattern(fc, pattern.sub, ty, mode, options);
        fc.env.out.patterns.set(pattern, { k: 'binding', binding: shared });
        return;
      }
      const binding = fc.env.newBinding(pattern.name.name, bound, pattern.mutable, pattern.name.span, options.deferredInit);
      if (pattern.sub) checkPattern(fc, pattern.sub, ty, mode, options);
      fc.declare(binding);
      fc.env.out.patterns.set(pattern, { k: 'binding', binding });
      return;
    }
    case 'lit': {
      const litTy = literalType(fc, pattern.value);
      fc.demandEqual(ty, litTy, pattern.span);
      return;
    }
    case 'range': {
      for (const bound of [pattern.start, pattern.end]) if (bound) fc.demandEqual(ty, rangeBoundType(fc, bound), bound.span);
      const resolved = fc.table.shallow(ty);
      if (resolved.k !== 'int' && resolved.k !== 'char' && resolved.k !== 'var' && resolved.k !== 'error') {
        fc.env.report('typeck', 'E0029', 'only `char` and numeric types are allowed in range patterns', pattern.span);
      }
      return;
    }
    case 'tuple': {
      if (t.k !== 'tuple') {
        if (t.k === 'var') {
          const elems = pattern.elems.filter((p) => p.kind !== 'rest').map(() => fc.table.fresh());
          if (pattern.elems.some((p) => p.kind === 'rest')) return fc.unsupported('`..` in a tuple pattern of unknown type', pattern.span);
          fc.table.unify(ty, { k: 'tuple', elems });
          pattern.elems.forEach((p, i) => checkPattern(fc, p, elems[i]!, mode, options));
          return;
        }
        fc.mismatch(ty, { k: 'tuple', elems: pattern.elems.map(() => fc.table.fresh()) }, pattern.span);
        return;
      }
      checkSequence(fc, pattern.elems, t.elems, mode, options, pattern.span, 'tuple');
      return;
    }
    case 'tupleStruct': {
      const res = resolveValuePath(fc, pattern.path, 'pattern');
      if (!res) return;
      const ctor = ctorFields(fc, res, pattern.path);
      if (!ctor) return;
      fc.demandEqual(ty, ctor.adtTy, pattern.span);
      fc.env.out.patterns.set(pattern, { k: 'value', res });
      checkSequence(fc, pattern.elems, ctor.fields, mode, options, pattern.span, 'variant');
      return;
    }
    case 'struct':
      return checkStructPattern(fc, pattern, ty, mode, options);
    case 'path': {
      const res = resolveValuePath(fc, pattern.path, 'pattern');
      if (!res) return;
      checkValuePattern(fc, res, ty, pattern.span);
      fc.env.out.patterns.set(pattern, { k: 'value', res });
      return;
    }
    case 'ref': {
      if (t.k !== 'ref') {
        if (t.k === 'error') return;
        fc.mismatch(ty, ref(fc.table.fresh(), pattern.mutable), pattern.span);
        return;
      }
      checkPattern(fc, pattern.pattern, t.inner, 'move', options);
      return;
    }
    case 'or':
      checkOrPattern(fc, pattern, ty, mode, options);
      return;
    case 'slice': {
      const elem = t.k === 'array' || t.k === 'slice' ? t.elem : null;
      if (!elem) {
        if (t.k !== 'error') fc.env.report('typeck', 'E0529', `expected an array or slice, found \`${fc.env.show(ty)}\``, pattern.span);
        return;
      }
      for (const p of pattern.elems) {
        if (p.kind === 'rest') continue;
        if (p.kind === 'ident' && p.sub?.kind === 'rest') return fc.unsupported('`name @ ..` in slice patterns', p.span);
        checkPattern(fc, p, elem, mode, options);
      }
      return;
    }
  }
}

/** The first alternative declares the bindings; the others bind the same ones (E0408 where they do not). */
function checkOrPattern(fc: FnChecker, pattern: Extract<Pattern, { kind: 'or' }>, ty: Ty, mode: BindingMode, options: PatternOptions): void {
  const scope = fc.scopes[fc.scopes.length - 1]!;
  const before = new Map(scope);
  const [first, ...rest] = pattern.alternatives;
  checkPattern(fc, first!, ty, mode, options);
  const declared = new Map([...scope].filter(([name, binding]) => before.get(name) !== binding));
  const firstNames = new Set<string>();
  collectNames(first!, firstNames);
  const notBound = (name: string, span: Span) => fc.env.report('resolve', 'E0408', `variable \`${name}\` is not bound in all patterns`, span);
  for (const alternative of rest) {
    const names = new Set<string>();
    collectNames(alternative, names);
    // As rustc: first what this alternative binds and the first does not, then the reverse.
    for (const name of names) if (!firstNames.has(name)) notBound(name, first!.span);
    for (const name of firstNames) if (!names.has(name)) notBound(name, alternative.span);
    for (const [name, binding] of declared) scope.set(name, binding);
    checkPattern(fc, alternative, ty, mode, { ...options, orBindings: declared });
  }
  for (const [name, binding] of declared) scope.set(name, binding);
}

/** The names an (unchecked) pattern would bind: identifiers that are not paths to constants or variants. */
function collectNames(pattern: Pattern, out: Set<string>): void {
  switch (pattern.kind) {
    case 'ident':
      if (!/^[A-Z]/.test(pattern.name.name)) out.add(pattern.name.name);
      if (pattern.sub) collectNames(pattern.sub, out);
      return;
    case 'tuple':
    case 'slice':
    case 'tupleStruct':
      for (const p of pattern.elems) collectNames(p, out);
      return;
    case 'struct':
      for (const field of pattern.fields) collectNames(field.pattern, out);
      return;
    case 'ref':
      collectNames(pattern.pattern, out);
      return;
    case 'or':
      for (const p of pattern.alternatives) collectNames(p, out);
      return;
    default:
      return;
  }
}

/** Whether a pattern looks through a reference under default binding modes. */
function derefsReference(pattern: Pattern, fc: FnChecker): boolean {
  switch (pattern.kind) {
    case 'wild':
    case 'ref':
    case 'rest':
      return false;
    case 'ident':
      return identAsValue(fc, pattern) !== null;
    case 'lit':
      // String literal patterns match &str directly.
      return pattern.value.kind !== 'str';
    case 'or':
      return pattern.alternatives.some((p) => derefsReference(p, fc));
    default:
      return true;
  }
}

/** An identifier pattern that names a unit variant, unit struct or constant rather than binding. */
function identAsValue(fc: FnChecker, pattern: Extract<Pattern, { kind: 'ident' }>): ValueRes | null {
  if (pattern.mutable || pattern.byRef || pattern.sub) return null;
  const name = pattern.name.name;
  const info = fc.env.info;
  if (name === 'None') return { k: 'ctor', adt: 'Option', variant: 'None', arity: 0, unit: true };
  const imported = info.imports.get(name);
  if (imported?.kind === 'variant') {
    const variant = info.enums.get(imported.enumName)?.variants.find((v) => v.name.name === imported.variant);
    if (variant && variant.fields.kind === 'unit') return { k: 'ctor', adt: imported.enumName, variant: imported.variant, arity: 0, unit: true };
  }
  const struct = info.structs.get(name);
  if (struct && struct.fields.kind === 'unit') return { k: 'ctor', adt: name, variant: null, arity: 0, unit: true };
  const constant = info.consts.get(name);
  if (constant) return { k: 'const', decl: constant, owner: null };
  return null;
}

function checkValuePattern(fc: FnChecker, res: ValueRes, ty: Ty, span: Pattern['span']): void {
  if (res.k === 'ctor') {
    if (!res.unit) {
      fc.env.report('typeck', 'E0532', `expected unit struct, unit variant or constant, found tuple variant \`${res.variant ?? res.adt}\``, span);
      return;
    }
    fc.demandEqual(ty, ctorAdtType(fc, res), span);
    return;
  }
  if (res.k === 'const') {
    const declared = res.decl.type ? fc.env.lowerType(res.decl.type, null, false) : fc.error;
    fc.demandEqual(ty, declared, span);
    return;
  }
  if (res.k === 'std' && res.fn.isConst) {
    fc.demandEqual(ty, fc.env.stdConstType(res.fn, res.selfTy, span), span);
    return;
  }
  fc.unsupported('this path in a pattern', span);
}

/** The type a constructor builds: Option<?T>, Result<?T, ?E>, or the user's enum/struct. */
export function ctorAdtType(fc: FnChecker, res: Extract<ValueRes, { k: 'ctor' }>): Ty {
  if (res.adt === 'Option') return { k: 'adt', name: 'Option', args: [fc.table.fresh()] };
  if (res.adt === 'Result') return { k: 'adt', name: 'Result', args: [fc.table.fresh(), fc.table.fresh()] };
  if (res.adt === 'Reverse') return { k: 'adt', name: 'Reverse', args: [fc.table.fresh()] };
  return { k: 'adt', name: res.adt, args: [] };
}

/** The field types of a tuple-like constructor, with the type it builds. */
export function ctorFields(fc: FnChecker, res: ValueRes, path: Path): { adtTy: Ty; fields: Ty[] } | null {
  if (res.k !== 'ctor') {
    fc.env.report('typeck', 'E0532', `expected tuple struct or tuple variant, found \`${path.segments.map((s) => s.name).join('::')}\``, path.span);
    return null;
  }
  const adtTy = ctorAdtType(fc, res);
  const a = fc.table.shallow(adtTy);
  if (a.k !== 'adt') return null;
  if (res.adt === 'Option') return { adtTy, fields: res.variant === 'Some' ? [a.args[0]!] : [] };
  if (res.adt === 'Result') return { adtTy, fields: [res.variant === 'Ok' ? a.args[0]! : a.args[1]!] };
  if (res.adt === 'Reverse') return { adtTy, fields: [a.args[0]!] };
  const fields = fc.env.variantFieldTypes(res.adt, res.variant);
  if (!fields || fields.kind !== 'tuple') {
    if (fields?.kind === 'unit') return { adtTy, fields: [] };
    fc.env.report('typeck', 'E0532', `expected tuple struct or tuple variant, found struct variant \`${res.variant ?? res.adt}\``, path.span);
    return null;
  }
  return { adtTy, fields: fields.types };
}

function checkSequence(
  fc: FnChecker,
  patterns: Pattern[],
  types: Ty[],
  mode: BindingMode,
  options: PatternOptions,
  span: Pattern['span'],
  what: 'tuple' | 'variant',
): void {
  const rest = patterns.findIndex((p) => p.kind === 'rest');
  const fixed = patterns.filter((p) => p.kind !== 'rest');
  if (rest < 0 ? fixed.length !== types.length : fixed.length > types.length) {
    const code = what === 'tuple' ? 'E0308' : 'E0023';
    const message = what === 'tuple'
      ? `mismatched types: expected a tuple with ${types.length} elements, found one with ${fixed.length} elements`
      : `this pattern has ${fixed.length} field${fixed.length === 1 ? '' : 's'}, but the corresponding variant has ${types.length} field${types.length === 1 ? '' : 's'}`;
    fc.env.report('typeck', code, message, span);
    return;
  }
  patterns.forEach((p, i) => {
    if (p.kind === 'rest') return;
    const index = rest >= 0 && i > rest ? types.length - (patterns.length - i) : i;
    checkPattern(fc, p, types[index]!, mode, options);
  });
}

function checkStructPattern(
  fc: FnChecker,
  pattern: Extract<Pattern, { kind: 'struct' }>,
  ty: Ty,
  mode: BindingMode,
  options: PatternOptions,
): void {
  const target = fc.env.resolveStructPath(fc, pattern.path);
  if (!target) return;
  fc.demandEqual(ty, { k: 'adt', name: target.adt, args: [] }, pattern.span);
  fc.env.out.patterns.set(pattern, { k: 'value', res: { k: 'ctor', adt: target.adt, variant: target.variant, arity: target.fields.length, unit: false } });
  for (const field of pattern.fields) {
    const declared = target.fields.find((f) => f.name === field.name.name);
    if (!declared) {
      fc.env.report('typeck', 'E0026', `${target.variant ? 'variant' : 'struct'} \`${target.variant ?? target.adt}\` does not have a field named \`${field.name.name}\``, field.name.span);
      continue;
    }
    checkPattern(fc, field.pattern, declared.ty, mode, options);
  }
  if (!pattern.hasRest) {
    const missing = target.fields.filter((f) => !pattern.fields.some((p) => p.name.name === f.name));
    if (missing.length > 0) {
      fc.env.report('typeck', 'E0027', `pattern does not mention field \`${missing[0]!.name}\``, pattern.span);
    }
  }
}

function literalType(fc: FnChecker, lit: Literal): Ty {
  switch (lit.kind) {
    case 'int':
      return lit.suffix ? int(lit.suffix) : fc.table.fresh('int');
    case 'float':
      return lit.suffix ? float(lit.suffix) : fc.table.fresh('float');
    case 'str':
      return ref(str);
    case 'char':
      return char;
    case 'byte':
      return int('u8');
    case 'bool':
      return bool;
    case 'byteStr':
      return fc.unsupported('byte string patterns', { line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 });
  }
}

function rangeBoundType(fc: FnChecker, bound: RangeBound): Ty {
  if (bound.kind === 'lit') return literalType(fc, bound.value);
  const res = resolveValuePath(fc, bound.path, 'pattern');
  if (!res) return fc.error;
  // Range bounds are not patterns, but the interpreter finds their constant the same way.
  fc.env.out.patterns.set(bound as unknown as Pattern, { k: 'value', res });
  if (res.k === 'const' && res.decl.type) return fc.env.lowerType(res.decl.type, null, false);
  if (res.k === 'std' && res.fn.isConst) return fc.env.stdConstType(res.fn, res.selfTy, bound.span);
  return fc.unsupported('this range pattern bound', bound.span);
}
