import type { Ty } from '../../check/types';
import { makeFloat } from '../../run/floats';
import { makeInt, noneValue, orderingValue, someValue } from '../../run/integers';
import type { Value } from '../../run/values';
import { methods } from '../registry';
import { boolValue, deref, stringValue, textOf } from '../values';

const SELF_CLONE = [{ param: 'Self', trait: 'Clone' as const }];

/** Trait methods every type may have (Clone, ToString, PartialEq, Ord, Into), checked by trait. */
export const anyMethods = methods('any', {
  clone: ['fn(&self) -> Self', { requires: SELF_CLONE, run: (call) => call.rt.clone(deref(call.self)) }],
  to_owned: ['fn(&self) -> Self', { requires: SELF_CLONE, run: (call) => call.rt.clone(deref(call.self)) }],
  to_string: ['fn(&self) -> String', { requires: [{ param: 'Self', trait: 'Display' }], run: (call) => stringValue(call.rt.display(call.self)) }],
  eq: ['fn(&self, &Self) -> bool', { requires: [{ param: 'Self', trait: 'PartialEq' }], run: (call) => boolValue(call.rt.equals(call.self, call.args[0]!)) }],
  ne: ['fn(&self, &Self) -> bool', { requires: [{ param: 'Self', trait: 'PartialEq' }], run: (call) => boolValue(!call.rt.equals(call.self, call.args[0]!)) }],
  cmp: ['fn(&self, &Self) -> Ordering', { requires: [{ param: 'Self', trait: 'Ord' }], run: (call) => orderingValue(sign(call.rt.compare(call.self, call.args[0]!) ?? 0)) }],
  partial_cmp: ['fn(&self, &Self) -> Option<Ordering>', { requires: [{ param: 'Self', trait: 'PartialOrd' }], run: (call) => {
    const c = call.rt.compare(call.self, call.args[0]!);
    return c === null ? noneValue() : someValue(orderingValue(sign(c)));
  } }],
  max: ['fn(self, Self) -> Self', { requires: [{ param: 'Self', trait: 'Ord' }], run: (call) => ((call.rt.compare(call.args[0]!, call.self) ?? 0) >= 0 ? call.args[0]! : deref(call.self)) }],
  min: ['fn(self, Self) -> Self', { requires: [{ param: 'Self', trait: 'Ord' }], run: (call) => ((call.rt.compare(call.args[0]!, call.self) ?? 0) < 0 ? call.args[0]! : deref(call.self)) }],
  clamp: ['fn(self, Self, Self) -> Self', { requires: [{ param: 'Self', trait: 'Ord' }], run: (call) => {
    const [lo, hi] = call.args as [Value, Value];
    if ((call.rt.compare(call.self, lo) ?? 0) < 0) return lo;
    if ((call.rt.compare(call.self, hi) ?? 0) > 0) return hi;
    return deref(call.self);
  } }],
  into: ['fn<T>(self) -> T', {
    obligations: (ctx) => [{ trait: 'Into', from: ctx.selfTy, ty: ctx.generics[0]! }],
    run: (call) => convert(deref(call.self), call.retTy),
  }],
});

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** `x.into()` / `T::from(x)` for the lossless std conversions. */
export function convert(value: Value, target: Ty): Value {
  if (target.k === 'adt' && target.name === 'String') return stringValue(value.k === 'char' ? value.v : textOf(value));
  if (target.k === 'int' && value.k === 'int') return makeInt(target.ty, value.v);
  if (target.k === 'int' && value.k === 'bool') return makeInt(target.ty, value.v ? 1n : 0n);
  if (target.k === 'int' && value.k === 'char') return makeInt(target.ty, BigInt(value.v.codePointAt(0)!));
  if (target.k === 'float' && (value.k === 'int' || value.k === 'float')) return makeFloat(target.ty, Number(value.v));
  if (target.k === 'char' && value.k === 'int') return { k: 'char', v: String.fromCodePoint(Number(value.v)) };
  if (target.k === 'adt' && target.name === 'Option') return someValue(value);
  if (target.k === 'adt' && target.name === 'Box') return { k: 'box', value };
  if (target.k === 'adt' && target.name === 'Vec' && (value.k === 'array' || value.k === 'vec')) return { k: 'vec', items: [...value.items] };
  return value;
}
