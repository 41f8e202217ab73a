import { Unsupported } from '../check/diagnostics';
import type { Adjustment, ValueRes } from '../check/typed';
import type { Expr, Span } from '../syntax/ast';
import { toIter } from '../std/families/iter';
import { sliceBytes, utf8Length } from '../std/utf8';
import { sequenceView, textOf } from '../std/values';
import { evalMacro } from './eval-macro';
import { bindPattern } from './eval-pattern';
import { castValue, errValue, intBinary, intNeg, intNot, makeInt, noneValue } from './integers';
import { floatBinary, floatNeg, makeFloat } from './floats';
import { BreakSignal, ContinueSignal, Frame, ReturnSignal, type Interpreter } from './interpreter';
import { footprint, type AdtValue, type IntValue, type Place, type Value } from './values';

type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

const UNIT: Value = { k: 'unit' };

/** Follows references (and boxes) to the value they point at. */
export function derefValue(value: Value): Value {
  let v = value;
  while (v.k === 'ref' || v.k === 'box') v = v.k === 'ref' ? v.place.get() : v.value;
  return v;
}

function temp(value: Value): Place {
  let current = value;
  return { get: () => current, set: (v) => (current = v) };
}

type Handler = (interp: Interpreter, expr: never, frame: Frame) => Value;

/**
 * One small function per expression kind, dispatched through a table: deep recursion in the
 * interpreted program costs a few small JS frames per level, not one large one.
 */
export const HANDLERS: Record<Expr['kind'], Handler> = {
  lit: (interp, expr: ExprOf<'lit'>) => literal(interp, expr),
  path: (interp, expr: ExprOf<'path'>, frame) => {
    const res = interp.valueOf(expr);
    if (!res) throw new Error(`unresolved path ${expr.path.segments.map((s) => s.name).join('::')}`);
    if (res.k === 'local') return interp.read(localPlace(frame, res.binding.id), interp.typeOf(expr));
    return evalValueRes(interp, res, frame, expr.span);
  },
  unary,
  ref: (interp, expr: ExprOf<'ref'>, frame) => {
    const ty = interp.typeOf(expr.operand);
    // `&v[1..]`, `&s[..2]`: references to unsized data are the data itself.
    if (ty.k === 'slice' || ty.k === 'str') return interp.eval(expr.operand, frame);
    return { k: 'ref', mutable: expr.mutable, place: placeOf(interp, expr.operand, frame) };
  },
  binary,
  assign,
  compoundAssign,
  call,
  methodCall,
  field: readPlace,
  tupleField: readPlace,
  index: readPlace,
  if: evalIf,
  match: evalMatch,
  while: evalWhile,
  loop: evalLoop,
  for: evalFor,
  block: (interp, expr: ExprOf<'block'>, frame) => interp.evalBlock(expr.block, frame),
  closure,
  return: (interp, expr: ExprOf<'return'>, frame) => {
    throw new ReturnSignal(expr.value ? interp.eval(expr.value, frame) : UNIT);
  },
  break: (interp, expr: ExprOf<'break'>, frame) => {
    throw new BreakSignal(expr.label, expr.value ? interp.eval(expr.value, frame) : UNIT);
  },
  continue: (_interp, expr: ExprOf<'continue'>) => {
    throw new ContinueSignal(expr.label);
  },
  range: (interp, expr: ExprOf<'range'>, frame) => ({
    k: 'range',
    start: expr.start ? interp.eval(expr.start, frame) : null,
    end: expr.end ? interp.eval(expr.end, frame) : null,
    inclusive: expr.inclusive,
  }),
  tuple: (interp, expr: ExprOf<'tuple'>, frame) => (expr.elems.length === 0 ? UNIT : { k: 'tuple', items: expr.elems.map((e) => interp.eval(e, frame)) }),
  array: (interp, expr: ExprOf<'array'>, frame) => ({ k: 'array', items: expr.elems.map((e) => interp.eval(e, frame)) }),
  arrayRepeat: (interp, expr: ExprOf<'arrayRepeat'>, frame) => {
    const value = interp.eval(expr.value, frame);
    const count = Number((derefValue(interp.eval(expr.count, frame)) as IntValue).v);
    interp.at = expr.span;
    interp.allocate(count * (1 + footprint(value)));
    return { k: 'array', items: Array.from({ length: count }, () => interp.rt.clone(value)) };
  },
  structLit,
  cast,
  try: (interp, expr: ExprOf<'try'>, frame) => {
    const value = derefValue(interp.eval(expr.expr, frame)) as AdtValue;
    if (value.variant === 'Ok' || value.variant === 'Some') return value.fields[0]!;
    throw new ReturnSignal(value.variant === 'None' ? noneValue() : errValue(convertError(value.fields[0]!)));
  },
  macro: evalMacro,
};

