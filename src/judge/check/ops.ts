import type { BinaryOp, CompoundOp, Expr, Span } from '../syntax/ast';
import type { FnChecker } from './fn-checker';
import { bool, string, unit, type Ty } from './types';

type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

const VERBS: Record<string, [string, string]> = {
  '+': ['add', 'to'],
  '-': ['subtract', 'from'],
  '*': ['multiply', 'by'],
  '/': ['divide', 'by'],
  '%': ['calculate the remainder of', 'divided by'],
  '&': ['perform bitwise and', 'with'],
  '|': ['perform bitwise or', 'with'],
  '^': ['perform bitwise xor', 'with'],
  '<<': ['shift', 'by'],
  '>>': ['shift', 'by'],
};

const TRAITS: Record<string, string> = { '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem' };

/** Numeric kind of a type for operator rules: 'int', 'float', or null. */
function numericKind(fc: FnChecker, ty: Ty): 'int' | 'float' | null {
  const t = fc.table.shallow(ty);
  if (t.k === 'int') return 'int';
  if (t.k === 'float') return 'float';
  if (t.k === 'var') {
    const kind = fc.table.kindOf(t.id);
    return kind === 'general' ? null : kind;
  }
  return null;
}

/** Peels one reference: `&i32 + i32` and `i32 + &i32` are valid for primitive numbers. */
function peelOne(fc: FnChecker, ty: Ty): Ty {
  const t = fc.table.shallow(ty);
  return t.k === 'ref' ? t.inner : t;
}

function isScalar(fc: FnChecker, ty: Ty): boolean {
  const t = fc.table.shallow(ty);
  return t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || (t.k === 'var' && fc.table.kindOf(t.id) !== 'general');
}

export function checkBinary(fc: FnChecker, expr: ExprOf<'binary'>, _expected: Ty | null): Ty {
  const { op, left, right } = expr;
  if (op === '&&' || op === '||') {
    fc.checkCoerce(left, bool);
    fc.checkCoerce(right, bool);
    return bool;
  }
  const l = fc.check(left, null);
  const lt = fc.known(l);
  const r = fc.check(right, isScalar(fc, l) ? l : null);
  fc.known(r);
  if (lt.k === 'error' || fc.table.shallow(r).k === 'error') return fc.error;
  if (op === '<' || op === '<=' || op === '>' || op === '>=') return checkOrdering(fc, expr, l, r);
  if (op === '==' || op === '!=') return checkEquality(fc, expr, l, r);
  if (op === '<<' || op === '>>') {
    const lk = numericKind(fc, peelOne(fc, l));
    const rk = numericKind(fc, peelOne(fc, r));
    if (lk === 'int' && rk === 'int') return peelOne(fc, l);
    return noImpl(fc, expr, op, l, r);
  }
  return checkArithmetic(fc, expr, op, l, r);
}

function checkOrdering(fc: FnChecker, expr: ExprOf<'binary'>, l: Ty, r: Ty): Ty {
  if (!fc.demandEqual(l, r, expr.right.span)) return bool;
  if (fc.env.implements(l, 'PartialOrd') === 'no') {
    fc.env.report('typeck', 'E0369', `binary operation \`${expr.op}\` cannot be applied to type \`${fc.env.show(l)}\``, expr.opSpan);
  }
  return bool;
}

function checkEquality(fc: FnChecker, expr: ExprOf<'binary'>, l: Ty, r: Ty): Ty {
  checkEqualityOperands(fc, l, r, expr.right.span, expr.opSpan, expr.op);
  return bool;
}

/** Checks that `l == r` is allowed (also used by assert_eq!); false when an error was reported. */
export function checkEqualityOperands(fc: FnChecker, l: Ty, r: Ty, rightSpan: Span, opSpan: Span, op = '=='): boolean {
  if (fc.table.shallow(l).k === 'error' || fc.table.shallow(r).k === 'error') return false;
  const verdict = equalityOf(fc, l, r);
  if (verdict === 'ok') return true;
  if (verdict === 'unify') {
    if (!fc.demandEqual(l, r, rightSpan)) return false;
    if (fc.env.implements(l, 'PartialEq') === 'no') {
      fc.env.report('typeck', 'E0369', `binary operation \`${op}\` cannot be applied to type \`${fc.env.show(l)}\``, opSpan);
      return false;
    }
    return true;
  }
  fc.env.report('typeck', 'E0277', `can't compare \`${fc.env.show(l)}\` with \`${fc.env.show(r)}\``, opSpan);
  return false;
}

/**
 * How rustc decides `l == r`: types with a single PartialEq implementation demand equal types
 * (E0308 otherwise); references, strings and sequences have several, and comparing them with
 * something they have no implementation for is E0277.
 */
