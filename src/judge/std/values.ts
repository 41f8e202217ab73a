import type { Ty } from '../check/types';
import { makeInt, noneValue, someValue } from '../run/integers';
import { Panic, type IntType, type Place, type Value } from '../run/values';

/** Helpers std implementations share for building and reading runtime values. */

export { makeInt, noneValue, someValue };

/** Follows references to the value they point at. */
export function deref(value: Value): Value {
  let v = value;
  while (v.k === 'ref') v = v.place.get();
  while (v.k === 'box') v = v.value;
  return v;
}

export function textOf(value: Value): string {
  const v = deref(value);
  if (v.k === 'str' || v.k === 'string') return v.v;
  throw new Error(`expected text, got ${v.k}`);
}

export function intOf(value: Value): bigint {
  const v = deref(value);
  if (v.k !== 'int') throw new Error(`expected an integer, got ${v.k}`);
  return v.v;
}

export function numberOf(value: Value): number {
  const v = deref(value);
  if (v.k === 'int') return Number(v.v);
  if (v.k === 'float') return v.v;
  throw new Error(`expected a number, got ${v.k}`);
}

export function boolOf(value: Value): boolean {
  const v = deref(value);
  if (v.k !== 'bool') throw new Error(`expected a bool, got ${v.k}`);
  return v.v;
}

export function charOf(value: Value): string {
  const v = deref(value);
  if (v.k !== 'char') throw new Error(`expected a char, got ${v.k}`);
  return v.v;
}

export const usize = (n: number | bigint): Value => makeInt('usize', BigInt(n));
export const u32 = (n: number | bigint): Value => makeInt('u32', BigInt(n));
export const boolValue = (v: boolean): Value => ({ k: 'bool', v });
export const stringValue = (v: string): Value => ({ k: 'string', v });
export const strValue = (v: string): Value => ({ k: 'str', v });
export const charValue = (v: string): Value => ({ k: 'char', v });
export const unitValue: Value = { k: 'unit' };
export const option = (v: Value | null | undefined): Value => (v == null ? noneValue() : someValue(v));

/** A place holding a value of its own (a temporary). */
export function tempPlace(initial: Value): Place {
  let value = initial;
  return { get: () => value, set: (v) => (value = v) };
}

/** A reference to a temporary holding `value`. */
export function refTo(value: Value, mutable = false): Value {
  return { k: 'ref', mutable, place: tempPlace(value) };
}

/** A reference to `items[index]` (shared with the container). */
export function refToItem(items: Value[], index: number, mutable = false): Value {
  return {
    k: 'ref',
    mutable,
    place: {
      get: () => {
        const item = items[index];
        if (item === undefined) throw new Error(`dangling reference to item ${index}`);
        return item;
      },
      set: (v) => (items[index] = v),
    },
  };
}

/** The elements a sequence value holds (Vec, array, slice view), as a fresh array of the same values. */
export function sequenceItems(value: Value): Value[] {
  const v = deref(value);
  switch (v.k) {
    case 'vec':
    case 'array':
      return v.items;
    case 'slice':
      return v.items.slice(v.start, v.end);
    default:
      throw new Error(`expected a sequence, got ${v.k}`);
  }
}

/** The backing array and bounds of a sequence, for views and in-place mutation. */
export function sequenceView(value: Value): { items: Value[]; start: number; end: number } {
  const v = deref(value);
  switch (v.k) {
    case 'vec':
    case 'array':
      return { items: v.items, start: 0, end: v.items.length };
    case 'slice':
      return { items: v.items, start: v.start, end: v.end };
    default:
      throw new Error(`expected a sequence, got ${v.k}`);
  }
}

export function sliceOf(items: Value[], start = 0, end = items.length): Value {
  return { k: 'slice', items, start, end };
}

/** An iterator over a JS array of values. */
export function iterOver(items: Value[], name = 'Iter'): Value {
  let front = 0;
  let back = items.length;
  return {
    k: 'iter',
    name,
    next: () => (front < back ? items[front++]! : null),
    nextBack: () => (front < back ? items[--back]! : null),
  };
}

/** Drains an iterator value into an array, charging the budget per item. */
export function collectAll(iter: Value, step: () => void): Value[] {
  const it = deref(iter);
  if (it.k !== 'iter') throw new Error(`expected an iterator, got ${it.k}`);
  const out: Value[] = [];
  for (let item = it.next(); item !== null; item = it.next()) {
    step();
    out.push(item);
  }
  return out;
}

export function intTypeOf(ty: Ty): IntType {
  if (ty.k === 'int') return ty.ty;
  throw new Error(`expected an integer type, got ${ty.k}`);
}

/** Rust's "index out of bounds" panic. */
export function indexPanic(index: number | bigint, len: number): never {
  throw new Panic(`index out of bounds: the len is ${len} but the index is ${index}`);
}

export function unwrapNonePanic(): never {
  throw new Panic('called `Option::unwrap()` on a `None` value');
}