export function evalExpr(interp: Interpreter, expr: Expr, frame: Frame): Value {
  return HANDLERS[expr.kind](interp, expr as never, frame);
}

function readPlace(interp: Interpreter, expr: Expr, frame: Frame): Value {
  return interp.read(placeOf(interp, expr, frame), interp.typeOf(expr));
}

function evalIf(interp: Interpreter, expr: ExprOf<'if'>, frame: Frame): Value {
  const inner = new Frame(frame);
  if (condition(interp, expr.condition, inner)) return interp.evalBlock(expr.then, inner);
  if (!expr.else) return UNIT;
  return 'kind' in expr.else ? interp.eval(expr.else, inner) : interp.evalBlock(expr.else, inner);
}

function evalMatch(interp: Interpreter, expr: ExprOf<'match'>, frame: Frame): Value {
  const scrutinee = expr.scrutinee;
  const value = interp.eval(scrutinee, frame);
  const place = isPlaceExpr(scrutinee) ? placeOf(interp, scrutinee, frame) : null;
  for (const arm of expr.arms) {
    const armFrame = new Frame(frame);
    if (!bindPattern(interp, armFrame, arm.pattern, value, place)) continue;
    if (arm.guard && !truthy(interp.eval(arm.guard, armFrame))) continue;
    return interp.eval(arm.body, armFrame);
  }
  throw new Error('no match arm matched (the checker accepts only exhaustive matches)');
}

function evalWhile(interp: Interpreter, expr: ExprOf<'while'>, frame: Frame): Value {
  for (;;) {
    interp.step();
    const inner = new Frame(frame);
    if (!condition(interp, expr.condition, inner)) return UNIT;
    if (loopBody(interp, expr.body, inner, expr.label) === 'break') return UNIT;
  }
}

function evalLoop(interp: Interpreter, expr: ExprOf<'loop'>, frame: Frame): Value {
  for (;;) {
    interp.step();
    try {
      interp.evalBlock(expr.body, frame);
    } catch (signal) {
      if (signal instanceof BreakSignal && (signal.label === null || signal.label === expr.label)) return signal.value;
      if (signal instanceof ContinueSignal && (signal.label === null || signal.label === expr.label)) continue;
      throw signal;
    }
  }
}

function evalFor(interp: Interpreter, expr: ExprOf<'for'>, frame: Frame): Value {
  const it = toIter(interp.eval(expr.iterable, frame), interp.rt);
  for (let item = it.next(); item !== null; item = it.next()) {
    interp.step();
    const inner = new Frame(frame);
    bindPattern(interp, inner, expr.pattern, item, null);
    if (loopBody(interp, expr.body, inner, expr.label) === 'break') break;
  }
  return UNIT;
}

function cast(interp: Interpreter, expr: ExprOf<'cast'>, frame: Frame): Value {
  const value = derefValue(interp.eval(expr.expr, frame));
  const target = interp.typeOf(expr);
  if (target.k === 'int' || target.k === 'float') {
    if (value.k === 'adt') return makeInt(target.k === 'int' ? target.ty : 'i64', BigInt(enumDiscriminant(interp, value)));
    return castValue(value, target.ty);
  }
  if (target.k === 'char') return castValue(value, 'char');
  return value;
}

/** `?` converts the error with From: &str → String is the only conversion the checker allows besides identity. */
function convertError(error: Value): Value {
  return error.k === 'str' ? { k: 'string', v: error.v } : error;
}

function truthy(value: Value): boolean {
  const v = derefValue(value);
  return v.k === 'bool' && v.v;
}

function condition(interp: Interpreter, cond: ExprOf<'if'>['condition'], frame: Frame): boolean {
  if (cond.kind === 'letCondition') {
    const value = interp.eval(cond.value, frame);
    const place = isPlaceExpr(cond.value) ? placeOf(interp, cond.value, frame) : null;
    return bindPattern(interp, frame, cond.pattern, value, place);
  }
  return truthy(interp.eval(cond, frame));
}

