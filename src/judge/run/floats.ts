/**
 * Floating-point semantics of the interpreter, matched to rustc 1.95 on x86-64: f32 rounding,
 * Rust's float parsing, the float methods small programs use, and the exact decimal digit
 * generation that `format-value.ts` builds Display / Debug / `{:e}` output from.
 *
 * Digits are exact: shortest round-trip digits (what Rust's Grisu/Dragon `format_shortest`
 * produces) and correctly rounded fixed/exponential digits (round half to even on the exact
 * binary value, as Rust's `format_exact` does) are computed with BigInt arithmetic.
 */

import { Panic, type AdtValue, type FloatType, type FloatValue, type IntType, type Value } from './values';

export function makeFloat(ty: FloatType, v: number): FloatValue {
  return { k: 'float', ty, v: ty === 'f32' ? Math.fround(v) : v };
}

// ---------------------------------------------------------------------------------------------
// Exact decomposition and digit generation

const scratch = new DataView(new ArrayBuffer(8));

/** |v| = mant · 2^exp exactly, for a finite v of the given type. */
export function decompose(v: number, ty: FloatType): { mant: bigint; exp: number; minNormal: boolean } {
  if (ty === 'f32') {
    scratch.setFloat32(0, v);
    const b = scratch.getUint32(0);
    const e = (b >>> 23) & 0xff;
    const f = b & 0x7fffff;
    if (e === 0) return { mant: BigInt(f), exp: -149, minNormal: false };
    return { mant: BigInt(f | 0x800000), exp: e - 150, minNormal: f === 0 && e > 1 };
  }
  scratch.setFloat64(0, v);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const f = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e === 0) return { mant: f, exp: -1074, minNormal: false };
  return { mant: f | (1n << 52n), exp: e - 1075, minNormal: f === 0n && e > 1 };
}

