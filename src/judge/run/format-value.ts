/**
 * Rust's formatting of runtime values, matched to rustc 1.95's `core::fmt`: Display, Debug
 * (derived shapes and `{:#?}` pretty printing), hex / octal / binary / exponent traits, and the
 * width / fill / alignment / sign / `#` / `0` / precision options — including how Debug passes
 * the options down to every leaf (`{:5?}` of `vec![1, 2]` is `[    1,     2]`).
 */

import {
  decimalText,
  expText,
  fixedDigits,
  PARSE_FLOAT_ERROR_MESSAGES,
  shortestDigits,
  significantDigits,
  useExponential,
  type ParseFloatErrorKind,
} from './floats';
import { PARSE_INT_ERROR_MESSAGES, TRY_FROM_CHAR_ERROR_MESSAGE, TRY_FROM_INT_ERROR_MESSAGE, type ParseIntErrorKind } from './integers';
import type { ArgRef, FormatPiece, FormatSpec } from './format-spec';
import { Panic, type AdtValue, type FloatValue, type IntValue, type Value } from './values';

/** A FormatSpec whose width and precision are known numbers. */
export type ResolvedSpec = Omit<FormatSpec, 'width' | 'precision'> & { width: number | null; precision: number | null };

/**
 * User trait impls, run by the interpreter. Return undefined when the type has no user impl (for
 * Debug: when it is derived, which this module prints from the value's shape).
 */
export interface FormatHooks {
  display?(value: AdtValue, spec: ResolvedSpec): string | undefined;
  debug?(value: AdtValue, spec: ResolvedSpec): string | undefined;
  /** Charges padding or digits a width or precision asks for (`{:>1000000000}` would fill memory). */
  allocate?(elements: number): void;
}

const BASE_SPEC: ResolvedSpec = {
  fill: ' ',
  align: null,
  sign: null,
  alternate: false,
  zeroPad: false,
  width: null,
  precision: null,
  trait: 'display',
  debugHex: null,
};

/** `{}` */
export const DISPLAY_SPEC: ResolvedSpec = BASE_SPEC;
/** `{:?}` */
export const DEBUG_SPEC: ResolvedSpec = { ...BASE_SPEC, trait: 'debug' };
/** `{:#?}` */
export const PRETTY_DEBUG_SPEC: ResolvedSpec = { ...BASE_SPEC, trait: 'debug', alternate: true };

// ---------------------------------------------------------------------------------------------
// Padding (Formatter::pad, pad_integral, pad_formatted_parts)

function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function padTo(s: string, len: number, f: ResolvedSpec, defaultAlign: '<' | '>'): string {
  if (f.width === null || len >= f.width) return s;
  const padding = f.width - len;
  const align = f.align ?? defaultAlign;
  const pre = align === '<' ? 0 : align === '>' ? padding : Math.floor(padding / 2);
  return f.fill.repeat(pre) + s + f.fill.repeat(padding - pre);
}

/** Formatter::pad: strings, bools, chars, `()`: precision truncates, width pads (left by default). */
function pad(s: string, f: ResolvedSpec): string {
  if (f.width === null && f.precision === null) return s;
  let text = s;
  if (f.precision !== null) text = Array.from(s).slice(0, f.precision).join('');
  return padTo(text, charCount(text), f, '<');
}

/** Formatter::pad_integral: sign, `#` prefix, sign-aware zero padding. */
function padIntegral(nonNegative: boolean, prefix: string, digits: string, f: ResolvedSpec): string {
  const sign = !nonNegative ? '-' : f.sign === '+' ? '+' : '';
  const pre = sign + (f.alternate ? prefix : '');
  const len = pre.length + digits.length;
  if (f.width === null || len >= f.width) return pre + digits;
  if (f.zeroPad) return pre + '0'.repeat(f.width - len) + digits;
  return padTo(pre + digits, len, f, '>');
}

/** Formatter::pad_formatted_parts: floats and `{:e}` output. */
function padFormatted(sign: string, body: string, f: ResolvedSpec): string {
  if (f.width === null) return sign + body;
  if (f.zeroPad) {
    const width = Math.max(f.width - sign.length, 0);
    return sign + (body.length >= width ? body : '0'.repeat(width - body.length) + body);
  }
  return padTo(sign + body, sign.length + body.length, f, '>');
}

// ---------------------------------------------------------------------------------------------
// Numbers