/** Runs a loop body; 'break' when the loop must stop. */
function loopBody(interp: Interpreter, body: ExprOf<'loop'>['body'], frame: Frame, label: string | null): 'break' | 'continue' {
  try {
    interp.evalBlock(body, frame);
  } catch (signal) {
    if (signal instanceof BreakSignal && (signal.label === null || signal.label === label)) return 'break';
    if (signal instanceof ContinueSignal && (signal.label === null || signal.label === label)) return 'continue';
    throw signal;
  }
  return 'continue';
}

function literal(interp: Interpreter, expr: ExprOf<'lit'>): Value {
  const lit = expr.value;
  switch (lit.kind) {
    case 'int': {
      const ty = interp.typeOf(expr);
      if (ty.k === 'float') return makeFloat(ty.ty, Number(lit.value));
      if (ty.k !== 'int') throw new Error(`integer literal of type ${ty.k}`);
      return { k: 'int', ty: ty.ty, v: lit.value };
    }
    case 'float': {
      const ty = interp.typeOf(expr);
      return makeFloat(ty.k === 'float' ? ty.ty : 'f64', lit.value);
    }
    case 'str':
      return { k: 'str', v: lit.value };
    case 'char':
      return { k: 'char', v: lit.value };
    case 'byte':
      return makeInt('u8', BigInt(lit.value));
    case 'bool':
      return { k: 'bool', v: lit.value };
    case 'byteStr':
      return { k: 'ref', mutable: false, place: temp({ k: 'array', items: lit.value.map((b) => makeInt('u8', BigInt(b))) }) };
  }
}

function localPlace(frame: Frame, id: number): Place {
  const place = frame.lookup(id);
  if (!place) throw new Error(`variable ${id} is not defined`);
  return place;
}

/** The value of a resolved non-local path. */
export function evalValueRes(interp: Interpreter, res: ValueRes, frame: Frame, span: Span): Value {
  switch (res.k) {
    case 'local':
      return localPlace(frame, res.binding.id).get();
    case 'fn':
      return { k: 'callable', name: res.decl.name.name, call: (args) => (res.decl.selfParam ? interp.callFn(res.decl, args[0]!, args.slice(1)) : interp.callFn(res.decl, null, args)) };
    case 'ctor':
      if (res.unit) return { k: 'adt', name: res.adt, variant: res.variant, fields: [], fieldNames: null };
      return { k: 'callable', name: res.variant ?? res.adt, call: (args) => ({ k: 'adt', name: res.adt, variant: res.variant, fields: args, fieldNames: null }) };
    case 'const':
      return interp.constValue(res.decl, () => {
        if (!res.decl.value) throw new Unsupported('constants without a value', span);
        return interp.eval(res.decl.value, new Frame(null));
      });
    case 'std': {
      const fn = res.fn;
      const self = res.selfTy ? interp.checked.resolve(res.selfTy) : null;
      if (fn.isConst) return fn.run([], { self, ret: self ?? { k: 'tuple', elems: [] }, params: [], generics: [] }, interp.rt);
      return { k: 'callable', name: fn.path, call: (args) => fn.run(args, { self, ret: self ?? { k: 'tuple', elems: [] }, params: [], generics: [] }, interp.rt) };
    }
  }
}

// ---- places --------------------------------------------------------------------------------

export function isPlaceExpr(expr: Expr): boolean {
  return expr.kind === 'path' || expr.kind === 'field' || expr.kind === 'tupleField' || expr.kind === 'index' || (expr.kind === 'unary' && expr.op === '*');
}

/** The location an expression denotes; temporaries get a fresh location. */
export function placeOf(interp: Interpreter, expr: Expr, frame: Frame): Place {
  switch (expr.kind) {
    case 'path': {
      const res = interp.checked.values.get(expr.id);
      if (res?.k === 'local') return localPlace(frame, res.binding.id);
      return temp(interp.eval(expr, frame));
    }
    case 'unary':
      if (expr.op === '*') {
        const target = interp.eval(expr.operand, frame);
        if (target.k === 'ref') return target.place;
        if (target.k === 'box') return boxPlace(target);
        return temp(target);
      }
      return temp(interp.eval(expr, frame));
    case 'field':
    case 'tupleField': {
      const container = autoderefPlace(placeOf(interp, expr.object, frame), interp.checked.derefs.get(expr.id) ?? 0);
      const value = container.get();
      if (value.k === 'tuple') return itemPlace(value.items, (expr as ExprOf<'tupleField'>).index);
      if (value.k !== 'adt') throw new Error(`field access on ${value.k}`);
      const index = expr.kind === 'field' ? (value.fieldNames?.indexOf(expr.field.name) ?? -1) : expr.index;
      if (index < 0) throw new Error(`no field ${expr.kind === 'field' ? expr.field.name : expr.index}`);
      return itemPlace(value.fields, index);
    }
    case 'index':
      return indexPlace(interp, expr, frame);
    default:
      return temp(interp.eval(expr, frame));
  }
}

