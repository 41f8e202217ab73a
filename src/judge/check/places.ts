import type { Expr } from '../syntax/ast';
import { stdTypeHasMethod } from '../std/paths';
import type { FnChecker } from './fn-checker';
import { int, isUnit, type Ty } from './types';

type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

/** `obj.field` and `obj.0`, through references and boxes. */
export function checkField(fc: FnChecker, expr: ExprOf<'field'> | ExprOf<'tupleField'>): Ty {
  const objectTy = fc.check(expr.object, null);
  let ty = objectTy;
  for (let derefs = 0; derefs < 8; derefs++) {
    const t = fc.known(ty);
    if (t.k === 'error') return fc.error;
    if (t.k === 'var') {
      fc.env.report('typeck', 'E0282', 'type annotations needed', expr.object.span);
      return fc.error;
    }
    const field = fieldType(fc, t, expr);
    if (field) {
      fc.env.out.derefs.set(expr.id, derefs);
      return field;
    }
    if (t.k === 'ref') ty = t.inner;
    else if (t.k === 'adt' && t.name === 'Box') ty = t.args[0]!;
    else break;
  }
  const name = expr.kind === 'field' ? expr.field.name : String(expr.index);
  const span = expr.kind === 'field' ? expr.field.span : expr.indexSpan;
  const base = fc.table.shallow(objectTy);
  const docNames = fc.env.docTypeNames(objectTy);
  const isMethod = expr.kind === 'field' && (fc.env.userMethodOnType(base, name) || (Array.isArray(docNames) && docNames.some((d) => stdTypeHasMethod(d, name))));
  if (isMethod) {
    fc.env.report('typeck', 'E0615', `attempted to take value of method \`${name}\` on type \`${fc.env.show(objectTy)}\``, span);
  } else {
    fc.env.report('typeck', 'E0609', `no field \`${name}\` on type \`${fc.env.show(objectTy)}\``, span);
  }
  return fc.error;
}

function fieldType(fc: FnChecker, t: Ty, expr: ExprOf<'field'> | ExprOf<'tupleField'>): Ty | null {
  if (expr.kind === 'tupleField' && t.k === 'tuple') return t.elems[expr.index] ?? null;
  if (t.k !== 'adt' || !fc.env.info.structs.has(t.name)) return null;
  const fields = fc.env.variantFieldTypes(t.name, null);
  if (!fields) return null;
  if (expr.kind === 'field' && fields.kind === 'named') return fields.fields.find((f) => f.name === expr.field.name)?.ty ?? null;
  if (expr.kind === 'tupleField' && fields.kind === 'tuple') return fields.types[expr.index] ?? null;
  return null;
}

/** `container[index]` for vectors, slices, arrays, strings (by range) and maps. */
export function checkIndex(fc: FnChecker, expr: ExprOf<'index'>): Ty {
  const objectTy = fc.check(expr.object, null);
  const indexTy = fc.check(expr.index, null);
  let ty = objectTy;
  for (let derefs = 0; derefs < 8; derefs++) {
    const t = fc.known(ty);
    if (t.k === 'error' || fc.table.shallow(indexTy).k === 'error') return fc.error;
    const result = indexInto(fc, t, indexTy, expr);
    if (result) {
      fc.env.out.derefs.set(expr.id, derefs);
      return result;
    }
    if (t.k === 'ref') ty = t.inner;
    else if (t.k === 'adt' && t.name === 'Box') ty = t.args[0]!;
    else if (t.k === 'adt' && t.name === 'String') ty = { k: 'str' };
    else break;
  }
  fc.env.report('typeck', 'E0608', `cannot index into a value of type \`${fc.env.show(objectTy)}\``, expr.span);
  return fc.error;
}

