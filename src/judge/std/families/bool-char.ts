import { makeInt } from '../../run/integers';
import { Panic } from '../../run/values';
import type { Ty } from '../../check/types';
import { functions, methods, type RuntimeCall, type TypingContext } from '../registry';
import { boolOf, boolValue, charOf, charValue, intOf, iterOver, option } from '../values';

const c = (call: RuntimeCall) => charOf(call.self);
const test = (f: (ch: string) => boolean) => (call: RuntimeCall) => boolValue(f(c(call)));
const code = (ch: string) => ch.codePointAt(0)!;

/** Unicode-aware tests as Rust defines them (Alphabetic, Numeric, White_Space, case properties). */
const isAlphabetic = (ch: string) => /\p{Alphabetic}/u.test(ch);
const isNumeric = (ch: string) => /[\p{Nd}\p{Nl}\p{No}]/u.test(ch);
const isWhitespace = (ch: string) => /\p{White_Space}/u.test(ch);
const isAsciiDigit = (ch: string) => ch >= '0' && ch <= '9';
const isAsciiAlpha = (ch: string) => /^[A-Za-z]$/.test(ch);

/** `c.to_digit(radix)`; radix above 36 panics as in Rust. */
function toDigit(ch: string, radix: number): number | null {
  if (radix < 2 || radix > 36) throw new Panic('to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive');
  const n = code(ch);
  let digit: number;
  if (n >= 48 && n <= 57) digit = n - 48;
  else if (n >= 97 && n <= 122) digit = n - 87;
  else if (n >= 65 && n <= 90) digit = n - 55;
  else return null;
  return digit < radix ? digit : null;
}

/** The full Unicode mapping, which may produce several chars (`'ß'.to_uppercase()` is "SS"). */
const caseIter = (f: (s: string) => string, name: string) => (call: RuntimeCall) => iterOver([...f(c(call))].map(charValue), name);
const caseSource = { returns: (_ctx: TypingContext, ret: Ty): Ty => (ret.k === 'iter' ? { ...ret, source: 'case' } : ret) };

export const charMethods = methods('char', {
  is_alphabetic: ['fn(self) -> bool', test(isAlphabetic)],
  is_numeric: ['fn(self) -> bool', test(isNumeric)],
  is_alphanumeric: ['fn(self) -> bool', test((ch) => isAlphabetic(ch) || isNumeric(ch))],
  is_whitespace: ['fn(self) -> bool', test(isWhitespace)],
  is_uppercase: ['fn(self) -> bool', test((ch) => /\p{Uppercase}/u.test(ch))],
  is_lowercase: ['fn(self) -> bool', test((ch) => /\p{Lowercase}/u.test(ch))],
  is_control: ['fn(self) -> bool', test((ch) => /\p{Cc}/u.test(ch))],
  is_ascii: ['fn(&self) -> bool', test((ch) => code(ch) < 128)],
  is_ascii_alphabetic: ['fn(&self) -> bool', test(isAsciiAlpha)],
  is_ascii_digit: ['fn(&self) -> bool', test(isAsciiDigit)],
  is_ascii_alphanumeric: ['fn(&self) -> bool', test((ch) => isAsciiAlpha(ch) || isAsciiDigit(ch))],
  is_ascii_uppercase: ['fn(&self) -> bool', test((ch) => ch >= 'A' && ch <= 'Z')],
  is_ascii_lowercase: ['fn(&self) -> bool', test((ch) => ch >= 'a' && ch <= 'z')],
  is_ascii_whitespace: ['fn(&self) -> bool', test((ch) => [' ', '\t', '\n', '\x0c', '\r'].includes(ch))],
  is_ascii_punctuation: ['fn(&self) -> bool', test((ch) => /^[!-\/:-@[-`{-~]$/.test(ch))],
  is_ascii_hexdigit: ['fn(&self) -> bool', test((ch) => /^[0-9a-fA-F]$/.test(ch))],
  is_digit: ['fn(self, u32) -> bool', (call) => boolValue(toDigit(c(call), Number(intOf(call.args[0]!))) !== null)],
  to_digit: ['fn(self, u32) -> Option<u32>', (call) => {
    const d = toDigit(c(call), Number(intOf(call.args[0]!)));
    return option(d === null ? null : makeInt('u32', BigInt(d)));
  }],
  to_ascii_uppercase: ['fn(&self) -> char', (call) => charValue(code(c(call)) < 128 ? c(call).toUpperCase() : c(call))],
  to_ascii_lowercase: ['fn(&self) -> char', (call) => charValue(code(c(call)) < 128 ? c(call).toLowerCase() : c(call))],
  to_uppercase: ['fn(self) -> Iter<char>', { ...caseSource, run: caseIter((s) => s.toUpperCase(), 'ToUppercase') }],
  to_lowercase: ['fn(self) -> Iter<char>', { ...caseSource, run: caseIter((s) => s.toLowerCase(), 'ToLowercase') }],
  eq_ignore_ascii_case: ['fn(&self, &char) -> bool', (call) => {
    const lower = (ch: string) => (code(ch) < 128 ? ch.toLowerCase() : ch);
    return boolValue(lower(c(call)) === lower(charOf(call.args[0]!)));
  }],
  len_utf8: ['fn(self) -> usize', (call) => makeInt('usize', BigInt(new TextEncoder().encode(c(call)).length))],
});

export const charFunctions = functions({
  'char::from_digit': ['fn(u32, u32) -> Option<char>', (args) => {
    const num = Number(intOf(args[0]!));
    const radix = Number(intOf(args[1]!));
    if (radix < 2 || radix > 36) throw new Panic('from_digit: radix is too high (maximum 36)');
    return option(num < radix ? charValue(num.toString(radix)) : null);
  }],
  'char::from_u32': ['fn(u32) -> Option<char>', (args) => {
    const n = Number(intOf(args[0]!));
    return option(n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? charValue(String.fromCodePoint(n)) : null);
  }],
  'char::from': ['fn(u8) -> char', (args) => charValue(String.fromCodePoint(Number(intOf(args[0]!))))],
});

export const boolMethods = methods('bool', {
  then_some: ['fn<T>(self, T) -> Option<T>', (call) => option(boolOf(call.self) ? call.args[0]! : null)],
  then: ['fn<T>(self, FnOnce() -> T) -> Option<T>', (call) => option(boolOf(call.self) ? call.rt.call(call.args[0]!, []) : null)],
});