function boxPlace(box: Extract<Value, { k: 'box' }>): Place {
  return { get: () => box.value, set: (v) => (box.value = v) };
}

function itemPlace(items: Value[], index: number): Place {
  return { get: () => items[index]!, set: (v) => (items[index] = v) };
}

/** Follows `derefs` references or boxes from a place. */
function autoderefPlace(place: Place, derefs: number): Place {
  let p = place;
  for (let i = 0; i < derefs; i++) {
    const v = p.get();
    if (v.k === 'ref') p = v.place;
    else if (v.k === 'box') p = boxPlace(v);
  }
  // Values reached through references stay references until a field or index needs the target.
  for (let v = p.get(); v.k === 'ref' || v.k === 'box'; v = p.get()) p = v.k === 'ref' ? v.place : boxPlace(v);
  return p;
}

function indexPlace(interp: Interpreter, expr: ExprOf<'index'>, frame: Frame): Place {
  const container = autoderefPlace(placeOf(interp, expr.object, frame), interp.checked.derefs.get(expr.id) ?? 0);
  const index = derefValue(interp.eval(expr.index, frame));
  const value = container.get();
  interp.at = expr.span;
  if (value.k === 'map') {
    const key = interp.rt.keyOf(index);
    if (!value.entries.has(key)) interp.panicAt('key not found in map', expr.span);
    return { get: () => value.entries.get(key)![1], set: (v) => value.entries.set(key, [value.entries.get(key)![0], v]) };
  }
  if (value.k === 'str' || value.k === 'string') {
    const text = value.v;
    const { start, end } = rangeBounds(index, utf8Length(text), interp, expr.span, 'str');
    return temp({ k: 'str', v: sliceBytes(text, start, end) });
  }
  const { items, start, end } = sequenceView(value);
  const len = end - start;
  if (index.k === 'range') {
    const r = rangeBounds(index, len, interp, expr.span, 'slice');
    return temp({ k: 'slice', items, start: start + r.start, end: start + r.end });
  }
  const i = Number((index as IntValue).v);
  if (i >= len) interp.panicAt(`index out of bounds: the len is ${len} but the index is ${i}`, expr.span);
  return itemPlace(items, start + i);
}

function rangeBounds(index: Value, len: number, interp: Interpreter, span: Span, what: 'str' | 'slice'): { start: number; end: number } {
  if (index.k !== 'range') throw new Error('expected a range index');
  const start = index.start ? Number((derefValue(index.start) as IntValue).v) : 0;
  const end = index.end ? Number((derefValue(index.end) as IntValue).v) + (index.inclusive ? 1 : 0) : len;
  if (what === 'slice') {
    if (start > end) interp.panicAt(`slice index starts at ${start} but ends at ${end}`, span);
    if (end > len) interp.panicAt(`range end index ${end} out of range for slice of length ${len}`, span);
  }
  return { start, end };
}

// ---- operators -----------------------------------------------------------------------------

function unary(interp: Interpreter, expr: ExprOf<'unary'>, frame: Frame): Value {
  if (expr.op === '*') return interp.read(placeOf(interp, expr, frame), interp.typeOf(expr));
  const v = derefValue(interp.eval(expr.operand, frame));
  interp.at = expr.span;
  if (expr.op === '-') {
    if (v.k === 'int') return intNeg(v);
    if (v.k === 'float') return floatNeg(v);
  } else {
    if (v.k === 'bool') return { k: 'bool', v: !v.v };
    if (v.k === 'int') return intNot(v);
  }
  throw new Error(`unary ${expr.op} on ${v.k}`);
}

function binary(interp: Interpreter, expr: ExprOf<'binary'>, frame: Frame): Value {
  const op = expr.op;
  if (op === '&&') return { k: 'bool', v: truthy(interp.eval(expr.left, frame)) && truthy(interp.eval(expr.right, frame)) };
  if (op === '||') return { k: 'bool', v: truthy(interp.eval(expr.left, frame)) || truthy(interp.eval(expr.right, frame)) };
  const userOp = interp.checked.methods.get(expr.id);
  const leftValue = interp.eval(expr.left, frame);
  const rightValue = interp.eval(expr.right, frame);
  if (userOp?.k === 'user') return interp.callFn(userOp.decl, leftValue, [rightValue]);
  interp.at = expr.span;
  return applyBinary(interp, op, leftValue, rightValue);
}

