/**
 * Exact integer semantics of a rustc 1.95 debug build (x86-64: isize/usize are 64-bit):
 * checked arithmetic with rustc's panic messages, `as` casts, the integer methods small programs
 * call, and `str::parse` / `from_str_radix`.
 */

import { bigintToFloat, floatToBigInt, makeFloat } from './floats';
import { Panic, type AdtValue, type FloatType, type IntType, type IntValue, type Value } from './values';

export const INT_TYPES: readonly IntType[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];

const BITS: Record<IntType, number> = {
  i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64,
  u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64,
};

export function bits(ty: IntType): number {
  return BITS[ty];
}

export function isSigned(ty: IntType): boolean {
  return ty.startsWith('i');
}

const MIN = Object.fromEntries(
  INT_TYPES.map((ty) => [ty, isSigned(ty) ? -(1n << BigInt(BITS[ty] - 1)) : 0n]),
) as Record<IntType, bigint>;
const MAX = Object.fromEntries(
  INT_TYPES.map((ty) => [ty, isSigned(ty) ? (1n << BigInt(BITS[ty] - 1)) - 1n : (1n << BigInt(BITS[ty])) - 1n]),
) as Record<IntType, bigint>;

export function intMin(ty: IntType): bigint {
  return MIN[ty];
}

export function intMax(ty: IntType): bigint {
  return MAX[ty];
}

export function inRange(ty: IntType, v: bigint): boolean {
  return v >= intMin(ty) && v <= intMax(ty);
}

/** The unsigned type of the same width (`abs_diff`, `unsigned_abs`). */
export function unsignedOf(ty: IntType): IntType {
  return isSigned(ty) ? (('u' + ty.slice(1)) as IntType) : ty;
}

/** An IntValue; throws (an interpreter bug, not a Rust panic) when v is out of the type's range. */
export function makeInt(ty: IntType, v: bigint): IntValue {
  if (!inRange(ty, v)) throw new Error(`makeInt: ${v} does not fit in ${ty}`);
  return { k: 'int', ty, v };
}

/** Two's complement truncation / sign extension of v to the type (what `as` and `wrapping_*` do). */
export function wrapInt(ty: IntType, v: bigint): bigint {
  const n = BITS[ty];
  return isSigned(ty) ? BigInt.asIntN(n, v) : BigInt.asUintN(n, v);
}

function int(ty: IntType, v: bigint): IntValue {
  return { k: 'int', ty, v };
}

const u32 = (v: number | bigint): IntValue => int('u32', BigInt(v));
const bool = (v: boolean): Value => ({ k: 'bool', v });

// ---------------------------------------------------------------------------------------------
// Option / Result / Ordering values

export function someValue(v: Value): AdtValue {
  return { k: 'adt', name: 'Option', variant: 'Some', fields: [v], fieldNames: null };
}
export function noneValue(): AdtValue {
  return { k: 'adt', name: 'Option', variant: 'None', fields: [], fieldNames: null };
}
export function okValue(v: Value): AdtValue {
  return { k: 'adt', name: 'Result', variant: 'Ok', fields: [v], fieldNames: null };
}
export function errValue(v: Value): AdtValue {
  return { k: 'adt', name: 'Result', variant: 'Err', fields: [v], fieldNames: null };
}
export function orderingValue(c: -1 | 0 | 1): AdtValue {
  return { k: 'adt', name: 'Ordering', variant: c < 0 ? 'Less' : c > 0 ? 'Greater' : 'Equal', fields: [], fieldNames: null };
}

// ---------------------------------------------------------------------------------------------
// Operators

export type IntBinaryOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

const OVERFLOW: Record<'+' | '-' | '*', string> = {
  '+': 'attempt to add with overflow',
  '-': 'attempt to subtract with overflow',
  '*': 'attempt to multiply with overflow',
};

