/**
 * Value identity for collections: map/set keys (`keyOf`), derived `PartialEq` (`valuesEqual`)
 * and derived `PartialOrd` / `Ord` (`partialCompareValues`, `compareValues`), as rustc derives
 * them. (Formatting itself lives in format-spec.ts and format-value.ts.)
 */

import type { AdtValue, Value } from './values';

/** References and boxes compare, hash and print as what they point to. */
function deref(value: Value): Value {
  let v = value;
  while (v.k === 'ref' || v.k === 'box') v = v.k === 'ref' ? v.place.get() : v.value;
  return v;
}

function sequence(v: Value): Value[] | null {
  switch (v.k) {
    case 'array':
    case 'vec':
      return v.items;
    case 'slice':
      return v.items.slice(v.start, v.end);
    default:
      return null;
  }
}

/**
 * A canonical string for a hashable value: equal keys ⇔ equal values. `&str` and `String`
 * with the same text share a key, as do a Vec, an array and a slice with the same items (Rust's
 * `Borrow` lets `map.get(&v[..])` find a `Vec` key). Integer keys do not include their type:
 * a Rust map never mixes key types, and leaving it out keeps lookups working even where the
 * interpreter's literal typing is looser than rustc's.
 */
export function keyOf(value: Value): string {
  const v = deref(value);
  switch (v.k) {
    case 'int':
      return `i${v.v}`;
    case 'float':
      return `f${v.v === 0 ? 0 : v.v}`; // -0 == 0
    case 'bool':
      return v.v ? 'T' : 'F';
    case 'char':
      return `c${JSON.stringify(v.v)}`;
    case 'str':
    case 'string':
      return `s${JSON.stringify(v.v)}`;
    case 'unit':
      return 'u';
    case 'tuple':
      return `(${v.items.map(keyOf).join(',')})`;
    case 'array':
    case 'vec':
    case 'slice':
      return `[${sequence(v)!.map(keyOf).join(',')}]`;
    case 'adt':
      return `A${JSON.stringify(v.name)}${v.variant === null ? '' : '.' + JSON.stringify(v.variant)}(${v.fields.map(keyOf).join(',')})`;
    case 'map':
      return `M{${[...v.entries.values()].map(([k, val]) => `${keyOf(k)}:${keyOf(val)}`).join(',')}}`;
    case 'set':
      return `S{${[...v.entries.values()].map(keyOf).join(',')}}`;
    case 'range':
      return `R${v.inclusive ? '=' : ''}(${v.start ? keyOf(v.start) : ''},${v.end ? keyOf(v.end) : ''})`;
    default:
      throw new Error(`${v.k} is not hashable`);
  }
}

/** Derived `PartialEq`: structural; floats by value (NaN ≠ NaN, -0 = 0). */
export function valuesEqual(a: Value, b: Value): boolean {
  const x = deref(a);
  const y = deref(b);
  const xs = sequence(x);
  const ys = sequence(y);
  if (xs && ys) return xs.length === ys.length && xs.every((item, i) => valuesEqual(item, ys[i]!));
  switch (x.k) {
    case 'int':
    case 'float':
      return (y.k === 'int' || y.k === 'float') && x.v === y.v;
    case 'bool':
    case 'char':
      return y.k === x.k && x.v === y.v;
    case 'str':
    case 'string':
      return (y.k === 'str' || y.k === 'string') && x.v === y.v;
    case 'unit':
      return y.k === 'unit';
    case 'tuple':
      return y.k === 'tuple' && x.items.length === y.items.length && x.items.every((item, i) => valuesEqual(item, y.items[i]!));
    case 'adt':
      return (
        y.k === 'adt' &&
        x.name === y.name &&
        x.variant === y.variant &&
        x.fields.length === y.fields.length &&
        x.fields.every((f, i) => valuesEqual(f, y.fields[i]!))
      );
    case 'map': {
      if (y.k !== 'map' || x.entries.size !== y.entries.size) return false;
      for (const [key, [, val]] of x.entries) {
        const other = y.entries.get(key);
        if (!other || !valuesEqual(val, other[1])) return false;
      }
      return true;
    }
    case 'set':
      return y.k === 'set' && x.entries.size === y.entries.size && [...x.entries.keys()].every((key) => y.entries.has(key));
    case 'range':
      return (
        y.k === 'range' &&
        x.inclusive === y.inclusive &&
        optionalEqual(x.start, y.start) &&
        optionalEqual(x.end, y.end)
      );
    default:
      return false;
  }
}