export function applyBinary(interp: Interpreter, op: string, leftValue: Value, rightValue: Value): Value {
  switch (op) {
    case '==':
      return { k: 'bool', v: interp.rt.equals(leftValue, rightValue) };
    case '!=':
      return { k: 'bool', v: !interp.rt.equals(leftValue, rightValue) };
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const c = interp.rt.compare(leftValue, rightValue);
      if (c === null) return { k: 'bool', v: false };
      return { k: 'bool', v: op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0 };
    }
  }
  const l = derefValue(leftValue);
  const r = derefValue(rightValue);
  if (l.k === 'int' && r.k === 'int') return intBinary(op as Parameters<typeof intBinary>[0], l, r);
  if (l.k === 'float' && r.k === 'float') return floatBinary(op as Parameters<typeof floatBinary>[0], l, r);
  if (l.k === 'bool' && r.k === 'bool') {
    if (op === '&') return { k: 'bool', v: l.v && r.v };
    if (op === '|') return { k: 'bool', v: l.v || r.v };
    if (op === '^') return { k: 'bool', v: l.v !== r.v };
  }
  if (op === '+' && l.k === 'string') {
    const appended = textOf(r);
    interp.allocate(appended.length);
    return { k: 'string', v: l.v + appended };
  }
  throw new Error(`binary ${op} on ${l.k} and ${r.k}`);
}

function assign(interp: Interpreter, expr: ExprOf<'assign'>, frame: Frame): Value {
  const value = interp.eval(expr.value, frame);
  if (expr.target.kind === 'tuple') {
    const items = (derefValue(value) as Extract<Value, { k: 'tuple' }>).items;
    expr.target.elems.forEach((element, i) => placeOf(interp, element, frame).set(items[i]!));
    return UNIT;
  }
  placeOf(interp, expr.target, frame).set(value);
  return UNIT;
}

function compoundAssign(interp: Interpreter, expr: ExprOf<'compoundAssign'>, frame: Frame): Value {
  const value = interp.eval(expr.value, frame);
  const place = placeOf(interp, expr.target, frame);
  const target = autoderefPlace(place, 0);
  interp.at = expr.span;
  target.set(applyBinary(interp, expr.op, target.get(), value));
  return UNIT;
}

// ---- calls ---------------------------------------------------------------------------------

function call(interp: Interpreter, expr: ExprOf<'call'>, frame: Frame): Value {
  const callee = expr.callee;
  const res = callee.kind === 'path' ? interp.checked.values.get(callee.id) : undefined;
  if (res && res.k === 'std' && !res.fn.isConst) {
    const args = expr.args.map((a) => interp.eval(a, frame));
    const calleeTy = interp.typeOf(callee);
    const ret = interp.typeOf(expr);
    interp.at = expr.span;
    return res.fn.run(args, { self: res.selfTy ? interp.checked.resolve(res.selfTy) : null, ret, params: calleeTy.k === 'fn' ? calleeTy.params : [], generics: [] }, interp.rt);
  }
  if (res && res.k === 'fn') {
    const args = expr.args.map((a) => interp.eval(a, frame));
    interp.at = expr.span;
    return res.decl.selfParam ? interp.callFn(res.decl, args[0]!, args.slice(1)) : interp.callFn(res.decl, null, args);
  }
  const fn = interp.eval(callee, frame);
  const args = expr.args.map((a) => interp.eval(a, frame));
  interp.at = expr.span;
  return interp.callValue(fn, args);
}

/** Evaluates a method receiver and applies the checker's auto-deref / auto-ref adjustment. */
function receiver(interp: Interpreter, expr: Expr, adjust: Adjustment, frame: Frame): { place: Place; value: Value } {
  let place = isPlaceExpr(expr) ? placeOf(interp, expr, frame) : temp(interp.eval(expr, frame));
  for (let i = 0; i < adjust.derefs; i++) {
    const v = place.get();
    if (v.k === 'ref') place = v.place;
    else if (v.k === 'box') place = boxPlace(v);
    // String → str and Vec → [T] need no change: std methods read both.
  }
  return { place, value: place.get() };
}

