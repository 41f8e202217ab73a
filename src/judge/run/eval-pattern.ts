import type { Literal, Pattern, RangeBound } from '../syntax/ast';
import { Unsupported } from '../check/diagnostics';
import type { PatternRes, ValueRes } from '../check/typed';
import { sequenceView, textOf } from '../std/values';
import type { Frame, Interpreter } from './interpreter';
import { evalValueRes } from './eval-expr';
import { mayBeCopyAggregate, type Place, type Value } from './values';

type Mode = 'move' | 'ref' | 'refMut';

function deref(value: Value): Value {
  let v = value;
  while (v.k === 'box') v = v.value;
  return v;
}

/**
 * Matches `value` (held at `place`, when it has one) against a pattern, defining its bindings in
 * `frame`. Returns false when the pattern does not match (refutable patterns).
 */
export function bindPattern(
  interp: Interpreter,
  frame: Frame,
  pattern: Pattern,
  value: Value,
  place: Place | null,
  uninitialized = false,
  mode: Mode = 'move',
): boolean {
  const res = interp.checked.patterns.get(pattern);
  if (value.k === 'ref' && looksThrough(pattern, res)) {
    return bindPattern(interp, frame, pattern, value.place.get(), value.place, false, value.mutable && mode !== 'ref' ? 'refMut' : 'ref');
  }
  const v = deref(value);
  const here = place ?? { get: () => v, set: () => {} };
  switch (pattern.kind) {
    case 'wild':
      return true;
    case 'rest':
      return true;
    case 'ident': {
      if (res?.k === 'value') return interp.rt.equals(v, evalValueRes(interp, res.res, frame, pattern.span));
      if (res?.k !== 'binding') throw new Error(`unresolved binding ${pattern.name.name}`);
      if (pattern.sub && !bindPattern(interp, frame, pattern.sub, value, place, false, mode)) return false;
      if (uninitialized) {
        frame.bind(res.binding.id, uninitializedCell());
        return true;
      }
      let bound: Value;
      if (pattern.byRef || mode !== 'move') bound = { k: 'ref', mutable: pattern.byRef === 'refMut' || mode === 'refMut', place: here };
      else {
        const current = here.get();
        bound = mayBeCopyAggregate(current) ? interp.read(here, interp.checked.resolve(res.binding.ty)) : current;
      }
      frame.define(res.binding.id, bound);
      return true;
    }
    case 'lit':
      return literalMatches(pattern.value, pattern.negative, v);
    case 'range':
      return inRange(interp, frame, v, pattern.start, pattern.end, pattern.inclusive);
    case 'tuple': {
      if (v.k !== 'tuple' && v.k !== 'unit') return false;
      const items = v.k === 'unit' ? [] : v.items;
      return matchSequence(interp, frame, pattern.elems, items, mode);
    }
    case 'tupleStruct': {
      if (!res || res.k !== 'value' || res.res.k !== 'ctor') throw new Error('unresolved tuple struct pattern');
      if (!variantMatches(v, res.res)) return false;
      return matchSequence(interp, frame, pattern.elems, (v as Extract<Value, { k: 'adt' }>).fields, mode);
    }
    case 'struct': {
      if (!res || res.k !== 'value' || res.res.k !== 'ctor') throw new Error('unresolved struct pattern');
      if (!variantMatches(v, res.res)) return false;
      const adt = v as Extract<Value, { k: 'adt' }>;
      for (const field of pattern.fields) {
        const index = adt.fieldNames?.indexOf(field.name.name) ?? -1;
        if (index < 0) throw new Error(`no field ${field.name.name}`);
        const fieldPlace = itemPlace(adt.fields, index);
        if (!bindPattern(interp, frame, field.pattern, adt.fields[index]!, fieldPlace, false, mode)) return false;
      }
      return true;
    }
    case 'path':
      if (!res || res.k !== 'value') throw new Error('unresolved path pattern');
      if (res.res.k === 'ctor') return variantMatches(v, res.res);
      return interp.rt.equals(v, evalValueRes(interp, res.res, frame, pattern.span));
    case 'ref':
      if (value.k !== 'ref') return bindPattern(interp, frame, pattern.pattern, v, place, false, 'move');
      return bindPattern(interp, frame, pattern.pattern, value.place.get(), value.place, false, 'move');
    case 'or':
      return pattern.alternatives.some((alt) => bindPattern(interp, frame, alt, value, place, false, mode));
    case 'slice': {
      if (v.k !== 'array' && v.k !== 'slice' && v.k !== 'vec') return false;
      const { items, start, end } = sequenceView(v);
      const view = items.slice(start, end);
      const restIndex = pattern.elems.findIndex((p) => p.kind === 'rest');
      const fixed = pattern.elems.filter((p) => p.kind !== 'rest').length;
      if (restIndex < 0 ? view.length !== fixed : view.length < fixed) return false;
      return pattern.elems.every((p, i) => {
        if (p.kind === 'rest') return true;
        const index = restIndex >= 0 && i > restIndex ? view.length - (pattern.elems.length - i) : i;
        return bindPattern(interp, frame, p, items[start + index]!, itemPlace(items, start + index), false, mode);
      });
    }
  }
}

