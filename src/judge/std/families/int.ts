import { callIntMethod, callIntStatic, intConstant, isSigned, unsignedOf } from '../../run/integers';
import type { Ty } from '../../check/types';
import type { IntValue, Value } from '../../run/values';
import { functions, methods, type RuntimeCall, type TypingContext } from '../registry';
import { deref, intTypeOf } from '../values';

/** Integer methods delegate to the exact integer semantics in run/integers. */
function intMethod(name: string) {
  return (call: RuntimeCall): Value => {
    const self = deref(call.self) as IntValue;
    const result = callIntMethod(name, self, call.args.map(deref));
    if (result === undefined) throw new Error(`integer method ${name} is not implemented`);
    return result;
  };
}

const signedOnly = (name: string) => (ctx: TypingContext) => {
  const self = ctx.resolve(ctx.selfTy);
  return self.k === 'int' && !isSigned(self.ty) ? `no method named \`${name}\` found for type \`${self.ty}\`` : null;
};
const unsignedOnly = (name: string) => (ctx: TypingContext) => {
  const self = ctx.resolve(ctx.selfTy);
  return self.k === 'int' && isSigned(self.ty) ? `no method named \`${name}\` found for type \`${self.ty}\`` : null;
};
const toUnsigned = (ctx: TypingContext) => {
  const self = ctx.resolve(ctx.selfTy);
  return self.k === 'int' ? { k: 'int' as const, ty: unsignedOf(self.ty) } : ctx.selfTy;
};

const same = ['fn(self, Self) -> Self', 'fn(self) -> Self'] as const;
const entries: Record<string, [string, Parameters<typeof methods>[1][string][1]]> = {
  abs: ['fn(self) -> Self', { run: intMethod('abs'), check: signedOnly('abs') }],
  pow: ['fn(self, u32) -> Self', intMethod('pow')],
  signum: ['fn(self) -> Self', { run: intMethod('signum'), check: signedOnly('signum') }],
  is_positive: ['fn(self) -> bool', { run: intMethod('is_positive'), check: signedOnly('is_positive') }],
  is_negative: ['fn(self) -> bool', { run: intMethod('is_negative'), check: signedOnly('is_negative') }],
  abs_diff: ['fn(self, Self) -> Self', { run: intMethod('abs_diff'), returns: toUnsigned }],
  unsigned_abs: ['fn(self) -> Self', { run: intMethod('unsigned_abs'), returns: toUnsigned, check: signedOnly('unsigned_abs') }],
  rem_euclid: [same[0], intMethod('rem_euclid')],
  div_euclid: [same[0], intMethod('div_euclid')],
  checked_pow: ['fn(self, u32) -> Option<Self>', intMethod('checked_pow')],
  checked_neg: ['fn(self) -> Option<Self>', intMethod('checked_neg')],
  checked_abs: ['fn(self) -> Option<Self>', { run: intMethod('checked_abs'), check: signedOnly('checked_abs') }],
  wrapping_neg: [same[1], intMethod('wrapping_neg')],
  wrapping_pow: ['fn(self, u32) -> Self', intMethod('wrapping_pow')],
  saturating_pow: ['fn(self, u32) -> Self', intMethod('saturating_pow')],
  overflowing_pow: ['fn(self, u32) -> (Self, bool)', intMethod('overflowing_pow')],
  count_ones: ['fn(self) -> u32', intMethod('count_ones')],
  count_zeros: ['fn(self) -> u32', intMethod('count_zeros')],
  leading_zeros: ['fn(self) -> u32', intMethod('leading_zeros')],
  trailing_zeros: ['fn(self) -> u32', intMethod('trailing_zeros')],
  is_power_of_two: ['fn(self) -> bool', { run: intMethod('is_power_of_two'), check: unsignedOnly('is_power_of_two') }],
  next_power_of_two: ['fn(self) -> Self', { run: intMethod('next_power_of_two'), check: unsignedOnly('next_power_of_two') }],
  isqrt: [same[1], intMethod('isqrt')],
  ilog2: ['fn(self) -> u32', intMethod('ilog2')],
  ilog10: ['fn(self) -> u32', intMethod('ilog10')],
  ilog: ['fn(self, Self) -> u32', intMethod('ilog')],
  div_ceil: [same[0], { run: intMethod('div_ceil'), check: unsignedOnly('div_ceil') }],
};
for (const kind of ['checked', 'wrapping', 'saturating', 'overflowing'] as const) {
  for (const op of ['add', 'sub', 'mul', 'div', 'rem'] as const) {
    if (kind === 'saturating' && op === 'rem') continue;
    const name = `${kind}_${op}`;
    const ret = kind === 'checked' ? 'Option<Self>' : kind === 'overflowing' ? '(Self, bool)' : 'Self';
    entries[name] = [`fn(self, Self) -> ${ret}`, intMethod(name)];
  }
}