function equalityOf(fc: FnChecker, l: Ty, r: Ty): 'ok' | 'unify' | 'no' {
  const a = fc.table.shallow(l);
  const b = fc.table.shallow(r);
  const multi = (t: Ty) => t.k === 'ref' || t.k === 'str' || t.k === 'slice' || t.k === 'array' || (t.k === 'adt' && (t.name === 'String' || t.name === 'Vec' || t.name === 'VecDeque'));
  if (!multi(a)) return 'unify';
  if (fc.table.unify(a, b) === null) return fc.env.implements(a, 'PartialEq') === 'no' ? 'no' : 'ok';
  if (a.k === 'ref' && b.k === 'ref') return equalityOf(fc, a.inner, b.inner);
  const textual = (t: Ty) => t.k === 'str' || (t.k === 'adt' && t.name === 'String') || (t.k === 'ref' && fc.table.shallow(t.inner).k === 'str');
  const isString = (t: Ty) => t.k === 'adt' && t.name === 'String';
  if (isString(a) && textual(b)) return 'ok';
  if (a.k === 'str' && isString(b)) return 'ok';
  if (a.k === 'ref' && fc.table.shallow(a.inner).k === 'str' && isString(b)) return 'ok';
  const seqElem = (t: Ty): Ty | null => {
    if (t.k === 'adt' && (t.name === 'Vec' || t.name === 'VecDeque')) return t.args[0]!;
    if (t.k === 'slice' || t.k === 'array') return t.elem;
    if (t.k === 'ref') {
      const inner = fc.table.shallow(t.inner);
      if (inner.k === 'slice' || inner.k === 'array') return inner.elem;
    }
    return null;
  };
  const ea = seqElem(a);
  const eb = seqElem(b);
  if (ea && eb && a.k !== 'ref') {
    const elements = equalityOf(fc, ea, eb);
    if (elements === 'unify') return fc.table.unify(ea, eb) === null ? 'ok' : 'no';
    return elements;
  }
  return 'no';
}

function checkArithmetic(fc: FnChecker, expr: ExprOf<'binary'>, op: BinaryOp, l: Ty, r: Ty): Ty {
  const lp = peelOne(fc, l);
  const rp = peelOne(fc, r);
  const lk = numericKind(fc, lp);
  const rk = numericKind(fc, rp);
  const bitwise = op === '&' || op === '|' || op === '^';
  if (lk && rk) {
    if (lk !== rk) return noImpl(fc, expr, op, l, r, 'E0277');
    if (bitwise && lk === 'float') return noImpl(fc, expr, op, l, r);
    fc.demandEqual(lp, rp, expr.right.span);
    return lp;
  }
  const lt = fc.table.shallow(l);
  if (bitwise && lt.k === 'bool') {
    fc.demandEqual(bool, r, expr.right.span);
    return bool;
  }
  if (op === '+' && lt.k === 'adt' && lt.name === 'String') {
    fc.coerce(r, { k: 'ref', mut: false, inner: { k: 'str' } }, expr.right.span);
    return string;
  }
  const userOutput = fc.env.userOperator(fc, expr, TRAITS[op] ?? '', l, r);
  if (userOutput) return userOutput;
  // One side numeric and the other not (or a double reference) has no implementation.
  // A numeric left operand with a right operand it has no impl for is E0277; anything else E0369.
  const doubleRef = fc.table.shallow(l).k === 'ref' && fc.table.shallow(peelOne(fc, l)).k === 'ref';
  return noImpl(fc, expr, op, l, r, lk && !doubleRef ? 'E0277' : 'E0369');
}

function noImpl(fc: FnChecker, expr: ExprOf<'binary'>, op: string, l: Ty, r: Ty, code: 'E0277' | 'E0369' = 'E0369'): Ty {
  const [verb, preposition] = VERBS[op] ?? ['apply', 'to'];
  const lk = numericKind(fc, l);
  const rk = numericKind(fc, r);
  let message: string;
  if (code === 'E0277' && lk === 'int' && rk === 'float' && isVar(fc, l) && isVar(fc, r)) {
    message = `cannot ${verb} a float ${preposition} an integer`;
  } else if (op === '+' || op === '-') {
    message = `cannot ${verb} \`${fc.env.show(r)}\` ${preposition} \`${fc.env.show(l)}\``;
  } else {
    message = `cannot ${verb} \`${fc.env.show(l)}\` ${preposition} \`${fc.env.show(r)}\``;
  }
  fc.env.report('typeck', code, message, expr.opSpan);
  return fc.error;
}

function isVar(fc: FnChecker, ty: Ty): boolean {
  return fc.table.shallow(ty).k === 'var';
}

