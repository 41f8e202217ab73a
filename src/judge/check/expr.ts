import type { Expr } from '../syntax/ast';
import { checkCall, checkMethodCall } from './calls';
import type { FnChecker } from './fn-checker';
import { checkMacro } from './macros';
import { checkAssign, checkBinary, checkCompoundAssign, checkUnary } from './ops';
import { checkPattern } from './patterns';
import { checkPathExpr } from './paths';
import { checkCast, checkField, checkIndex, checkStructLit, checkTry } from './places';
import { adt, bool, char, float, int, never, ref, str, unit, type Ty } from './types';

type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

/** The type of one expression, by kind. */
export function checkExprKind(fc: FnChecker, expr: Expr, expected: Ty | null): Ty {
  switch (expr.kind) {
    case 'lit':
      return checkLiteral(fc, expr);
    case 'path':
      return checkPathExpr(fc, expr, expected);
    case 'unary':
      return checkUnary(fc, expr, expected);
    case 'ref':
      return checkRef(fc, expr, expected);
    case 'binary':
      return checkBinary(fc, expr, expected);
    case 'assign':
      return checkAssign(fc, expr);
    case 'compoundAssign':
      return checkCompoundAssign(fc, expr);
    case 'call':
      return checkCall(fc, expr, expected);
    case 'methodCall':
      return checkMethodCall(fc, expr, expected);
    case 'field':
    case 'tupleField':
      return checkField(fc, expr);
    case 'index':
      return checkIndex(fc, expr);
    case 'if':
      return checkIf(fc, expr, expected);
    case 'match':
      return checkMatch(fc, expr, expected);
    case 'while':
      return checkWhile(fc, expr);
    case 'loop':
      return checkLoop(fc, expr, expected);
    case 'for':
      return checkFor(fc, expr);
    case 'block':
      if (expr.label) return fc.unsupported('labeled blocks', expr.span);
      return fc.checkBlock(expr.block, expected);
    case 'closure':
      return checkClosure(fc, expr, expected);
    case 'return': {
      const retTy = fc.currentReturnTy();
      if (expr.value) fc.checkCoerce(expr.value, retTy);
      else fc.coerce(unit, retTy, expr.span);
      return never;
    }
    case 'break': {
      const loop = fc.findLoop(expr.label, expr.span);
      loop.broken = true;
      if (expr.value) {
        if (!loop.breakTy) {
          fc.env.report('typeck', 'E0571', '`break` with value from a `while` or `for` loop', expr.span);
          fc.check(expr.value, null);
        } else {
          fc.checkCoerce(expr.value, loop.breakTy);
        }
      } else if (loop.breakTy) {
        fc.coerce(unit, loop.breakTy, expr.span);
      }
      return never;
    }
    case 'continue':
      fc.findLoop(expr.label, expr.span);
      return never;
    case 'range':
      return checkRange(fc, expr, expected);
    case 'tuple':
      return checkTuple(fc, expr, expected);
    case 'array':
      return checkArray(fc, expr, expected);
    case 'arrayRepeat':
      return checkArrayRepeat(fc, expr, expected);
    case 'structLit':
      return checkStructLit(fc, expr);
    case 'cast':
      return checkCast(fc, expr);
    case 'try':
      return checkTry(fc, expr);
    case 'macro':
      return checkMacro(fc, expr, expected);
  }
}

function checkLiteral(fc: FnChecker, expr: ExprOf<'lit'>): Ty {
  const lit = expr.value;
  switch (lit.kind) {
    case 'int': {
      const ty = lit.suffix ? int(lit.suffix) : fc.table.fresh('int');
      fc.env.intLiterals.push({ expr, value: lit.value, negated: false, body: fc.env.body });
      return ty;
    }
    case 'float':
      return lit.suffix ? float(lit.suffix) : fc.table.fresh('float');
    case 'str':
      return ref(str);
    case 'char':
      return char;
    case 'byte':
      return int('u8');
    case 'byteStr':
      return ref({ k: 'array', elem: int('u8'), len: lit.value.length });
    case 'bool':
      return bool;
  }
}

function checkRef(fc: FnChecker, expr: ExprOf<'ref'>, expected: Ty | null): Ty {
  const e = expected ? fc.table.shallow(expected) : null;
  const innerExpected = e && e.k === 'ref' ? e.inner : null;
  // `&v[1..3]`, `&s[..]`: the place has an unsized type (slice / str) and is only usable behind the reference.
  const inner = fc.check(expr.operand, innerExpected && isUnsizedTarget(fc, innerExpected) ? null : innerExpected);
  return ref(inner, expr.mutable);
}

function isUnsizedTarget(fc: FnChecker, ty: Ty): boolean {
  const t = fc.table.shallow(ty);
  return t.k === 'str' || t.k === 'slice';
}