const pow10Cache: bigint[] = [];
export function pow10(n: number): bigint {
  if (n < 64) return (pow10Cache[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

/** A positive rational num/den. */
interface Ratio {
  num: bigint;
  den: bigint;
}

function ratioOf(v: number, ty: FloatType): Ratio {
  const { mant, exp } = decompose(v, ty);
  return exp >= 0 ? { num: mant << BigInt(exp), den: 1n } : { num: mant, den: 1n << BigInt(-exp) };
}

/** floor(log10(x)) for a positive finite x, exactly. */
function decimalExponent(r: Ratio, approx: number): number {
  let k = Math.floor(Math.log10(approx));
  // Math.log10 can be off by one near powers of ten; fix it exactly.
  for (;;) {
    const [lo, hi] = k >= 0 ? [r.den * pow10(k), r.num] : [r.den, r.num * pow10(-k)];
    if (hi < lo) {
      k--;
      continue;
    }
    const [lo2, hi2] = k + 1 >= 0 ? [r.den * pow10(k + 1), r.num] : [r.den, r.num * pow10(-(k + 1))];
    if (hi2 >= lo2) {
      k++;
      continue;
    }
    return k;
  }
}

/** Rounds num/den to an integer, ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/**
 * Decimal digits of a positive finite float, without trailing zeros: value = 0.DIGITS × 10^exp
 * (so 1.5 is { digits: "15", exp: 1 } and 0.001 is { digits: "1", exp: -2 }).
 */
export interface Digits {
  digits: string;
  exp: number;
}

/**
 * The shortest digits that read back as the same value, closest to it when several are that
 * short — Rust's `flt2dec::format_shortest`. For f64 this is also what ECMAScript's
 * Number::toString specifies (and V8 implements), so f64 takes that fast path.
 */
export function shortestDigits(v: number, ty: FloatType): Digits {
  if (ty === 'f64') {
    const s = v.toExponential();
    const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
    const digits = (m[1]! + (m[2] ?? '')).replace(/0+$/, '');
    const result = { digits, exp: Number(m[3]) + 1 };
    // V8 breaks an exact tie between two shortest candidates toward the even one; Rust rounds up.
    if (!isTie(v, result)) return result;
  }
  return shortestDigitsExact(v, ty);
}

/** Whether v lies exactly halfway between DIGITS and the next number of that many digits. */
function isTie(v: number, { digits, exp }: Digits): boolean {
  const t = exp - digits.length; // value of the last digit's place: 10^t
  const r = ratioOf(v, 'f64');
  // 2·v / 10^t must be an odd integer
  const num = t >= 0 ? 2n * r.num : 2n * r.num * pow10(-t);
  const den = t >= 0 ? r.den * pow10(t) : r.den;
  return num % den === 0n && (num / den) % 2n === 1n;
}

/** The exact (BigInt) shortest-digits search, used for f32 (and to cross-check f64 in tests). */
export function shortestDigitsExact(v: number, ty: FloatType): Digits {
  const { mant, exp, minNormal } = decompose(v, ty);
  // In units of 2^(exp-2): the value, and the bounds of the interval that rounds to it.
  const unitExp = exp - 2;
  const V = mant * 4n;
  const H = V + 2n;
  const L = V - (minNormal ? 1n : 2n);
  const inclusive = mant % 2n === 0n;
  const k = decimalExponent(ratioOf(v, ty), v);
  for (let n = 1; n <= 17; n++) {
    const t = k - n + 1;
    // candidate d·10^t compared with X·2^unitExp: scale both sides to integers.
    const dMul = (t >= 0 ? pow10(t) : 1n) * (unitExp < 0 ? 1n << BigInt(-unitExp) : 1n);
    const xMul = (t < 0 ? pow10(-t) : 1n) * (unitExp >= 0 ? 1n << BigInt(unitExp) : 1n);
    const lowN = L * xMul;
    const highN = H * xMul;
    let dLow = lowN / dMul;
    if (dLow * dMul < lowN || (!inclusive && dLow * dMul === lowN)) dLow += 1n;
    let dHigh = highN / dMul;
    if (!inclusive && dHigh * dMul === highN) dHigh -= 1n;
    if (dLow > dHigh) continue;
    const q = V * xMul;
    // closest to the value, ties rounding up (as Rust's Dragon does)
    let d = q / dMul;
    if ((q % dMul) * 2n >= dMul) d += 1n;
    if (d < dLow) d = dLow;
    if (d > dHigh) d = dHigh;
    const s = d.toString();
    const digits = s.replace(/0+$/, '');
    return { digits, exp: t + s.length };
  }
  throw new Error(`no shortest representation for ${v}`);
}

/**
 * The value rounded (half to even, on the exact binary value) to `frac` digits after the point:
 * an integer N with value ≈ N / 10^frac.
 */
export function fixedDigits(v: number, ty: FloatType, frac: number): bigint {
  const r = ratioOf(Math.abs(v), ty);
  return roundHalfEven(r.num * pow10(frac), r.den);
}

/**
 * The value rounded (half to even, exactly) to `count` significant digits: { digits, exp } with
 * value ≈ 0.DIGITS × 10^exp and `digits` exactly `count` long (trailing zeros kept). v > 0.
 */
export function significantDigits(v: number, ty: FloatType, count: number): Digits {
  const r = ratioOf(Math.abs(v), ty);
  let k = decimalExponent(r, Math.abs(v));
  // scale so that the integer part has `count` digits: value × 10^(count-1-k)
  const s = count - 1 - k;
  let n = s >= 0 ? roundHalfEven(r.num * pow10(s), r.den) : roundHalfEven(r.num, r.den * pow10(-s));
  if (n === pow10(count)) {
    n /= 10n;
    k += 1;
  }
  return { digits: n.toString(), exp: k + 1 };
}

/** flt2dec::digits_to_dec_str: 0.DIGITS × 10^exp with at least `minFrac` fraction digits. */
export function decimalText({ digits, exp }: Digits, minFrac: number): string {
  if (exp <= 0) {
    const frac = '0'.repeat(-exp) + digits;
    return `0.${frac}${'0'.repeat(Math.max(minFrac - frac.length, 0))}`;
  }
  if (exp < digits.length) {
    const frac = digits.slice(exp);
    return `${digits.slice(0, exp)}.${frac}${'0'.repeat(Math.max(minFrac - frac.length, 0))}`;
  }
  return digits + '0'.repeat(exp - digits.length) + (minFrac > 0 ? '.' + '0'.repeat(minFrac) : '');
}

/** flt2dec::digits_to_exp_str */
export function expText({ digits, exp }: Digits, upper: boolean): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mantissa}${upper ? 'E' : 'e'}${exp - 1}`;
}

const F32_EXP_LOW = Math.fround(1e-4);
const F32_EXP_HIGH = Math.fround(1e16);

/** Debug switches to exponent form outside [1e-4, 1e16) (compared in the value's own type). */
export function useExponential(abs: number, ty: FloatType): boolean {
  return ty === 'f32' ? abs < F32_EXP_LOW || abs >= F32_EXP_HIGH : abs < 1e-4 || abs >= 1e16;
}

/** `{:?}` of a float without options (e.g. for panic messages): `1.0`, `-0.0`, `1e100`, `NaN`. */
export function floatDebugText(value: FloatValue): string {
  const x = value.v;
  if (Number.isNaN(x)) return 'NaN';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const abs = Math.abs(x);
  if (abs === Infinity) return sign + 'inf';
  if (abs === 0) return sign + '0.0';
  const digits = shortestDigits(abs, value.ty);
  return sign + (useExponential(abs, value.ty) ? expText(digits, false) : decimalText(digits, 1));
}

// ---------------------------------------------------------------------------------------------
// Conversions

/** Rounds an integer to the nearest f32 (ties to even), without double rounding through f64. */
export function bigintToF32(v: bigint): number {
  const neg = v < 0n;
  let a = neg ? -v : v;
  const len = a.toString(2).length;
  if (len > 24) {
    const shift = BigInt(len - 24);
    const q = a >> shift;
    const rem = a - (q << shift);
    const half = 1n << (shift - 1n);
    let r = q;
    if (rem > half || (rem === half && (q & 1n) === 1n)) r += 1n;
    a = r << shift;
  }
  const x = Math.fround(Number(a)); // exact unless beyond f32::MAX, where it becomes inf
  return neg ? -x : x;
}

/** Integer → float as Rust's `as` does: round to nearest, ties to even. */
export function bigintToFloat(v: bigint, ty: FloatType): number {
  return ty === 'f32' ? bigintToF32(v) : Number(v);
}

/** Float → integer as Rust's `as` does: truncate toward zero, saturate, NaN → 0. */
export function floatToBigInt(v: number, min: bigint, max: bigint): bigint {
  if (Number.isNaN(v)) return 0n;
  if (v === Infinity) return max;
  if (v === -Infinity) return min;
  const t = BigInt(Math.trunc(v));
  return t < min ? min : t > max ? max : t;
}

// ---------------------------------------------------------------------------------------------
// Parsing: `"3.5".parse::<f64>()`

export type ParseFloatErrorKind = 'Empty' | 'Invalid';

export const PARSE_FLOAT_ERROR_MESSAGES: Record<ParseFloatErrorKind, string> = {
  Empty: 'cannot parse float from empty string',
  Invalid: 'invalid float literal',
};

const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Rust's `str::parse::<f32/f64>`: no whitespace, no underscores; `inf`, `infinity`, `nan` in any case. */
export function parseFloatText(text: string, ty: FloatType): { ok: FloatValue } | { err: ParseFloatErrorKind } {
  if (text === '') return { err: 'Empty' };
  const special = FLOAT_SPECIAL.exec(text);
  if (special) {
    const neg = special[1] === '-';
    const v = special[2]!.toLowerCase() === 'nan' ? NaN : neg ? -Infinity : Infinity;
    return { ok: { k: 'float', ty, v } };
  }
  if (!FLOAT_SYNTAX.test(text)) return { err: 'Invalid' };
  const x = Number(text);
  return { ok: { k: 'float', ty, v: ty === 'f32' ? decimalToF32(text, x) : x } };
}

/** Correctly rounds decimal text to f32, given its correctly rounded f64 value `x`. */
function decimalToF32(text: string, x: number): number {
  const f = Math.fround(x);
  if (f === x || !Number.isFinite(x)) return f;
  // Double rounding can only go wrong when x sits exactly halfway between two f32 values.
  // (Beyond f32::MAX the "next value" is 2^128, which rounds to infinity.)
  const fv = Number.isFinite(f) ? f : Math.sign(f) * 2 ** 128;
  const other = nextF32Toward(fv, x);
  if ((fv + other) / 2 !== x) return f;
  const cmp = compareDecimalWith(text, x);
  if (cmp === 0) return f; // a true tie: fround already rounded it to even
  const [lo, hi] = fv < other ? [fv, other] : [other, fv];
  return Math.fround(cmp > 0 ? hi : lo);
}

/** The f32 next to f (an f32, or ±2^128) in the direction of x. */
function nextF32Toward(f: number, x: number): number {
  if (Math.abs(f) === 2 ** 128) return Math.sign(f) * 3.4028234663852886e38;
  scratch.setFloat32(0, f);
  const bits = scratch.getUint32(0);
  const away = x > f === f >= 0;
  scratch.setUint32(0, away ? bits + 1 : bits - 1);
  const next = scratch.getFloat32(0);
  return Number.isFinite(next) ? next : Math.sign(next) * 2 ** 128;
}

/** Sign of (decimal text − x), exactly. */
function compareDecimalWith(text: string, x: number): number {
  const neg = text.startsWith('-');
  const m = /^[+-]?(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const intPart = m[1] ?? '';
  const fracPart = m[2] ?? '';
  const digits = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, '') || '0');
  const e10 = Number(m[3] ?? '0') - fracPart.length;
  const r = ratioOf(Math.abs(x), 'f64');
  // compare digits·10^e10 with r.num / r.den
  let lhs = digits * r.den;
  let rhs = r.num;
  if (e10 >= 0) lhs *= pow10(e10);
  else rhs *= pow10(-e10);
  const c = lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
  return neg ? -c : c;
}

// ---------------------------------------------------------------------------------------------
// Associated constants

const F64_CONSTANTS: Record<string, number> = {
  MAX: Number.MAX_VALUE,
  MIN: -Number.MAX_VALUE,
  MIN_POSITIVE: 2.2250738585072014e-308,
  EPSILON: Number.EPSILON,
  INFINITY: Infinity,
  NEG_INFINITY: -Infinity,
  NAN: NaN,
  PI: Math.PI,
  TAU: 2 * Math.PI,
  E: Math.E,
  SQRT_2: Math.SQRT2,
  FRAC_1_SQRT_2: Math.SQRT1_2,
  LN_2: Math.LN2,
  LN_10: Math.LN10,
  LOG2_E: Math.LOG2E,
  LOG10_E: Math.LOG10E,
  FRAC_PI_2: Math.PI / 2,
  FRAC_PI_3: Math.PI / 3,
  FRAC_PI_4: Math.PI / 4,
  FRAC_PI_6: Math.PI / 6,
  FRAC_PI_8: Math.PI / 8,
  FRAC_1_PI: 1 / Math.PI,
  FRAC_2_PI: 2 / Math.PI,
};

const F32_CONSTANTS: Record<string, number> = {
  MAX: 3.4028234663852886e38,
  MIN: -3.4028234663852886e38,
  MIN_POSITIVE: 1.1754943508222875e-38,
  EPSILON: 1.1920928955078125e-7,
};

/** `f64::MAX`, `f32::EPSILON`, `std::f64::consts::PI` …; undefined for other names. */
export function floatConstant(ty: FloatType, name: string): FloatValue | undefined {
  const v = ty === 'f32' ? (F32_CONSTANTS[name] ?? F64_CONSTANTS[name]) : F64_CONSTANTS[name];
  return v === undefined ? undefined : makeFloat(ty, v);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic and methods

export type FloatBinaryOp = '+' | '-' | '*' | '/' | '%';

/** IEEE arithmetic; f32 results are rounded once to f32 (exact for + - * / % and sqrt). */
export function floatBinary(op: FloatBinaryOp, a: FloatValue, b: FloatValue): FloatValue {
  const x = a.v;
  const y = b.v;
  const r = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x % y;
  return makeFloat(a.ty, r);
}

export function floatNeg(a: FloatValue): FloatValue {
  return { k: 'float', ty: a.ty, v: -a.v };
}

/** `partial_cmp`: null when either side is NaN. */
export function floatCompare(a: number, b: number): -1 | 0 | 1 | null {
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `total_cmp`: IEEE totalOrder (-NaN < -inf < … < -0 < +0 < … < inf < NaN). */
export function floatTotalCompare(a: FloatValue, b: FloatValue): -1 | 0 | 1 {
  const key = (f: FloatValue): bigint => {
    let bits: bigint;
    if (f.ty === 'f32') {
      scratch.setFloat32(0, f.v);
      bits = BigInt(scratch.getInt32(0));
      return bits < 0n ? bits ^ 0x7fffffffn : bits;
    }
    scratch.setFloat64(0, f.v);
    bits = scratch.getBigInt64(0);
    return bits < 0n ? bits ^ 0x7fffffffffffffffn : bits;
  };
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** compiler-rt's `__powidf2` / `__powisf2`, which `powi` calls in debug builds. */
function powi(a: number, n: number, ty: FloatType): number {
  const round = ty === 'f32' ? Math.fround : (x: number) => x;
  const recip = n < 0;
  let b = n;
  let base = a;
  let r = 1;
  for (;;) {
    if (b & 1) r = round(r * base);
    b = Math.trunc(b / 2);
    if (b === 0) break;
    base = round(base * base);
  }
  return recip ? round(1 / r) : r;
}

/** Rust's `round`: half away from zero, keeping the sign of zero. */
function roundHalfAway(x: number): number {
  if (!Number.isFinite(x)) return x;
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : t;
}

function roundHalfEvenFloat(x: number): number {
  if (!Number.isFinite(x)) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  let r = t;
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) r = t + Math.sign(x);
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

/** glibc's fmax / fmin, which `f64::max` / `min` call in debug builds (NaN is ignored). */
function fmax(x: number, y: number): number {
  return x >= y || Number.isNaN(y) ? x : y;
}
function fmin(x: number, y: number): number {
  return x <= y || Number.isNaN(y) ? x : y;
}

function remEuclid(x: number, y: number): number {
  const r = x % y;
  return r < 0 ? r + Math.abs(y) : r;
}

function divEuclid(x: number, y: number): number {
  const q = Math.trunc(x / y);
  if (x % y < 0) return y > 0 ? q - 1 : q + 1;
  return q;
}

function argNumber(args: Value[], i: number): number {
  let a = args[i];
  while (a && a.k === 'ref') a = a.place.get();
  if (!a) throw new Error(`float method: missing argument ${i}`);
  if (a.k === 'float') return a.v;
  if (a.k === 'int') return Number(a.v);
  throw new Error(`float method: argument ${i} is ${a.k}`);
}

const ORDERING = ['Less', 'Equal', 'Greater'] as const;
function ordering(c: -1 | 0 | 1): AdtValue {
  return { k: 'adt', name: 'Ordering', variant: ORDERING[c + 1]!, fields: [], fieldNames: null };
}

const UNARY: Record<string, (x: number) => number> = {
  abs: Math.abs,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  floor: Math.floor,
  ceil: Math.ceil,
  round: roundHalfAway,
  round_ties_even: roundHalfEvenFloat,
  trunc: Math.trunc,
  fract: (x) => x - Math.trunc(x),
  exp: Math.exp,
  exp2: (x) => 2 ** x,
  exp_m1: Math.expm1,
  ln: Math.log,
  ln_1p: Math.log1p,
  log2: Math.log2,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  recip: (x) => 1 / x,
  to_degrees: (x) => x * (180 / Math.PI),
  to_radians: (x) => x * (Math.PI / 180),
  signum: (x) => (Number.isNaN(x) ? NaN : x > 0 || Object.is(x, 0) ? 1 : -1),
};

/**
 * A float method call, or undefined when this module does not know the method. Transcendental
 * functions use JavaScript's Math, which can differ from glibc's libm in the last bit.
 */
export function callFloatMethod(name: string, self: FloatValue, args: Value[]): Value | undefined {
  const x = self.v;
  const ty = self.ty;
  const f = (v: number): FloatValue => makeFloat(ty, v);
  const unary = UNARY[name];
  if (unary && args.length === 0) {
    // f32 uses its own f32 constants (library/core/src/num/f32.rs)
    if (name === 'to_degrees' && ty === 'f32') return f(x * Math.fround(57.2957795130823208767981548141051703));
    if (name === 'to_radians' && ty === 'f32') return f(x * Math.fround(Math.fround(Math.PI) / 180));
    return f(unary(x));
  }
  switch (name) {
    case 'powi':
      return f(powi(x, argNumber(args, 0), ty));
    case 'powf':
      return f(Math.pow(x, argNumber(args, 0)));
    case 'max':
      return f(fmax(x, argNumber(args, 0)));
    case 'min':
      return f(fmin(x, argNumber(args, 0)));
    case 'clamp': {
      const lo = argNumber(args, 0);
      const hi = argNumber(args, 1);
      if (!(lo <= hi)) {
        throw new Panic(`min > max, or either was NaN. min = ${floatDebugText(f(lo))}, max = ${floatDebugText(f(hi))}`);
      }
      return f(x < lo ? lo : x > hi ? hi : x);
    }
    case 'atan2':
      return f(Math.atan2(x, argNumber(args, 0)));
    case 'hypot':
      return f(Math.hypot(x, argNumber(args, 0)));
    case 'log':
      return f(Math.log(x) / Math.log(argNumber(args, 0)));
    case 'mul_add':
      return f(mulAdd(x, argNumber(args, 0), argNumber(args, 1), ty));
    case 'rem_euclid':
      return f(remEuclid(x, argNumber(args, 0)));
    case 'div_euclid':
      return f(divEuclid(x, argNumber(args, 0)));
    case 'copysign': {
      const s = argNumber(args, 0);
      // JavaScript NaNs carry no observable sign: a NaN sign source counts as positive.
      const neg = s < 0 || Object.is(s, -0);
      return f(neg ? -Math.abs(x) : Math.abs(x));
    }
    case 'is_nan':
      return bool(Number.isNaN(x));
    case 'is_infinite':
      return bool(x === Infinity || x === -Infinity);
    case 'is_finite':
      return bool(Number.isFinite(x));
    case 'is_normal':
      return bool(Number.isFinite(x) && x !== 0 && Math.abs(x) >= (ty === 'f32' ? 1.1754943508222875e-38 : 2.2250738585072014e-308));
    case 'is_subnormal':
      return bool(Number.isFinite(x) && x !== 0 && Math.abs(x) < (ty === 'f32' ? 1.1754943508222875e-38 : 2.2250738585072014e-308));
    case 'is_sign_positive':
      return bool(!(x < 0 || Object.is(x, -0)));
    case 'is_sign_negative':
      return bool(x < 0 || Object.is(x, -0));
    case 'partial_cmp': {
      const c = floatCompare(x, argNumber(args, 0));
      return c === null
        ? { k: 'adt', name: 'Option', variant: 'None', fields: [], fieldNames: null }
        : { k: 'adt', name: 'Option', variant: 'Some', fields: [ordering(c)], fieldNames: null };
    }
    case 'total_cmp':
      return ordering(floatTotalCompare(self, f(argNumber(args, 0))));
    case 'to_bits':
      return toBits(self);
    default:
      return undefined;
  }
}

function bool(v: boolean): Value {
  return { k: 'bool', v };
}

function toBits(self: FloatValue): Value {
  if (self.ty === 'f32') {
    scratch.setFloat32(0, self.v);
    return { k: 'int', ty: 'u32' satisfies IntType, v: BigInt(scratch.getUint32(0)) };
  }
  scratch.setFloat64(0, self.v);
  return { k: 'int', ty: 'u64', v: scratch.getBigUint64(0) };
}

/** Fused multiply-add, rounded once (exact via BigInt for finite inputs). */
function mulAdd(a: number, b: number, c: number, ty: FloatType): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  const p = ratioOfSigned(a);
  const q = ratioOfSigned(b);
  const r = ratioOfSigned(c);
  // a·b + c = (pn·qn·rd + rn·pd·qd) / (pd·qd·rd)
  const num = p.num * q.num * r.den + r.num * p.den * q.den;
  const den = p.den * q.den * r.den;
  if (num === 0n) return a * b + c; // sign of zero as IEEE defines it
  const v = ratioToFloat(num, den);
  return ty === 'f32' ? Math.fround(v) : v;
}

function ratioOfSigned(x: number): { num: bigint; den: bigint } {
  const r = ratioOf(Math.abs(x), 'f64');
  return { num: x < 0 ? -r.num : r.num, den: r.den };
}

/** Correctly rounded num/den (den > 0) to f64. */
function ratioToFloat(num: bigint, den: bigint): number {
  const neg = num < 0n;
  const n = neg ? -num : num;
  // scale to 64+ significant bits, then let sticky bits decide the rounding
  const shift = 64 - (n.toString(2).length - den.toString(2).length);
  const scaled = shift >= 0 ? (n << BigInt(shift)) / den : n / (den << BigInt(-shift));
  const exact = shift >= 0 ? (n << BigInt(shift)) % den === 0n : n % (den << BigInt(-shift)) === 0n;
  const sticky = exact ? scaled : scaled | 1n;
  let v = Number(sticky); // rounds the 65-bit value once
  for (let e = -shift; e !== 0; ) {
    const step = Math.max(-1000, Math.min(1000, e));
    v *= 2 ** step;
    e -= step;
  }
  return neg ? -v : v;
}

/** `ParseFloatError { kind: … }` as a value: derived Debug prints it as Rust does. */
export function parseFloatErrorValue(kind: ParseFloatErrorKind): AdtValue {
  return {
    k: 'adt',
    name: 'ParseFloatError',
    variant: null,
    fields: [{ k: 'adt', name: 'FloatErrorKind', variant: kind, fields: [], fieldNames: null }],
    fieldNames: ['kind'],
  };
}

/** `text.parse::<f32/f64>()` as a `Result` value. */
export function parseFloatResult(text: string, ty: FloatType): AdtValue {
  const r = parseFloatText(text, ty);
  const [variant, payload]: [string, Value] = 'ok' in r ? ['Ok', r.ok] : ['Err', parseFloatErrorValue(r.err)];
  return { k: 'adt', name: 'Result', variant, fields: [payload], fieldNames: null };
}