function optionalEqual(a: Value | null, b: Value | null): boolean {
  return a === null || b === null ? a === b : valuesEqual(a, b);
}

/** A user enum's variant position (declaration order), for derived `Ord` on enums. */
export type VariantIndex = (value: AdtValue) => number;

const STD_VARIANTS: Record<string, string[]> = {
  Option: ['None', 'Some'],
  Result: ['Ok', 'Err'],
  Ordering: ['Less', 'Equal', 'Greater'],
};

function variantPosition(v: AdtValue, variantIndex?: VariantIndex): number {
  if (v.variant === null) return 0;
  const std = STD_VARIANTS[v.name];
  if (std) return std.indexOf(v.variant);
  if (!variantIndex) throw new Error(`comparing ${v.name} variants needs their declaration order`);
  return variantIndex(v);
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Strings compare by UTF-8 bytes in Rust, which is code point order (not UTF-16 unit order). */
function compareStrings(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    // a surrogate (code point ≥ U+10000) sorts after any other BMP unit
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return sign(a.length - b.length);
}

function lexicographic(xs: Value[], ys: Value[], variantIndex?: VariantIndex): -1 | 0 | 1 | null {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const c = partialCompareValues(xs[i]!, ys[i]!, variantIndex);
    if (c !== 0) return c;
  }
  return sign(xs.length - ys.length);
}

/**
 * Derived `PartialOrd::partial_cmp`: null when unordered (a NaN somewhere decides it).
 * Sequences and tuples compare lexicographically; enums by variant order, then fields.
 */
export function partialCompareValues(a: Value, b: Value, variantIndex?: VariantIndex): -1 | 0 | 1 | null {
  const x = deref(a);
  const y = deref(b);
  const xs = sequence(x);
  const ys = sequence(y);
  if (xs && ys) return lexicographic(xs, ys, variantIndex);
  switch (x.k) {
    case 'int':
      if (y.k !== 'int') break;
      return x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
    case 'float':
      if (y.k !== 'float') break;
      if (Number.isNaN(x.v) || Number.isNaN(y.v)) return null;
      return x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
    case 'bool':
      if (y.k !== 'bool') break;
      return sign(Number(x.v) - Number(y.v));
    case 'char':
      if (y.k !== 'char') break;
      return sign(x.v.codePointAt(0)! - y.v.codePointAt(0)!);
    case 'str':
    case 'string':
      if (y.k !== 'str' && y.k !== 'string') break;
      return compareStrings(x.v, y.v);
    case 'unit':
      return 0;
    case 'tuple':
      if (y.k !== 'tuple') break;
      return lexicographic(x.items, y.items, variantIndex);
    case 'adt': {
      if (y.k !== 'adt') break;
      // std::cmp::Reverse orders its contents the other way round.
      if (x.name === 'Reverse' && y.name === 'Reverse') return partialCompareValues(y.fields[0]!, x.fields[0]!, variantIndex);
      const c = sign(variantPosition(x, variantIndex) - variantPosition(y, variantIndex));
      return c !== 0 ? c : lexicographic(x.fields, y.fields, variantIndex);
    }
    case 'map':
      if (y.k !== 'map') break;
      return lexicographic(
        [...x.entries.values()].map(([k, v]): Value => ({ k: 'tuple', items: [k, v] })),
        [...y.entries.values()].map(([k, v]): Value => ({ k: 'tuple', items: [k, v] })),
        variantIndex,
      );
    case 'set':
      if (y.k !== 'set') break;
      return lexicographic([...x.entries.values()], [...y.entries.values()], variantIndex);
  }
  throw new Error(`cannot compare ${x.k} with ${y.k}`);
}

/** Derived `Ord::cmp`. Throws (an interpreter bug) on unordered values such as NaN. */
export function compareValues(a: Value, b: Value, variantIndex?: VariantIndex): -1 | 0 | 1 {
  const c = partialCompareValues(a, b, variantIndex);
  if (c === null) throw new Error('compareValues: unordered values (NaN)');
  return c;
}