function checkIf(fc: FnChecker, expr: ExprOf<'if'>, expected: Ty | null): Ty {
  return fc.withScope(() => {
    fc.checkCondition(expr.condition);
    const divergedBefore = fc.diverges;
    const e = expected ? fc.table.shallow(expected) : null;
    const hasExpectation = e !== null && !(e.k === 'var' && fc.table.kindOf(e.id) === 'general');
    if (!expr.else) {
      // Without `else` the `if` is (). rustc: E0308 when () was expected and the block has a value,
      // E0317 ("may be missing an else clause") when a value is expected or the block has one.
      fc.diverges = false;
      const thenTy = fc.checkBlock(expr.then, null);
      fc.diverges = divergedBefore;
      const t = fc.table.shallow(thenTy);
      const thenHasValue = t.k !== 'never' && fc.table.unify(unit, thenTy) !== null;
      if (hasExpectation && isUnitTy(fc, e!)) {
        if (thenHasValue) fc.mismatch(unit, thenTy, expr.then.tail?.span ?? expr.then.span);
        return unit;
      }
      if (hasExpectation || thenHasValue) {
        fc.env.report('typeck', 'E0317', '`if` may be missing an `else` clause', expr.span);
        return fc.error;
      }
      return unit;
    }
    fc.diverges = false;
    const thenTy = hasExpectation ? fc.checkBlock(expr.then, expected) : fc.checkBlock(expr.then, null);
    const thenDiverges = fc.diverges;
    const thenNever = fc.table.shallow(thenTy).k === 'never';
    const target = hasExpectation ? expected! : thenNever ? null : thenTy;
    fc.diverges = false;
    const branch = expr.else;
    const elseTy = 'kind' in branch ? fc.check(branch, target) : fc.checkBlock(branch, target);
    if (target) fc.coerce(elseTy, target, elseSpan(expr));
    const elseDiverges = fc.diverges;
    fc.diverges = divergedBefore || (thenDiverges && elseDiverges);
    if (thenDiverges && elseDiverges) return never;
    return target ?? elseTy;
  });
}

/** Where rustc points when the else branch has the wrong type: its final expression. */
function elseSpan(expr: ExprOf<'if'>) {
  const branch = expr.else!;
  if ('kind' in branch) return branch.span;
  return branch.tail?.span ?? branch.span;
}

function isUnitTy(fc: FnChecker, ty: Ty): boolean {
  const t = fc.table.shallow(ty);
  return t.k === 'tuple' && t.elems.length === 0;
}

function checkMatch(fc: FnChecker, expr: ExprOf<'match'>, expected: Ty | null): Ty {
  const scrutinee = fc.check(expr.scrutinee, null);
  const divergedBefore = fc.diverges;
  let result: Ty | null = expected;
  let allDiverge = expr.arms.length > 0;
  for (const arm of expr.arms) {
    fc.withScope(() => {
      checkPattern(fc, arm.pattern, scrutinee, 'move', { deferredInit: false, refutable: true });
      if (arm.guard) {
        const g = fc.check(arm.guard, bool);
        fc.coerce(g, bool, arm.guard.span);
      }
      fc.diverges = false;
      const armTy = result ? fc.check(arm.body, result) : fc.check(arm.body, null);
      if (result) fc.coerce(armTy, result, arm.body.span);
      else if (fc.table.shallow(armTy).k !== 'never') result = armTy;
      if (!fc.diverges) allDiverge = false;
    });
  }
  fc.diverges = divergedBefore || allDiverge;
  if (allDiverge) return never;
  return result ?? never;
}

function checkWhile(fc: FnChecker, expr: ExprOf<'while'>): Ty {
  fc.withScope(() => {
    fc.checkCondition(expr.condition);
    const divergedBefore = fc.diverges;
    fc.withLoop(expr.label, null, () => fc.checkBlock(expr.body, unit));
    fc.diverges = divergedBefore;
  });
  return unit;
}

function checkLoop(fc: FnChecker, expr: ExprOf<'loop'>, expected: Ty | null): Ty {
  const breakTy = expected ?? fc.table.fresh();
  const divergedBefore = fc.diverges;
  const broken = fc.withLoop(expr.label, breakTy, (loop) => {
    fc.checkBlock(expr.body, unit);
    return loop.broken;
  });
  fc.diverges = divergedBefore || !broken;
  if (!broken) return never;
  return breakTy;
}

function checkFor(fc: FnChecker, expr: ExprOf<'for'>): Ty {
  const iterableTy = fc.check(expr.iterable, null);
  const item = fc.env.itemOfIntoIterator(fc, iterableTy, expr.iterable.span);
  fc.withScope(() => {
    checkPattern(fc, expr.pattern, item, 'move', { deferredInit: false, refutable: false });
    const divergedBefore = fc.diverges;
    fc.withLoop(expr.label, null, () => fc.checkBlock(expr.body, unit));
    fc.diverges = divergedBefore;
  });
  return unit;
}