/** `u8`'s ASCII helpers (`b.is_ascii_digit()`, `b.to_ascii_lowercase()`). */
const onlyU8 = (name: string) => (ctx: TypingContext) => {
  const self = ctx.resolve(ctx.selfTy);
  return self.k === 'int' && self.ty !== 'u8' ? `no method named \`${name}\` found for type \`${self.ty}\`` : null;
};
const byte = (call: RuntimeCall) => String.fromCharCode(Number((deref(call.self) as IntValue).v));
const ASCII_TESTS: Record<string, (c: string) => boolean> = {
  is_ascii: (c) => c.charCodeAt(0) < 128,
  is_ascii_alphabetic: (c) => /^[A-Za-z]$/.test(c),
  is_ascii_digit: (c) => /^[0-9]$/.test(c),
  is_ascii_alphanumeric: (c) => /^[A-Za-z0-9]$/.test(c),
  is_ascii_uppercase: (c) => /^[A-Z]$/.test(c),
  is_ascii_lowercase: (c) => /^[a-z]$/.test(c),
  is_ascii_whitespace: (c) => [' ', '\t', '\n', '\x0c', '\r'].includes(c),
  is_ascii_punctuation: (c) => /^[!-\/:-@[-`{-~]$/.test(c),
  is_ascii_hexdigit: (c) => /^[0-9a-fA-F]$/.test(c),
};
for (const [name, test] of Object.entries(ASCII_TESTS)) {
  entries[name] = ['fn(&self) -> bool', { check: onlyU8(name), run: (call) => ({ k: 'bool', v: test(byte(call)) }) }];
}
entries.to_ascii_uppercase = ['fn(&self) -> Self', { check: onlyU8('to_ascii_uppercase'), run: (call) => ({ k: 'int', ty: 'u8', v: BigInt(byte(call).toUpperCase().charCodeAt(0)) }) }];
entries.to_ascii_lowercase = ['fn(&self) -> Self', { check: onlyU8('to_ascii_lowercase'), run: (call) => ({ k: 'int', ty: 'u8', v: BigInt(byte(call).toLowerCase().charCodeAt(0)) }) }];

export const intMethods = methods('int', entries);

/** `i32::MAX`, `u8::MIN`, `u32::BITS` and `i64::from(x)`, `u8::try_from(x)`, `i32::from_str_radix(s, 2)`. */
export const intFunctions = [
  ...functions(
    {
      'int::MAX': ['fn() -> Self', (_args, types) => intConstant(intTypeOf(types.self!), 'MAX')!],
      'int::MIN': ['fn() -> Self', (_args, types) => intConstant(intTypeOf(types.self!), 'MIN')!],
      'int::BITS': ['fn() -> u32', (_args, types) => intConstant(intTypeOf(types.self!), 'BITS')!],
    },
    true,
  ),
  ...functions({
    'int::from_str_radix': ['fn(&str, u32) -> Result<Self, ParseIntError>', (args, types) => staticCall(types.self!, 'from_str_radix', args)],
    'int::max_value': ['fn() -> Self', (_args, types) => intConstant(intTypeOf(types.self!), 'MAX')!],
    'int::min_value': ['fn() -> Self', (_args, types) => intConstant(intTypeOf(types.self!), 'MIN')!],
    'int::from': [
      'fn<A>(A) -> Self',
      { run: (args, types) => staticCall(types.self!, 'from', args), obligations: (ctx) => [{ trait: 'Into', from: ctx.generics[0]!, ty: ctx.selfTy }] },
    ],
    'int::try_from': [
      'fn<A>(A) -> Result<Self, TryFromIntError>',
      { run: (args, types) => staticCall(types.self!, 'try_from', args), obligations: (ctx) => [{ trait: 'TryFrom', from: ctx.generics[0]!, ty: ctx.selfTy }] },
    ],
  }),
];

function staticCall(self: Ty, name: string, args: Value[]): Value {
  const result = callIntStatic(intTypeOf(self), name, args.map(deref));
  if (result === undefined) throw new Error(`integer function ${name} is not implemented`);
  return result;
}