/** A non-reference pattern matching a reference looks through it (default binding modes). */
function looksThrough(pattern: Pattern, res: PatternRes | undefined): boolean {
  switch (pattern.kind) {
    case 'wild':
    case 'ref':
    case 'rest':
      return false;
    case 'ident':
      return res?.k === 'value';
    case 'lit':
      return pattern.value.kind !== 'str';
    default:
      return true;
  }
}

function uninitializedCell(): Place {
  let current: Value | null = null;
  return {
    get: () => {
      if (current === null) throw new Error('read of an uninitialized variable');
      return current;
    },
    set: (v) => (current = v),
  };
}

function itemPlace(items: Value[], index: number): Place {
  return { get: () => items[index]!, set: (v) => (items[index] = v) };
}

function matchSequence(interp: Interpreter, frame: Frame, patterns: Pattern[], items: Value[], mode: Mode): boolean {
  const restIndex = patterns.findIndex((p) => p.kind === 'rest');
  return patterns.every((p, i) => {
    if (p.kind === 'rest') return true;
    const index = restIndex >= 0 && i > restIndex ? items.length - (patterns.length - i) : i;
    return bindPattern(interp, frame, p, items[index]!, itemPlace(items, index), false, mode);
  });
}

function variantMatches(value: Value, ctor: Extract<ValueRes, { k: 'ctor' }>): boolean {
  if (value.k !== 'adt') return false;
  return value.name === ctor.adt && value.variant === ctor.variant;
}

function literalMatches(lit: Literal, negative: boolean, value: Value): boolean {
  switch (lit.kind) {
    case 'int':
      return value.k === 'int' ? value.v === (negative ? -lit.value : lit.value) : value.k === 'float' && value.v === Number(negative ? -lit.value : lit.value);
    case 'float':
      return value.k === 'float' && value.v === (negative ? -lit.value : lit.value);
    case 'str':
      return (value.k === 'str' || value.k === 'string') && textOf(value) === lit.value;
    case 'char':
      return value.k === 'char' && value.v === lit.value;
    case 'bool':
      return value.k === 'bool' && value.v === lit.value;
    case 'byte':
      return value.k === 'int' && value.v === BigInt(lit.value);
    case 'byteStr':
      throw new Unsupported('byte string patterns', null);
  }
}

function boundValue(interp: Interpreter, frame: Frame, bound: RangeBound, like: Value): Value {
  if (bound.kind === 'path') {
    const res = interp.checked.patterns.get(bound as unknown as Pattern);
    if (res?.k === 'value') return evalValueRes(interp, res.res, frame, bound.span);
    throw new Unsupported('paths as range pattern bounds', bound.span);
  }
  const lit = bound.value;
  if (lit.kind === 'int') return like.k === 'float' ? { k: 'float', ty: like.ty, v: Number(bound.negative ? -lit.value : lit.value) } : { k: 'int', ty: like.k === 'int' ? like.ty : 'i32', v: bound.negative ? -lit.value : lit.value };
  if (lit.kind === 'char') return { k: 'char', v: lit.value };
  if (lit.kind === 'float') return { k: 'float', ty: 'f64', v: bound.negative ? -lit.value : lit.value };
  throw new Unsupported('this range pattern bound', bound.span);
}

function inRange(interp: Interpreter, frame: Frame, v: Value, start: RangeBound | null, end: RangeBound | null, inclusive: boolean): boolean {
  if (start && (interp.rt.compare(boundValue(interp, frame, start, v), v) ?? 1) > 0) return false;
  if (end) {
    const c = interp.rt.compare(v, boundValue(interp, frame, end, v)) ?? 1;
    if (inclusive ? c > 0 : c >= 0) return false;
  }
  return true;
}