function methodCall(interp: Interpreter, expr: ExprOf<'methodCall'>, frame: Frame): Value {
  const res = interp.checked.methods.get(expr.id);
  if (!res) throw new Error(`unresolved method ${expr.method.name}`);
  const { place, value } = receiver(interp, expr.receiver, res.adjust, frame);
  const args = expr.args.map((a) => interp.eval(a, frame));
  interp.at = expr.span;
  if (res.k === 'user') {
    const mode = res.decl.selfParam!.kind;
    let self: Value;
    if (res.adjust.autoref !== 'none') self = { k: 'ref', mutable: res.adjust.autoref === 'refMut', place };
    else if (mode === 'value') self = interp.read(place, interp.checked.resolve({ k: 'adt', name: res.owner, args: [] }));
    else self = value;
    return interp.callFn(res.decl, self, args);
  }
  // The value the method works on, and where it lives (through any remaining references).
  let target = place;
  for (let v = target.get(); v.k === 'ref' || v.k === 'box'; v = target.get()) target = v.k === 'ref' ? v.place : boxPlace(v);
  const self = target.get();
  return res.method.run({
    self,
    place: target,
    args,
    selfTy: interp.checked.resolve(res.selfTy),
    retTy: interp.typeOf(expr),
    generics: res.generics.map((g) => interp.checked.resolve(g)),
    rt: interp.rt,
  });
}

function closure(interp: Interpreter, expr: ExprOf<'closure'>, frame: Frame): Value {
  // A `move` closure takes its captures at creation; others see the variables themselves.
  let scope = frame;
  if (expr.isMove) {
    scope = new Frame(null);
    for (const binding of interp.checked.captures.get(expr.id) ?? []) {
      const place = frame.lookup(binding.id);
      if (place) scope.define(binding.id, interp.read(place, interp.checked.resolve(binding.ty)));
    }
  }
  return {
    k: 'callable',
    name: 'closure',
    call: (args) => {
      const inner = new Frame(scope);
      expr.params.forEach((param, i) => bindPattern(interp, inner, param.pattern, args[i] ?? UNIT, null));
      try {
        return interp.eval(expr.body, inner);
      } catch (signal) {
        if (signal instanceof ReturnSignal) return signal.value;
        throw signal;
      }
    },
  };
}

function structLit(interp: Interpreter, expr: ExprOf<'structLit'>, frame: Frame): Value {
  const ty = interp.typeOf(expr);
  if (ty.k !== 'adt') throw new Error('struct literal of a non-struct type');
  const last = expr.path.segments[expr.path.segments.length - 1]!.name;
  const isVariant = interp.checked.info.enums.has(ty.name);
  const variant = isVariant ? (expr.path.segments.length > 1 ? last : variantNameOf(interp, last)) : null;
  const declared = interp.checked.fieldTypes(ty.name, variant);
  const given = new Map(expr.fields.map((f) => [f.name.name, interp.eval(f.value, frame)] as const));
  const base = expr.base ? (derefValue(interp.eval(expr.base, frame)) as AdtValue) : null;
  const fields = declared.map((f, i) => given.get(f.name!) ?? base?.fields[i] ?? (() => {
    throw new Error(`missing field ${f.name}`);
  })());
  return { k: 'adt', name: ty.name, variant, fields, fieldNames: declared.map((f) => f.name!) };
}

/** A variant imported by name (`use Shape::*; Circle { r }`). */
function variantNameOf(interp: Interpreter, name: string): string {
  const imported = interp.checked.info.imports.get(name);
  return imported?.kind === 'variant' ? imported.variant : name;
}

function enumDiscriminant(interp: Interpreter, value: AdtValue): number {
  const decl = interp.checked.info.enums.get(value.name);
  if (!decl) throw new Error(`cast of ${value.name}`);
  let next = 0;
  for (const variant of decl.variants) {
    if (variant.discriminant) {
      const d = variant.discriminant;
      if (d.kind === 'lit' && d.value.kind === 'int') next = Number(d.value.value);
      else if (d.kind === 'unary' && d.op === '-' && d.operand.kind === 'lit' && d.operand.value.kind === 'int') next = -Number(d.operand.value.value);
      else throw new Unsupported('enum discriminants that are not integer literals', d.span);
    }
    if (variant.name.name === value.variant) return next;
    next++;
  }
  throw new Error(`unknown variant ${value.variant}`);
}