function checkClosure(fc: FnChecker, expr: ExprOf<'closure'>, expected: Ty | null): Ty {
  const e = expected ? fc.table.shallow(expected) : null;
  const expectedFn = e && e.k === 'fn' ? e : null;
  if (expectedFn && expectedFn.params.length !== expr.params.length) {
    fc.env.report(
      'typeck',
      'E0593',
      `closure is expected to take ${expectedFn.params.length} argument${expectedFn.params.length === 1 ? '' : 's'}, but it takes ${expr.params.length} argument${expr.params.length === 1 ? '' : 's'}`,
      expr.span,
    );
    return fc.error;
  }
  const params = expr.params.map((param, i) => {
    const declared = param.type ? fc.env.lowerType(param.type, fc.selfTy, true) : null;
    const fromContext = expectedFn?.params[i] ?? null;
    if (declared && fromContext) fc.demandEqual(fromContext, declared, param.span);
    return declared ?? fromContext ?? fc.table.fresh();
  });
  const declaredRet = expr.returnType ? fc.env.lowerType(expr.returnType, fc.selfTy, true) : null;
  const ret = declaredRet ?? expectedFn?.ret ?? fc.table.fresh();
  const context = fc.enterClosure(expr.id, ret);
  const divergedBefore = fc.diverges;
  try {
    fc.withScope(() => {
      expr.params.forEach((param, i) => checkPattern(fc, param.pattern, params[i]!, 'move', { deferredInit: false, refutable: false }));
      fc.diverges = false;
      fc.checkCoerce(expr.body, ret);
    });
  } finally {
    fc.exitClosure();
    fc.diverges = divergedBefore;
  }
  fc.env.out.captures.set(expr.id, [...context.captures.values()]);
  return { k: 'fn', params, ret, origin: 'closure' };
}

function checkRange(fc: FnChecker, expr: ExprOf<'range'>, expected: Ty | null): Ty {
  const e = expected ? fc.table.shallow(expected) : null;
  const elemExpected = e && e.k === 'adt' && e.name.startsWith('Range') ? (e.args[0] ?? null) : null;
  let elem: Ty | null = elemExpected;
  for (const bound of [expr.start, expr.end]) {
    if (!bound) continue;
    const ty = elem ? fc.check(bound, elem) : fc.check(bound, null);
    if (elem) fc.demandEqual(elem, ty, bound.span);
    else elem = ty;
  }
  const name = expr.start && expr.end
    ? expr.inclusive ? 'RangeInclusive' : 'Range'
    : expr.start ? 'RangeFrom' : expr.end ? (expr.inclusive ? 'RangeToInclusive' : 'RangeTo') : 'RangeFull';
  return adt(name, name === 'RangeFull' ? [] : [elem ?? fc.table.fresh()]);
}

function checkTuple(fc: FnChecker, expr: ExprOf<'tuple'>, expected: Ty | null): Ty {
  const e = expected ? fc.table.shallow(expected) : null;
  const elems = expr.elems.map((elem, i) => {
    const hint = e && e.k === 'tuple' && e.elems.length === expr.elems.length ? e.elems[i]! : null;
    return hint ? fc.checkCoerce(elem, hint) : fc.check(elem, null);
  });
  return { k: 'tuple', elems };
}

function checkArray(fc: FnChecker, expr: ExprOf<'array'>, expected: Ty | null): Ty {
  const e = expected ? fc.table.shallow(expected) : null;
  const hint = e && (e.k === 'array' || e.k === 'slice') ? e.elem : null;
  let elem: Ty = hint ?? fc.table.fresh();
  expr.elems.forEach((item) => {
    const ty = fc.check(item, elem);
    fc.coerce(ty, elem, item.span);
  });
  elem = fc.table.resolve(elem);
  return { k: 'array', elem, len: expr.elems.length };
}

function checkArrayRepeat(fc: FnChecker, expr: ExprOf<'arrayRepeat'>, expected: Ty | null): Ty {
  const e = expected ? fc.table.shallow(expected) : null;
  const hint = e && e.k === 'array' ? e.elem : null;
  const elem = hint ? fc.checkCoerce(expr.value, hint) : fc.check(expr.value, null);
  const count = expr.count;
  if (count.kind === 'lit' && count.value.kind === 'int') {
    fc.checkCoerce(count, int('usize'));
    return { k: 'array', elem, len: Number(count.value.value) };
  }
  if (count.kind === 'path' && count.path.segments.length === 1) {
    const local = fc.lookup(count.path.segments[0]!.name);
    if (local) {
      fc.env.report('resolve', 'E0435', 'attempt to use a non-constant value in a constant', count.span);
      return fc.error;
    }
  }
  return fc.unsupported('array lengths given by constant expressions', count.span);
}