export const DIV_BY_ZERO = 'attempt to divide by zero';
export const REM_BY_ZERO = 'attempt to calculate the remainder with a divisor of zero';
const DIV_OVERFLOW = 'attempt to divide with overflow';
const REM_OVERFLOW = 'attempt to calculate the remainder with overflow';
const NEG_OVERFLOW = 'attempt to negate with overflow';

function checked(ty: IntType, v: bigint, message: string): IntValue {
  if (!inRange(ty, v)) throw new Panic(message);
  return int(ty, v);
}

/** The shift amount, or null when it is out of 0..bits (a panic for `<<` / `>>`). */
function shiftAmount(ty: IntType, b: IntValue): number | null {
  return b.v < 0n || b.v >= BigInt(BITS[ty]) ? null : Number(b.v);
}

function shiftLeft(a: IntValue, n: number): IntValue {
  return int(a.ty, wrapInt(a.ty, a.v << BigInt(n)));
}

/** `>>` is arithmetic for signed types (BigInt's >> floors, which is exactly that). */
function shiftRight(a: IntValue, n: number): IntValue {
  return int(a.ty, a.v >> BigInt(n));
}

/**
 * A binary operator as a debug build evaluates it. Both operands have the same type, except
 * for shifts, whose right operand may be any integer type.
 */
export function intBinary(op: IntBinaryOp, a: IntValue, b: IntValue): IntValue {
  const ty = a.ty;
  if (op === '<<' || op === '>>') {
    const n = shiftAmount(ty, b);
    if (n === null) throw new Panic(`attempt to shift ${op === '<<' ? 'left' : 'right'} with overflow`);
    return op === '<<' ? shiftLeft(a, n) : shiftRight(a, n);
  }
  if (b.ty !== ty) throw new Error(`intBinary: ${ty} ${op} ${b.ty}`);
  switch (op) {
    case '+':
      return checked(ty, a.v + b.v, OVERFLOW[op]);
    case '-':
      return checked(ty, a.v - b.v, OVERFLOW[op]);
    case '*':
      return checked(ty, a.v * b.v, OVERFLOW[op]);
    case '/':
      if (b.v === 0n) throw new Panic(DIV_BY_ZERO);
      return checked(ty, a.v / b.v, DIV_OVERFLOW); // BigInt division truncates toward zero
    case '%':
      if (b.v === 0n) throw new Panic(REM_BY_ZERO);
      if (isSigned(ty) && a.v === intMin(ty) && b.v === -1n) throw new Panic(REM_OVERFLOW);
      return int(ty, a.v % b.v); // sign of the dividend
    case '&':
      return int(ty, a.v & b.v);
    case '|':
      return int(ty, a.v | b.v);
    case '^':
      return int(ty, a.v ^ b.v);
  }
}

/** Unary `-` (signed types only). */
export function intNeg(a: IntValue): IntValue {
  return checked(a.ty, -a.v, NEG_OVERFLOW);
}

/** Unary `!`: bitwise not. */
export function intNot(a: IntValue): IntValue {
  return int(a.ty, wrapInt(a.ty, ~a.v));
}