function intDisplay(v: IntValue, f: ResolvedSpec): string {
  return padIntegral(v.v >= 0n, '', (v.v < 0n ? -v.v : v.v).toString(), f);
}

const RADIX = {
  lowerHex: { base: 16, prefix: '0x', upper: false },
  upperHex: { base: 16, prefix: '0x', upper: true },
  octal: { base: 8, prefix: '0o', upper: false },
  binary: { base: 2, prefix: '0b', upper: false },
} as const;

/** Hex / octal / binary print the two's complement bits of the type's width. */
function intRadix(v: IntValue, trait: keyof typeof RADIX, f: ResolvedSpec): string {
  const { base, prefix, upper } = RADIX[trait];
  const width = v.ty.endsWith('128') ? 128 : v.ty.endsWith('64') || v.ty.endsWith('size') ? 64 : Number(v.ty.slice(1));
  const digits = BigInt.asUintN(width, v.v).toString(base);
  return padIntegral(true, prefix, upper ? digits.toUpperCase() : digits, f);
}

/** LowerExp / UpperExp for integers (core::fmt::num's `exp_u64`): exact, ties to even. */
function intExp(v: IntValue, upper: boolean, f: ResolvedSpec): string {
  const abs = v.v < 0n ? -v.v : v.v;
  const all = abs.toString();
  let exponent = all.length - 1;
  let digits = all.replace(/0+$/, '') || '0';
  let added = 0;
  if (f.precision !== null) {
    const want = f.precision + 1;
    if (digits.length > want) {
      let n = BigInt(digits.slice(0, want));
      const rest = digits.slice(want);
      const first = rest.charCodeAt(0) - 48;
      if (first > 5 || (first === 5 && (rest.length > 1 || n % 2n === 1n))) n += 1n;
      digits = n.toString();
      if (digits.length > want) {
        digits = digits.slice(0, want);
        exponent += 1;
      }
    } else added = want - digits.length;
  }
  const mantissa = digits.length > 1 || added > 0 ? `${digits[0]}.${digits.slice(1)}${'0'.repeat(added)}` : digits;
  const sign = v.v < 0n ? '-' : f.sign === '+' ? '+' : '';
  return padFormatted(sign, `${mantissa}${upper ? 'E' : 'e'}${exponent}`, f);
}

function floatSign(x: number, f: ResolvedSpec): string {
  if (Number.isNaN(x)) return '';
  if (x < 0 || Object.is(x, -0)) return '-';
  return f.sign === '+' ? '+' : '';
}

function fixedText(x: number, ty: FloatValue['ty'], precision: number): string {
  const s = fixedDigits(x, ty, precision).toString().padStart(precision + 1, '0');
  return precision > 0 ? `${s.slice(0, -precision)}.${s.slice(-precision)}` : s;
}

/** `{:e}`: shortest digits, or exactly precision + 1 significant digits (ties to even). */
function expBody(abs: number, ty: FloatValue['ty'], precision: number | null, upper: boolean): string {
  const e = upper ? 'E' : 'e';
  if (precision === null) return abs === 0 ? `0${e}0` : expText(shortestDigits(abs, ty), upper);
  if (abs === 0) return `0${precision > 0 ? '.' + '0'.repeat(precision) : ''}${e}0`;
  return expText(significantDigits(abs, ty, precision + 1), upper);
}

type FloatStyle = 'display' | 'debug' | 'lowerExp' | 'upperExp';

function floatFormat(value: FloatValue, style: FloatStyle, f: ResolvedSpec): string {
  const x = value.v;
  const sign = floatSign(x, f);
  if (Number.isNaN(x)) return padFormatted('', 'NaN', f);
  if (!Number.isFinite(x)) return padFormatted(sign, 'inf', f);
  const abs = Math.abs(x);
  const ty = value.ty;
  let body: string;
  if (style === 'lowerExp' || style === 'upperExp') {
    body = expBody(abs, ty, f.precision, style === 'upperExp');
  } else if (f.precision !== null) {
    body = fixedText(abs, ty, f.precision);
  } else {
    const minFrac = style === 'debug' ? 1 : 0;
    if (abs === 0) body = minFrac > 0 ? '0.0' : '0';
    else if (style === 'debug' && useExponential(abs, ty)) body = expText(shortestDigits(abs, ty), false);
    else body = decimalText(shortestDigits(abs, ty), minFrac);
  }
  return padFormatted(sign, body, f);
}

// ---------------------------------------------------------------------------------------------
// Debug escapes

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const GRAPHEME_EXTEND = /\p{Grapheme_Extend}/u;