export function checkUnary(fc: FnChecker, expr: ExprOf<'unary'>, expected: Ty | null): Ty {
  if (expr.op === '*') {
    const ty = fc.table.shallow(fc.check(expr.operand, null));
    if (ty.k === 'ref') return ty.inner;
    if (ty.k === 'adt' && ty.name === 'Box') return ty.args[0]!;
    if (ty.k === 'adt' && ty.name === 'String') return { k: 'str' };
    if (ty.k === 'adt' && ty.name === 'Vec') return { k: 'slice', elem: ty.args[0]! };
    if (ty.k !== 'error') fc.env.report('typeck', 'E0614', `type \`${fc.env.show(ty)}\` cannot be dereferenced`, expr.span);
    return fc.error;
  }
  const ty = fc.check(expr.operand, expected && isScalar(fc, expected) ? expected : null);
  if (expr.op === '-' && expr.operand.kind === 'lit') {
    const literal = fc.env.intLiterals.find((l) => l.expr === expr.operand);
    if (literal) literal.negated = true;
  }
  const inner = peelOne(fc, ty);
  const t = fc.table.shallow(inner);
  if (expr.op === '-') {
    if ((t.k === 'int' && t.ty.startsWith('i')) || t.k === 'float' || (t.k === 'var' && fc.table.kindOf(t.id) !== 'general')) return inner;
  } else {
    if (t.k === 'int' || t.k === 'bool' || (t.k === 'var' && fc.table.kindOf(t.id) === 'int')) return inner;
  }
  if (t.k !== 'error') fc.env.report('typeck', 'E0600', `cannot apply unary operator \`${expr.op}\` to type \`${fc.env.show(ty)}\``, expr.span);
  return fc.error;
}

export function checkAssign(fc: FnChecker, expr: ExprOf<'assign'>): Ty {
  if (expr.target.kind === 'tuple') return checkDestructuringAssign(fc, expr.target, expr.value);
  const target = fc.check(expr.target, null);
  fc.checkCoerce(expr.value, target);
  requirePlace(fc, expr.target);
  return unit;
}

export function checkCompoundAssign(fc: FnChecker, expr: ExprOf<'compoundAssign'>): Ty {
  const target = fc.check(expr.target, null);
  fc.known(target);
  const value = fc.check(expr.value, isScalar(fc, target) ? target : null);
  const errorsBefore = fc.env.diagnostics.length;
  checkCompoundTypes(fc, expr, target, value);
  // rustc checks the operation's types first: `map.entry(k).or_insert(0) += 1` is E0368, not a place error.
  if (fc.env.diagnostics.length === errorsBefore) requirePlace(fc, expr.target);
  return unit;
}

function checkCompoundTypes(fc: FnChecker, expr: ExprOf<'compoundAssign'>, target: Ty, value: Ty): void {
  const op: CompoundOp = expr.op;
  const tk = numericKind(fc, target);
  const vk = numericKind(fc, peelOne(fc, value));
  if (tk && vk) {
    if (tk !== vk) {
      fc.env.report('typeck', 'E0277', `cannot ${VERBS[op]![0]}-assign \`${fc.env.show(value)}\` to \`${fc.env.show(target)}\``, expr.span);
      return;
    }
    fc.demandEqual(target, peelOne(fc, value), expr.value.span);
    return;
  }
  const t = fc.table.shallow(target);
  if (op === '+' && t.k === 'adt' && t.name === 'String') {
    fc.coerce(value, { k: 'ref', mut: false, inner: { k: 'str' } }, expr.value.span);
    return;
  }
  if (t.k === 'bool' && (op === '&' || op === '|' || op === '^')) {
    fc.demandEqual(bool, value, expr.value.span);
    return;
  }
  if (t.k === 'error') return;
  fc.env.report('typeck', 'E0368', `binary assignment operation \`${op}=\` cannot be applied to type \`${fc.env.show(target)}\``, expr.target.span);
}

/** `(a, b) = (b, a + b);` assigns each element to its place. */
function checkDestructuringAssign(fc: FnChecker, target: ExprOf<'tuple'>, value: Expr): Ty {
  const valueTy = fc.table.shallow(fc.check(value, null));
  if (valueTy.k !== 'tuple' || valueTy.elems.length !== target.elems.length) {
    if (valueTy.k !== 'error') fc.mismatch({ k: 'tuple', elems: target.elems.map(() => fc.table.fresh()) }, valueTy, value.span);
    return unit;
  }
  target.elems.forEach((element, i) => {
    if (element.kind === 'tuple') return fc.unsupported('nested destructuring assignment', element.span);
    const ty = fc.check(element, null);
    fc.coerce(valueTy.elems[i]!, ty, element.span);
    requirePlace(fc, element);
  });
  fc.env.out.types.set(target.id, valueTy);
  return unit;
}

/** Assignment needs a place: a variable, field, index or dereference. */
function requirePlace(fc: FnChecker, target: Expr): void {
  if (target.kind === 'path' || target.kind === 'field' || target.kind === 'tupleField' || target.kind === 'index' || (target.kind === 'unary' && target.op === '*')) return;
  fc.env.report('typeck', 'E0070', 'invalid left-hand side of assignment', target.span);
}