export function intCompare(a: IntValue, b: IntValue): -1 | 0 | 1 {
  return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Casts

/** Rust's `as` between primitive types. `char` targets accept only u8 sources (the checker ensures it). */
export function castValue(value: Value, target: IntType | FloatType | 'char'): Value {
  if (target === 'char') {
    if (value.k === 'char') return value;
    if (value.k === 'int') return { k: 'char', v: String.fromCodePoint(Number(wrapInt('u8', value.v))) };
    throw new Error(`cannot cast ${value.k} as char`);
  }
  if (target === 'f32' || target === 'f64') {
    switch (value.k) {
      case 'float':
        return makeFloat(target, value.v);
      case 'int':
        return { k: 'float', ty: target, v: bigintToFloat(value.v, target) };
      default:
        throw new Error(`cannot cast ${value.k} as ${target}`);
    }
  }
  switch (value.k) {
    case 'int':
      return int(target, wrapInt(target, value.v));
    case 'float':
      return int(target, floatToBigInt(value.v, intMin(target), intMax(target)));
    case 'bool':
      return int(target, value.v ? 1n : 0n);
    case 'char':
      return int(target, wrapInt(target, BigInt(value.v.codePointAt(0)!)));
    default:
      throw new Error(`cannot cast ${value.k} as ${target}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Associated constants and functions

/** `i32::MAX`, `u8::MIN`, `u64::BITS`; undefined for other names. */
export function intConstant(ty: IntType, name: string): IntValue | undefined {
  switch (name) {
    case 'MAX':
      return int(ty, intMax(ty));
    case 'MIN':
      return int(ty, intMin(ty));
    case 'BITS':
      return u32(BITS[ty]);
    default:
      return undefined;
  }
}

export const TRY_FROM_INT_ERROR_MESSAGE = 'out of range integral type conversion attempted';

export const TRY_FROM_CHAR_ERROR_MESSAGE = 'unicode code point out of range';

/** `Err(TryFromIntError(()))` (or `TryFromCharError` for char sources), shaped for derived Debug. */
function tryFromError(name: 'TryFromIntError' | 'TryFromCharError'): AdtValue {
  return errValue({ k: 'adt', name, variant: null, fields: [{ k: 'unit' }], fieldNames: null });
}

/**
 * Associated functions: `i32::from_str_radix(s, r)`, `u8::try_from(x)`, `i64::from(x)`,
 * `i32::max_value()`, `i32::min_value()`. Undefined for other names.
 */
export function callIntStatic(ty: IntType, name: string, args: Value[]): Value | undefined {
  switch (name) {
    case 'from_str_radix': {
      const text = arg(args, 0);
      const radix = arg(args, 1);
      if ((text.k !== 'str' && text.k !== 'string') || radix.k !== 'int') throw new Error('from_str_radix: bad arguments');
      return parseIntegerResult(text.v, ty, Number(radix.v));
    }
    case 'try_from': {
      const a = arg(args, 0);
      const v = a.k === 'int' ? a.v : a.k === 'char' ? BigInt(a.v.codePointAt(0)!) : null;
      if (v === null) throw new Error(`try_from: ${a.k}`);
      return inRange(ty, v) ? okValue(int(ty, v)) : tryFromError(a.k === 'char' ? 'TryFromCharError' : 'TryFromIntError');
    }
    case 'from': {
      const a = arg(args, 0);
      if (a.k === 'int') return int(ty, a.v);
      if (a.k === 'bool') return int(ty, a.v ? 1n : 0n);
      if (a.k === 'char') return int(ty, BigInt(a.v.codePointAt(0)!));
      throw new Error(`from: ${a.k}`);
    }
    case 'max_value':
      return int(ty, intMax(ty));
    case 'min_value':
      return int(ty, intMin(ty));
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Methods

function arg(args: Value[], i: number): Value {
  let a = args[i];
  while (a && (a.k === 'ref' || a.k === 'box')) a = a.k === 'ref' ? a.place.get() : a.value;
  if (!a) throw new Error(`integer method: missing argument ${i}`);
  return a;
}

function intArg(args: Value[], i: number): IntValue {
  const a = arg(args, i);
  if (a.k !== 'int') throw new Error(`integer method: argument ${i} is ${a.k}`);
  return a;
}

/** Exact base^exp, or null when |result| would exceed 2^200 (it overflows every type then). */
function exactPow(base: bigint, exp: bigint): bigint | null {
  if (base === 0n) return exp === 0n ? 1n : 0n;
  if (base === 1n) return 1n;
  if (base === -1n) return exp % 2n === 0n ? 1n : -1n;
  if (exp > 200n) return null;
  return base ** exp;
}

function wrappingPow(ty: IntType, base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = wrapInt(ty, base);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = wrapInt(ty, result * b);
    b = wrapInt(ty, b * b);
    e >>= 1n;
  }
  return result;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function ilog(n: bigint, base: bigint): number {
  let k = 0;
  let p = base;
  while (p <= n) {
    p *= base;
    k++;
  }
  return k;
}

function euclid(a: bigint, b: bigint): { q: bigint; r: bigint } {
  let q = a / b;
  let r = a % b;
  if (r < 0n) {
    if (b > 0n) {
      q -= 1n;
      r += b;
    } else {
      q += 1n;
      r -= b;
    }
  }
  return { q, r };
}

function popcount(v: bigint): number {
  let n = 0;
  for (let x = v; x > 0n; x &= x - 1n) n++;
  return n;
}

/** The value's bit pattern as an unsigned number of the type's width. */
function unsignedBits(a: IntValue): bigint {
  return BigInt.asUintN(BITS[a.ty], a.v);
}

function leadingZeros(a: IntValue): number {
  const u = unsignedBits(a);
  return u === 0n ? BITS[a.ty] : BITS[a.ty] - u.toString(2).length;
}

function trailingZeros(a: IntValue): number {
  const u = unsignedBits(a);
  if (u === 0n) return BITS[a.ty];
  let n = 0;
  for (let x = u; (x & 1n) === 0n; x >>= 1n) n++;
  return n;
}

function fromBits(ty: IntType, u: bigint): IntValue {
  return int(ty, wrapInt(ty, u));
}

type Checked = (a: IntValue, b: IntValue) => bigint | null;

/** The exact mathematical results (or null when undefined, e.g. division by zero). */
const EXACT: Record<string, Checked> = {
  add: (a, b) => a.v + b.v,
  sub: (a, b) => a.v - b.v,
  mul: (a, b) => a.v * b.v,
  div: (a, b) => (b.v === 0n ? null : a.v / b.v),
  rem: (a, b) => (b.v === 0n ? null : a.v % b.v),
  div_euclid: (a, b) => (b.v === 0n ? null : euclid(a.v, b.v).q),
  rem_euclid: (a, b) => (b.v === 0n ? null : euclid(a.v, b.v).r),
};

/**
 * An integer method call as rustc 1.95 evaluates it, or undefined when this module does not know
 * the method (or the method does not exist for this signedness).
 */
export function callIntMethod(name: string, self: IntValue, args: Value[]): Value | undefined {
  const ty = self.ty;
  const signed = isSigned(ty);
  const a = self.v;
  const min = intMin(ty);
  const max = intMax(ty);
  const n = BITS[ty];
  const out = (v: bigint) => int(ty, v);

  // checked_* / wrapping_* / saturating_* / overflowing_* of add, sub, mul, div, rem, euclid
  const family = /^(checked|wrapping|saturating|overflowing)_(add|sub|mul|div|rem|div_euclid|rem_euclid)$/.exec(name);
  if (family) {
    const kind = family[1]!;
    const op = family[2]!;
    if (kind === 'saturating' && (op === 'rem' || op.endsWith('euclid'))) return undefined;
    const b = intArg(args, 0);
    const exact = EXACT[op]!(self, b);
    // MIN % -1 is 0 mathematically, but Rust counts it as an overflow like MIN / -1.
    const overflows = exact !== null && (!inRange(ty, exact) || (op.startsWith('rem') && signed && a === min && b.v === -1n));
    if (kind === 'checked') return exact !== null && !overflows ? someValue(out(exact)) : noneValue();
    if (exact === null) throw new Panic(op.startsWith('div') ? DIV_BY_ZERO : REM_BY_ZERO);
    if (kind === 'wrapping') return out(wrapInt(ty, exact));
    if (kind === 'overflowing') return { k: 'tuple', items: [out(wrapInt(ty, exact)), bool(overflows)] };
    return out(exact < min ? min : exact > max ? max : exact);
  }

  switch (name) {
    // ---- sign and magnitude
    case 'abs':
      return signed ? checked(ty, a < 0n ? -a : a, NEG_OVERFLOW) : undefined;
    case 'unsigned_abs':
      return signed ? int(unsignedOf(ty), a < 0n ? -a : a) : undefined;
    case 'checked_abs':
      return signed ? (a === min ? noneValue() : someValue(out(a < 0n ? -a : a))) : undefined;
    case 'wrapping_abs':
      return signed ? out(wrapInt(ty, a < 0n ? -a : a)) : undefined;
    case 'saturating_abs':
      return signed ? out(a === min ? max : a < 0n ? -a : a) : undefined;
    case 'overflowing_abs':
      return signed ? { k: 'tuple', items: [out(wrapInt(ty, a < 0n ? -a : a)), bool(a === min)] } : undefined;
    case 'checked_neg':
      return inRange(ty, -a) ? someValue(out(-a)) : noneValue();
    case 'wrapping_neg':
      return out(wrapInt(ty, -a));
    case 'saturating_neg':
      return signed ? out(a === min ? max : -a) : undefined;
    case 'overflowing_neg':
      return { k: 'tuple', items: [out(wrapInt(ty, -a)), bool(!inRange(ty, -a))] };
    case 'signum':
      return signed ? out(a > 0n ? 1n : a < 0n ? -1n : 0n) : undefined;
    case 'is_positive':
      return signed ? bool(a > 0n) : undefined;
    case 'is_negative':
      return signed ? bool(a < 0n) : undefined;
    case 'abs_diff': {
      const b = intArg(args, 0).v;
      return int(unsignedOf(ty), a > b ? a - b : b - a);
    }

    // ---- powers, roots, logarithms
    case 'pow':
    case 'checked_pow':
    case 'saturating_pow':
    case 'wrapping_pow':
    case 'overflowing_pow': {
      const e = intArg(args, 0).v;
      const exact = exactPow(a, e);
      const fits = exact !== null && inRange(ty, exact);
      if (name === 'pow') {
        if (!fits) throw new Panic(OVERFLOW['*']);
        return out(exact);
      }
      if (name === 'checked_pow') return fits ? someValue(out(exact)) : noneValue();
      if (name === 'saturating_pow') return fits ? out(exact) : out(a < 0n && e % 2n === 1n ? min : max);
      const wrapped = out(wrappingPow(ty, a, e));
      return name === 'wrapping_pow' ? wrapped : { k: 'tuple', items: [wrapped, bool(!fits)] };
    }
    case 'isqrt':
    case 'checked_isqrt':
      if (a < 0n) {
        if (name === 'checked_isqrt') return noneValue();
        throw new Panic('argument of integer square root cannot be negative');
      }
      return name === 'isqrt' ? out(isqrt(a)) : someValue(out(isqrt(a)));
    case 'ilog2':
    case 'ilog10':
    case 'ilog':
    case 'checked_ilog2':
    case 'checked_ilog10':
    case 'checked_ilog': {
      const isChecked = name.startsWith('checked_');
      const base = name.endsWith('2') ? 2n : name.endsWith('10') ? 10n : intArg(args, 0).v;
      if (base < 2n) {
        if (isChecked) return noneValue();
        throw new Panic('base of integer logarithm must be at least 2');
      }
      if (a <= 0n) {
        if (isChecked) return noneValue();
        throw new Panic('argument of integer logarithm must be positive');
      }
      const r = u32(ilog(a, base));
      return isChecked ? someValue(r) : r;
    }
    case 'is_power_of_two':
      return signed ? undefined : bool(a > 0n && (a & (a - 1n)) === 0n);
    case 'next_power_of_two':
    case 'checked_next_power_of_two': {
      if (signed) return undefined;
      let p = 1n;
      while (p < a) p <<= 1n;
      if (name === 'checked_next_power_of_two') return p > max ? noneValue() : someValue(out(p));
      if (p > max) throw new Panic(OVERFLOW['+']);
      return out(p);
    }

    // ---- ordering
    case 'min':
      return out(a < intArg(args, 0).v ? a : intArg(args, 0).v);
    case 'max':
      return out(a > intArg(args, 0).v ? a : intArg(args, 0).v);
    case 'clamp': {
      const lo = intArg(args, 0).v;
      const hi = intArg(args, 1).v;
      if (lo > hi) throw new Panic(`min > max. min = ${lo}, max = ${hi}`);
      return out(a < lo ? lo : a > hi ? hi : a);
    }
    case 'cmp':
      return orderingValue(intCompare(self, intArg(args, 0)));
    case 'partial_cmp':
      return someValue(orderingValue(intCompare(self, intArg(args, 0))));
    case 'eq':
      return bool(a === intArg(args, 0).v);
    case 'ne':
      return bool(a !== intArg(args, 0).v);
    case 'lt':
      return bool(a < intArg(args, 0).v);
    case 'le':
      return bool(a <= intArg(args, 0).v);
    case 'gt':
      return bool(a > intArg(args, 0).v);
    case 'ge':
      return bool(a >= intArg(args, 0).v);

    // ---- euclidean division and friends
    case 'div_euclid':
    case 'rem_euclid': {
      const b = intArg(args, 0).v;
      const isDiv = name === 'div_euclid';
      if (b === 0n) throw new Panic(isDiv ? DIV_BY_ZERO : REM_BY_ZERO);
      if (signed && a === min && b === -1n) throw new Panic(isDiv ? DIV_OVERFLOW : REM_OVERFLOW);
      const { q, r } = euclid(a, b);
      return out(isDiv ? q : r);
    }
    case 'div_ceil': {
      if (signed) return undefined;
      const b = intArg(args, 0).v;
      if (b === 0n) throw new Panic(DIV_BY_ZERO);
      return out((a + b - 1n) / b);
    }
    case 'next_multiple_of':
    case 'checked_next_multiple_of': {
      if (signed) return undefined;
      const b = intArg(args, 0).v;
      const isChecked = name.startsWith('checked_');
      if (b === 0n) {
        if (isChecked) return noneValue();
        throw new Panic(REM_BY_ZERO);
      }
      const r = a % b;
      const v = r === 0n ? a : a + (b - r);
      if (isChecked) return v > max ? noneValue() : someValue(out(v));
      if (v > max) throw new Panic(OVERFLOW['+']);
      return out(v);
    }
    case 'is_multiple_of': {
      if (signed) return undefined;
      const b = intArg(args, 0).v;
      return bool(b === 0n ? a === 0n : a % b === 0n);
    }
    case 'midpoint': {
      const s = a + intArg(args, 0).v;
      // unsigned rounds down; signed rounds toward zero (BigInt division truncates)
      return out(s / 2n);
    }

    // ---- bits
    case 'count_ones':
      return u32(popcount(unsignedBits(self)));
    case 'count_zeros':
      return u32(n - popcount(unsignedBits(self)));
    case 'leading_zeros':
      return u32(leadingZeros(self));
    case 'trailing_zeros':
      return u32(trailingZeros(self));
    case 'leading_ones':
      return u32(leadingZeros(intNot(self)));
    case 'trailing_ones':
      return u32(trailingZeros(intNot(self)));
    case 'rotate_left':
    case 'rotate_right': {
      const k = Number(intArg(args, 0).v % BigInt(n));
      const left = name === 'rotate_left' ? k : (n - k) % n;
      const u = unsignedBits(self);
      const mask = (1n << BigInt(n)) - 1n;
      return fromBits(ty, ((u << BigInt(left)) | (u >> BigInt(n - left))) & mask);
    }
    case 'swap_bytes': {
      let u = unsignedBits(self);
      let r = 0n;
      for (let i = 0; i < n / 8; i++) {
        r = (r << 8n) | (u & 0xffn);
        u >>= 8n;
      }
      return fromBits(ty, r);
    }
    case 'reverse_bits': {
      let u = unsignedBits(self);
      let r = 0n;
      for (let i = 0; i < n; i++) {
        r = (r << 1n) | (u & 1n);
        u >>= 1n;
      }
      return fromBits(ty, r);
    }
    case 'checked_shl':
    case 'checked_shr':
    case 'wrapping_shl':
    case 'wrapping_shr':
    case 'overflowing_shl':
    case 'overflowing_shr': {
      const amount = intArg(args, 0).v; // u32
      const inRangeShift = amount < BigInt(n);
      const k = Number(amount % BigInt(n));
      const shifted = name.endsWith('shl') ? shiftLeft(self, k) : shiftRight(self, k);
      if (name.startsWith('checked_')) return inRangeShift ? someValue(shifted) : noneValue();
      if (name.startsWith('wrapping_')) return shifted;
      return { k: 'tuple', items: [shifted, bool(!inRangeShift)] };
    }
    case 'cast_signed':
      return signed ? undefined : fromBits(('i' + ty.slice(1)) as IntType, a);
    case 'cast_unsigned':
      return signed ? int(unsignedOf(ty), BigInt.asUintN(n, a)) : undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing: `"42".parse::<i32>()` and `i32::from_str_radix`

export type ParseIntErrorKind = 'Empty' | 'InvalidDigit' | 'PosOverflow' | 'NegOverflow';

/** `impl Display for ParseIntError`. */
export const PARSE_INT_ERROR_MESSAGES: Record<ParseIntErrorKind, string> = {
  Empty: 'cannot parse integer from empty string',
  InvalidDigit: 'invalid digit found in string',
  PosOverflow: 'number too large to fit in target type',
  NegOverflow: 'number too small to fit in target type',
};

/**
 * Rust's `from_str_radix` rules: an optional `+` (or `-` for signed types), then at least one
 * ASCII digit of the radix; no whitespace. The first problem met left to right decides the error.
 */
export function parseInteger(text: string, ty: IntType, radix = 10): { ok: IntValue } | { err: ParseIntErrorKind } {
  if (radix < 2 || radix > 36) throw new Panic(`from_ascii_radix: radix must lie in the range \`[2, 36]\` - found ${radix}`);
  if (text === '') return { err: 'Empty' };
  let i = 0;
  let negative = false;
  const first = text[0];
  if (text.length === 1 && (first === '+' || first === '-')) return { err: 'InvalidDigit' };
  if (first === '+') i = 1;
  else if (first === '-' && isSigned(ty)) {
    negative = true;
    i = 1;
  }
  const min = intMin(ty);
  const max = intMax(ty);
  const r = BigInt(radix);
  let v = 0n;
  for (; i < text.length; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d >= radix) return { err: 'InvalidDigit' };
    v = v * r + (negative ? -BigInt(d) : BigInt(d));
    if (v > max) return { err: 'PosOverflow' };
    if (v < min) return { err: 'NegOverflow' };
  }
  return { ok: int(ty, v) };
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** `ParseIntError { kind: … }` as a value: derived Debug prints it as Rust does. */
export function parseIntErrorValue(kind: ParseIntErrorKind): AdtValue {
  return {
    k: 'adt',
    name: 'ParseIntError',
    variant: null,
    fields: [{ k: 'adt', name: 'IntErrorKind', variant: kind, fields: [], fieldNames: null }],
    fieldNames: ['kind'],
  };
}

/** `text.parse::<ty>()` / `ty::from_str_radix(text, radix)` as a `Result` value. */
export function parseIntegerResult(text: string, ty: IntType, radix = 10): AdtValue {
  const r = parseInteger(text, ty, radix);
  return 'ok' in r ? okValue(r.ok) : errValue(parseIntErrorValue(r.err));
}