/** char::escape_debug_ext, as `<str as Debug>` (quote '"') and `<char as Debug>` (quote "'") use it. */
function escapeDebug(s: string, quote: '"' | "'"): string {
  let out = '';
  for (const c of s) {
    switch (c) {
      case '\0':
        out += '\\0';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\\':
        out += '\\\\';
        continue;
    }
    if (c === quote) out += '\\' + c;
    else if (c !== ' ' && (GRAPHEME_EXTEND.test(c) || NOT_PRINTABLE.test(c))) out += `\\u{${c.codePointAt(0)!.toString(16)}}`;
    else out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Debug builders (core::fmt::builders)

/** PadAdapter: indents every line by four spaces. */
function indent(s: string): string {
  return s
    .split(/(?<=\n)/)
    .map((line) => '    ' + line)
    .join('');
}

function debugStruct(name: string, fields: [string, string][], pretty: boolean): string {
  if (fields.length === 0) return name;
  if (pretty) return `${name} {\n${fields.map(([k, v]) => indent(`${k}: ${v},\n`)).join('')}}`;
  return `${name} { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

function debugTuple(name: string, fields: string[], pretty: boolean): string {
  if (fields.length === 0) return name;
  if (pretty) return `${name}(\n${fields.map((v) => indent(`${v},\n`)).join('')})`;
  return `${name}(${fields.join(', ')}${fields.length === 1 && name === '' ? ',' : ''})`;
}

function debugList(open: string, items: string[], close: string, pretty: boolean): string {
  if (items.length === 0) return open + close;
  if (pretty) return `${open}\n${items.map((v) => indent(`${v},\n`)).join('')}${close}`;
  return `${open}${items.join(', ')}${close}`;
}

function debugMap(entries: [string, string][], pretty: boolean): string {
  if (entries.length === 0) return '{}';
  if (pretty) return `{\n${entries.map(([k, v]) => indent(`${k}: ${v},\n`)).join('')}}`;
  return `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

// ---------------------------------------------------------------------------------------------
// Values

/** Display of std types that are not user types (error types of parse / try_from). */
function builtinDisplay(v: AdtValue): string | undefined {
  const kind = v.fields[0]?.k === 'adt' ? v.fields[0].variant : null;
  switch (v.name) {
    case 'ParseIntError':
      return PARSE_INT_ERROR_MESSAGES[kind as ParseIntErrorKind];
    case 'ParseFloatError':
      return PARSE_FLOAT_ERROR_MESSAGES[kind as ParseFloatErrorKind];
    case 'TryFromIntError':
      return TRY_FROM_INT_ERROR_MESSAGE;
    case 'TryFromCharError':
      return TRY_FROM_CHAR_ERROR_MESSAGE;
    case 'ParseBoolError':
      return 'provided string was not `true` or `false`';
    case 'ParseCharError':
      return kind === 'EmptyString' ? 'cannot parse char from empty string' : 'too many characters in string';
    default:
      return undefined;
  }
}

function sliceItems(v: Value & { k: 'slice' }): Value[] {
  return v.items.slice(v.start, v.end);
}

class ValueFormatter {
  constructor(private readonly hooks: FormatHooks) {}

  format(value: Value, f: ResolvedSpec): string {
    switch (f.trait) {
      case 'display':
        return this.display(value, f);
      case 'debug':
        return this.debug(value, f);
      case 'lowerExp':
      case 'upperExp': {
        const v = this.leaf(value);
        if (v.k === 'int') return intExp(v, f.trait === 'upperExp', f);
        if (v.k === 'float') return floatFormat(v, f.trait, f);
        throw new Error(`{:e} of ${v.k}`);
      }
      default: {
        const v = this.leaf(value);
        if (v.k !== 'int') throw new Error(`{:${f.trait}} of ${v.k}`);
        return intRadix(v, f.trait, f);
      }
    }
  }

  /** References and boxes format as what they point to. */
  private leaf(value: Value): Value {
    let v = value;
    while (v.k === 'ref' || v.k === 'box') v = v.k === 'ref' ? v.place.get() : v.value;
    return v;
  }

  display(value: Value, f: ResolvedSpec): string {
    const v = this.leaf(value);
    switch (v.k) {
      case 'int':
        return intDisplay(v, f);
      case 'float':
        return floatFormat(v, 'display', f);
      case 'bool':
        return pad(v.v ? 'true' : 'false', f);
      case 'char':
      case 'str':
      case 'string':
        return pad(v.v, f);
      case 'adt': {
        const custom = this.hooks.display?.(v, f);
        if (custom !== undefined) return custom;
        const builtin = builtinDisplay(v);
        if (builtin !== undefined) return pad(builtin, f);
        throw new Error(`${v.name} has no Display`);
      }
      default:
        throw new Error(`${v.k} has no Display`);
    }
  }

  debug(value: Value, f: ResolvedSpec): string {
    const v = this.leaf(value);
    const pretty = f.alternate;
    const all = (items: Value[]) => items.map((item) => this.debug(item, f));
    switch (v.k) {
      case 'int':
        if (f.debugHex) return intRadix(v, f.debugHex === 'lower' ? 'lowerHex' : 'upperHex', f);
        return intDisplay(v, f);
      case 'float':
        return floatFormat(v, 'debug', f);
      case 'bool':
        return pad(v.v ? 'true' : 'false', f);
      case 'char':
        return `'${escapeDebug(v.v, "'")}'`;
      case 'str':
      case 'string':
        return `"${escapeDebug(v.v, '"')}"`;
      case 'unit':
        return pad('()', f);
      case 'tuple':
        return debugTuple('', all(v.items), pretty);
      case 'array':
      case 'vec':
        return debugList('[', all(v.items), ']', pretty);
      case 'slice':
        return debugList('[', all(sliceItems(v)), ']', pretty);
      case 'set':
        return debugList('{', all([...v.entries.values()]), '}', pretty);
      case 'map':
        return debugMap(
          [...v.entries.values()].map(([key, val]) => [this.debug(key, f), this.debug(val, f)]),
          pretty,
        );
      case 'range':
        return `${v.start ? this.debug(v.start, f) : ''}${v.inclusive ? '..=' : '..'}${v.end ? this.debug(v.end, f) : ''}`;
      case 'adt':
        return this.debugAdt(v, f);
      case 'callable':
      case 'iter':
        return v.name;
      default:
        throw new Error(`${v.k} has no Debug`);
    }
  }

  private debugAdt(v: AdtValue, f: ResolvedSpec): string {
    const custom = this.hooks.debug?.(v, f);
    if (custom !== undefined) return custom;
    const name = v.variant ?? v.name;
    const pretty = f.alternate;
    if (v.fieldNames) {
      return debugStruct(
        name,
        v.fieldNames.map((field, i) => [field, this.debug(v.fields[i]!, f)]),
        pretty,
      );
    }
    return debugTuple(
      name,
      v.fields.map((field) => this.debug(field, f)),
      pretty,
    );
  }
}

/** Formats one value with one (resolved) placeholder spec, as `format!("{:spec}", value)` does. */
export function formatValue(value: Value, spec: ResolvedSpec, hooks: FormatHooks = {}): string {
  return new ValueFormatter(hooks).format(value, spec);
}

/**
 * Runs a parsed template: `format!(template, args…)`.
 * @param args the explicit arguments in order: positional first, then named
 * @param named explicit named arguments and captured variables, by name
 */
export function formatArguments(
  pieces: FormatPiece[],
  args: Value[],
  named: ReadonlyMap<string, Value>,
  hooks: FormatHooks = {},
): string {
  const formatter = new ValueFormatter(hooks);
  const lookup = (ref: ArgRef): Value => {
    const v = ref.kind === 'name' ? named.get(ref.name) : args[ref.index];
    if (!v) throw new Error(`format argument ${ref.kind === 'name' ? ref.name : ref.index} is missing`);
    return v;
  };
  const count = (c: number | ArgRef | null): number | null => {
    if (c === null || typeof c === 'number') return c;
    let v = lookup(c);
    while (v.k === 'ref') v = v.place.get();
    if (v.k !== 'int') throw new Error(`format count is ${v.k}, not usize`);
    // Widths and precisions are u16 inside std's formatter since Rust 1.87.
    if (v.v > 0xffffn) throw new Panic('Formatting argument out of range');
    return Number(v.v);
  };
  const charged = (c: number | ArgRef | null): number | null => {
    const n = count(c);
    if (n !== null) hooks.allocate?.(n);
    return n;
  };
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    // rustc evaluates the precision and width arguments before formatting the value
    const spec: ResolvedSpec = { ...piece.spec, precision: charged(piece.spec.precision), width: charged(piece.spec.width) };
    out += formatter.format(lookup(piece.arg), spec);
  }
  return out;
}