function indexInto(fc: FnChecker, t: Ty, indexTy: Ty, expr: ExprOf<'index'>): Ty | null {
  const sequence =
    t.k === 'slice' || t.k === 'array' ? t.elem : t.k === 'adt' && (t.name === 'Vec' || t.name === 'VecDeque') ? t.args[0]! : null;
  const idx = fc.table.shallow(indexTy);
  const isRange = idx.k === 'adt' && idx.name.startsWith('Range');
  if (sequence) {
    const shown = t.k === 'adt' && t.name === 'Vec' ? `[${fc.env.show(sequence)}]` : fc.env.show(t);
    if (isRange && t.k === 'adt' && t.name === 'VecDeque') return fc.unsupported('slicing a VecDeque', expr.span);
    if (isRange) {
      if (idx.args.length > 0) badIndexUnless(fc, fc.table.unify(int('usize'), idx.args[0]!) === null, shown, indexTy, expr);
      return { k: 'slice', elem: sequence };
    }
    badIndexUnless(fc, fc.table.unify(int('usize'), indexTy) === null, shown, indexTy, expr);
    return sequence;
  }
  if (t.k === 'str') {
    if (isRange) {
      if (idx.args.length > 0) badIndexUnless(fc, fc.table.unify(int('usize'), idx.args[0]!) === null, 'str', indexTy, expr);
      return { k: 'str' };
    }
    badIndexUnless(fc, false, 'str', indexTy, expr);
    return fc.error;
  }
  if (t.k === 'adt' && (t.name === 'HashMap' || t.name === 'BTreeMap')) {
    const key = t.args[0]!;
    const keyRef: Ty = { k: 'ref', mut: false, inner: key };
    const k = fc.table.shallow(key);
    const i = fc.table.shallow(indexTy);
    const strKey = k.k === 'adt' && k.name === 'String' && i.k === 'ref' && fc.table.shallow(i.inner).k === 'str';
    if (!strKey && !fc.tryCoerce(indexTy, keyRef)) {
      fc.env.report('typeck', 'E0277', `the trait bound \`${fc.env.show(key)}: Borrow<${fc.env.show(i.k === 'ref' ? i.inner : i)}>\` is not satisfied`, expr.index.span);
    }
    return t.args[1]!;
  }
  return null;
}

function badIndexUnless(fc: FnChecker, ok: boolean, container: string, indexTy: Ty, expr: ExprOf<'index'>): void {
  if (ok) return;
  fc.env.report('typeck', 'E0277', `the type \`${container}\` cannot be indexed by \`${fc.env.show(indexTy)}\``, expr.index.span);
}

/** `Point { x: 1, y }` and `Shape::Rect { w, h }`. */
export function checkStructLit(fc: FnChecker, expr: ExprOf<'structLit'>): Ty {
  const target = fc.env.resolveStructPath(fc, expr.path);
  if (!target) {
    expr.fields.forEach((f) => fc.check(f.value, null));
    return fc.error;
  }
  const adtTy: Ty = { k: 'adt', name: target.adt, args: [] };
  const seen = new Set<string>();
  for (const field of expr.fields) {
    const declared = target.fields.find((f) => f.name === field.name.name);
    if (!declared) {
      fc.env.report('typeck', 'E0560', `${target.variant ? 'variant' : 'struct'} \`${target.variant ? `${target.adt}::${target.variant}` : target.adt}\` has no field named \`${field.name.name}\``, field.name.span);
      fc.check(field.value, null);
      continue;
    }
    seen.add(declared.name);
    fc.checkCoerce(field.value, declared.ty);
  }
  if (expr.base) {
    fc.checkCoerce(expr.base, adtTy);
  } else {
    const missing = target.fields.filter((f) => !seen.has(f.name));
    if (missing.length > 0) {
      const names = missing.map((f) => `\`${f.name}\``).join(', ');
      fc.env.report('typeck', 'E0063', `missing field${missing.length > 1 ? 's' : ''} ${names} in initializer of \`${target.variant ? `${target.adt}::${target.variant}` : target.adt}\``, expr.path.span);
    }
  }
  return adtTy;
}

/** `expr as Type`: numeric casts, u8 → char, char/bool → integer, unit-only enums → integer. */
export function checkCast(fc: FnChecker, expr: ExprOf<'cast'>): Ty {
  const target = fc.env.lowerType(expr.type, fc.selfTy, true);
  const tt = fc.table.shallow(target);
  // rustc types an unsuffixed literal being cast as the cast's target (so `300 as u8` is out of range).
  const literal = expr.expr.kind === 'lit' && (expr.expr.value.kind === 'int' || expr.expr.value.kind === 'float');
  const sourceTy = fc.check(expr.expr, literal && (tt.k === 'int' || tt.k === 'float') ? target : null);
  if (literal) fc.table.unify(target, sourceTy);
  const s = fc.table.shallow(sourceTy);
  if (s.k === 'error' || tt.k === 'error') return target;
  if (s.k === 'var' && fc.table.kindOf(s.id) === 'general') {
    fc.env.report('typeck', 'E0282', 'type annotations needed', expr.expr.span);
    return target;
  }
  const numeric = (t: Ty) => t.k === 'int' || t.k === 'float' || (t.k === 'var' && fc.table.kindOf(t.id) !== 'general');
  if (tt.k === 'char') {
    if ((s.k === 'int' && s.ty === 'u8') || s.k === 'char') return target;
    if (s.k === 'var' && fc.table.kindOf(s.id) === 'int') {
      fc.table.unify(int('u8'), s);
      return target;
    }
    fc.env.report('typeck', 'E0604', `only \`u8\` can be cast as \`char\`, not \`${fc.env.show(sourceTy)}\``, expr.span);
    return target;
  }
  if (numeric(tt)) {
    if (numeric(s)) return target;
    if (s.k === 'bool' || s.k === 'char') {
      if (tt.k === 'int') return target;
      fc.env.report('typeck', 'E0606', `casting \`${fc.env.show(sourceTy)}\` as \`${fc.env.show(target)}\` is invalid`, expr.span);
      return target;
    }
    if (s.k === 'adt' && fc.env.info.enums.get(s.name)?.variants.every((v) => v.fields.kind === 'unit') && tt.k === 'int') return target;
  }
  if (tt.k === 'bool' && fc.table.unify(target, sourceTy) === null) return target;
  if (s.k === 'ref' || tt.k === 'ref') return fc.unsupported('casts between references and pointers', expr.span);
  fc.env.report('typeck', 'E0605', `non-primitive cast: \`${fc.env.show(sourceTy)}\` as \`${fc.env.show(target)}\``, expr.span);
  return target;
}

/** `expr?` on Result and Option, in a function returning the same kind. */
export function checkTry(fc: FnChecker, expr: ExprOf<'try'>): Ty {
  const ty = fc.table.shallow(fc.check(expr.expr, null));
  if (ty.k === 'error') return fc.error;
  const ret = fc.table.shallow(fc.currentReturnTy());
  if (ty.k !== 'adt' || (ty.name !== 'Result' && ty.name !== 'Option')) {
    fc.env.report('typeck', 'E0277', `the \`?\` operator can only be applied to values that implement \`Try\``, expr.span);
    return fc.error;
  }
  if (ret.k !== 'adt' || ret.name !== ty.name) {
    const returns = ret.k === 'adt' && (ret.name === 'Result' || ret.name === 'Option') ? `\`${ret.name}\`` : isUnit(ret) ? '`()`' : `\`${fc.env.show(ret)}\``;
    fc.env.report(
      'typeck',
      'E0277',
      ret.k === 'adt' && (ret.name === 'Result' || ret.name === 'Option')
        ? `the \`?\` operator can only be used on \`${ret.name}\`s in a function that returns \`${ret.name}\``
        : `the \`?\` operator can only be used in a function that returns \`Result\` or \`Option\` (this function returns ${returns})`,
      expr.span,
    );
    return ty.args[0]!;
  }
  if (ty.name === 'Result') {
    const from = fc.table.shallow(ty.args[1]!);
    const to = fc.table.shallow(ret.args[1]!);
    const strToString = to.k === 'adt' && to.name === 'String' && from.k === 'ref' && fc.table.shallow(from.inner).k === 'str';
    if (!strToString && fc.table.unify(to, from) !== null) {
      fc.env.report('typeck', 'E0277', `\`?\` couldn't convert the error to \`${fc.env.show(to)}\``, expr.span);
    }
  }
  return ty.args[0]!;
}
