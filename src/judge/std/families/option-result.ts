import { errValue, noneValue, okValue, someValue } from '../../run/integers';
import { Panic, type AdtValue, type Value } from '../../run/values';
import { methods, type RuntimeCall } from '../registry';
import { boolValue, deref, iterOver, option, refTo, tempPlace, textOf } from '../values';

function adt(call: RuntimeCall): AdtValue {
  const v = deref(call.self);
  if (v.k !== 'adt') throw new Error(`expected Option/Result, got ${v.k}`);
  return v;
}
const isSome = (v: AdtValue) => v.variant === 'Some';
const isOk = (v: AdtValue) => v.variant === 'Ok';
const payload = (v: AdtValue) => v.fields[0]!;
const call0 = (call: RuntimeCall, f: number) => call.rt.call(call.args[f]!, []);
const call1 = (call: RuntimeCall, f: number, x: Value) => call.rt.call(call.args[f]!, [x]);
const truthy = (v: Value) => (deref(v) as { v: boolean }).v;

/** A reference to the payload of an Option held in a place (for as_ref / as_mut / iter / get_or_insert). */
function payloadRef(call: RuntimeCall, mutable: boolean): Value | null {
  const v = adt(call);
  if (!isSome(v) && !isOk(v)) return null;
  return { k: 'ref', mutable, place: { get: () => v.fields[0]!, set: (x) => (v.fields[0] = x) } };
}

export const optionMethods = methods('Option', {
  is_some: ['fn(&self) -> bool', (call) => boolValue(isSome(adt(call)))],
  is_none: ['fn(&self) -> bool', (call) => boolValue(!isSome(adt(call)))],
  is_some_and: ['fn(self, FnOnce(T) -> bool) -> bool', (call) => boolValue(isSome(adt(call)) && truthy(call1(call, 0, payload(adt(call)))))],
  is_none_or: ['fn(self, FnOnce(T) -> bool) -> bool', (call) => boolValue(!isSome(adt(call)) || truthy(call1(call, 0, payload(adt(call)))))],
  unwrap: ['fn(self) -> T', (call) => {
    const v = adt(call);
    if (!isSome(v)) throw new Panic('called `Option::unwrap()` on a `None` value');
    return payload(v);
  }],
  expect: ['fn(self, &str) -> T', (call) => {
    const v = adt(call);
    if (!isSome(v)) throw new Panic(textOf(call.args[0]!));
    return payload(v);
  }],
  unwrap_or: ['fn(self, T) -> T', (call) => (isSome(adt(call)) ? payload(adt(call)) : call.args[0]!)],
  unwrap_or_else: ['fn(self, FnOnce() -> T) -> T', (call) => (isSome(adt(call)) ? payload(adt(call)) : call0(call, 0))],
  unwrap_or_default: ['fn(self) -> T', { requires: [{ param: 'T', trait: 'Default' }], run: (call) => (isSome(adt(call)) ? payload(adt(call)) : call.rt.defaultOf((call.selfTy as { args: import('../../check/types').Ty[] }).args[0]!)) }],
  map: ['fn<U>(self, FnOnce(T) -> U) -> Option<U>', (call) => (isSome(adt(call)) ? someValue(call1(call, 0, payload(adt(call)))) : noneValue())],
  map_or: ['fn<U>(self, U, FnOnce(T) -> U) -> U', (call) => (isSome(adt(call)) ? call1(call, 1, payload(adt(call))) : call.args[0]!)],
  map_or_else: ['fn<U>(self, FnOnce() -> U, FnOnce(T) -> U) -> U', (call) => (isSome(adt(call)) ? call1(call, 1, payload(adt(call))) : call0(call, 0))],
  and_then: ['fn<U>(self, FnOnce(T) -> Option<U>) -> Option<U>', (call) => (isSome(adt(call)) ? call1(call, 0, payload(adt(call))) : noneValue())],
  filter: ['fn(self, FnOnce(&T) -> bool) -> Option<T>', (call) => {
    const v = adt(call);
    return isSome(v) && truthy(call1(call, 0, refTo(payload(v)))) ? v : noneValue();
  }],
  or: ['fn(self, Option<T>) -> Option<T>', (call) => (isSome(adt(call)) ? adt(call) : call.args[0]!)],
  or_else: ['fn(self, FnOnce() -> Option<T>) -> Option<T>', (call) => (isSome(adt(call)) ? adt(call) : call0(call, 0))],
  xor: ['fn(self, Option<T>) -> Option<T>', (call) => {
    const a = adt(call);
    const b = deref(call.args[0]!) as AdtValue;
    return isSome(a) !== isSome(b) ? (isSome(a) ? a : b) : noneValue();
  }],
  and: ['fn<U>(self, Option<U>) -> Option<U>', (call) => (isSome(adt(call)) ? call.args[0]! : noneValue())],
  ok_or: ['fn<E>(self, E) -> Result<T, E>', (call) => (isSome(adt(call)) ? okValue(payload(adt(call))) : errValue(call.args[0]!))],
  ok_or_else: ['fn<E>(self, FnOnce() -> E) -> Result<T, E>', (call) => (isSome(adt(call)) ? okValue(payload(adt(call))) : errValue(call0(call, 0)))],
  zip: ['fn<U>(self, Option<U>) -> Option<(T, U)>', (call) => {
    const a = adt(call);
    const b = deref(call.args[0]!) as AdtValue;
    return isSome(a) && isSome(b) ? someValue({ k: 'tuple', items: [payload(a), payload(b)] }) : noneValue();
  }],
  take: ['fn(&mut self) -> Option<T>', (call) => {
    const v = adt(call);
    call.place!.set(noneValue());
    return v;
  }],
  replace: ['fn(&mut self, T) -> Option<T>', (call) => {
    const v = adt(call);
    call.place!.set(someValue(call.args[0]!));
    return v;
  }],
  insert: ['fn(&mut self, T) -> &mut T', (call) => {
    call.place!.set(someValue(call.args[0]!));
    return payloadRef({ ...call, self: call.place!.get() }, true)!;
  }],
  get_or_insert: ['fn(&mut self, T) -> &mut T', (call) => {
    if (!isSome(adt(call))) call.place!.set(someValue(call.args[0]!));
    return payloadRef({ ...call, self: call.place!.get() }, true)!;
  }],
  get_or_insert_with: ['fn(&mut self, FnOnce() -> T) -> &mut T', (call) => {
    if (!isSome(adt(call))) call.place!.set(someValue(call0(call, 0)));
    return payloadRef({ ...call, self: call.place!.get() }, true)!;
  }],
  as_ref: ['fn(&self) -> Option<&T>', (call) => option(payloadRef(call, false))],
  as_mut: ['fn(&mut self) -> Option<&mut T>', (call) => option(payloadRef(call, true))],
  as_deref: ['fn(&self) -> Option<&str>', { check: (ctx) => {
    const t = ctx.resolve(ctx.params.get('T')!);
    return t.k === 'adt' && t.name === 'String' ? null : 'as_deref is modelled only for Option<String>';
  }, run: (call) => option(isSome(adt(call)) ? { k: 'str', v: textOf(payload(adt(call))) } : null) }],
  iter: ['fn(&self) -> Iter<&T>', (call) => iterOver(payloadRef(call, false) ? [payloadRef(call, false)!] : [], 'Iter')],
  cloned: ['fn(self) -> Option<T>', (call) => (isSome(adt(call)) ? someValue(call.rt.clone(deref(payload(adt(call))))) : noneValue())],
  copied: ['fn(self) -> Option<T>', (call) => (isSome(adt(call)) ? someValue(deref(payload(adt(call)))) : noneValue())],
  flatten: ['fn(self) -> T', (call) => (isSome(adt(call)) ? payload(adt(call)) : noneValue())],
  unwrap_unchecked: ['fn(self) -> T', () => {
    throw new Error('unsafe');
  }],
}).map((m) => {
  // cloned/copied turn Option<&T> into Option<T>: the notation's T is the reference's target.
  if (m.name === 'cloned' || m.name === 'copied') {
    return {
      ...m,
      returns: (ctx: import('../registry').TypingContext) => {
        const t = ctx.resolve(ctx.params.get('T')!);
        return { k: 'adt' as const, name: 'Option', args: [t.k === 'ref' ? t.inner : t] };
      },
      check: (ctx: import('../registry').TypingContext) => (ctx.resolve(ctx.params.get('T')!).k === 'ref' || ctx.resolve(ctx.params.get('T')!).k === 'var' ? null : `\`${m.name}\` needs an Option of a reference`),
    };
  }
  if (m.name === 'flatten') {
    return {
      ...m,
      check: (ctx: import('../registry').TypingContext) => {
        const t = ctx.resolve(ctx.params.get('T')!);
        return t.k === 'adt' && t.name === 'Option' ? null : `the trait bound is not satisfied: \`flatten\` needs Option<Option<_>>`;
      },
    };
  }
  return m;
}).filter((m) => m.name !== 'unwrap_unchecked');

export const resultMethods = methods('Result', {
  is_ok: ['fn(&self) -> bool', (call) => boolValue(isOk(adt(call)))],
  is_err: ['fn(&self) -> bool', (call) => boolValue(!isOk(adt(call)))],
  is_ok_and: ['fn(self, FnOnce(T) -> bool) -> bool', (call) => boolValue(isOk(adt(call)) && truthy(call1(call, 0, payload(adt(call)))))],
  unwrap: ['fn(self) -> T', { requires: [{ param: 'E', trait: 'Debug' }], run: (call) => {
    const v = adt(call);
    if (!isOk(v)) throw new Panic(`called \`Result::unwrap()\` on an \`Err\` value: ${call.rt.debug(payload(v))}`);
    return payload(v);
  } }],
  expect: ['fn(self, &str) -> T', { requires: [{ param: 'E', trait: 'Debug' }], run: (call) => {
    const v = adt(call);
    if (!isOk(v)) throw new Panic(`${textOf(call.args[0]!)}: ${call.rt.debug(payload(v))}`);
    return payload(v);
  } }],
  unwrap_err: ['fn(self) -> E', { requires: [{ param: 'T', trait: 'Debug' }], run: (call) => {
    const v = adt(call);
    if (isOk(v)) throw new Panic(`called \`Result::unwrap_err()\` on an \`Ok\` value: ${call.rt.debug(payload(v))}`);
    return payload(v);
  } }],
  unwrap_or: ['fn(self, T) -> T', (call) => (isOk(adt(call)) ? payload(adt(call)) : call.args[0]!)],
  unwrap_or_else: ['fn(self, FnOnce(E) -> T) -> T', (call) => (isOk(adt(call)) ? payload(adt(call)) : call1(call, 0, payload(adt(call))))],
  unwrap_or_default: ['fn(self) -> T', { requires: [{ param: 'T', trait: 'Default' }], run: (call) => (isOk(adt(call)) ? payload(adt(call)) : call.rt.defaultOf((call.selfTy as { args: import('../../check/types').Ty[] }).args[0]!)) }],
  map: ['fn<U>(self, FnOnce(T) -> U) -> Result<U, E>', (call) => (isOk(adt(call)) ? okValue(call1(call, 0, payload(adt(call)))) : adt(call))],
  map_err: ['fn<F>(self, FnOnce(E) -> F) -> Result<T, F>', (call) => (isOk(adt(call)) ? adt(call) : errValue(call1(call, 0, payload(adt(call)))))],
  map_or: ['fn<U>(self, U, FnOnce(T) -> U) -> U', (call) => (isOk(adt(call)) ? call1(call, 1, payload(adt(call))) : call.args[0]!)],
  and_then: ['fn<U>(self, FnOnce(T) -> Result<U, E>) -> Result<U, E>', (call) => (isOk(adt(call)) ? call1(call, 0, payload(adt(call))) : adt(call))],
  or_else: ['fn<F>(self, FnOnce(E) -> Result<T, F>) -> Result<T, F>', (call) => (isOk(adt(call)) ? adt(call) : call1(call, 0, payload(adt(call))))],
  ok: ['fn(self) -> Option<T>', (call) => option(isOk(adt(call)) ? payload(adt(call)) : null)],
  err: ['fn(self) -> Option<E>', (call) => option(isOk(adt(call)) ? null : payload(adt(call)))],
  as_ref: ['fn(&self) -> Result<&T, &E>', (call) => {
    const v = adt(call);
    const r: Value = { k: 'ref', mutable: false, place: tempPlace(payload(v)) };
    return isOk(v) ? okValue(r) : errValue(r);
  }],
});

export const orderingMethods = methods('Ordering', {
  reverse: ['fn(self) -> Ordering', (call) => {
    const v = adt(call);
    return { ...v, variant: v.variant === 'Less' ? 'Greater' : v.variant === 'Greater' ? 'Less' : 'Equal' };
  }],
  then: ['fn(self, Ordering) -> Ordering', (call) => (adt(call).variant === 'Equal' ? call.args[0]! : adt(call))],
  then_with: ['fn(self, FnOnce() -> Ordering) -> Ordering', (call) => (adt(call).variant === 'Equal' ? call0(call, 0) : adt(call))],
  is_eq: ['fn(self) -> bool', (call) => boolValue(adt(call).variant === 'Equal')],
  is_ne: ['fn(self) -> bool', (call) => boolValue(adt(call).variant !== 'Equal')],
  is_lt: ['fn(self) -> bool', (call) => boolValue(adt(call).variant === 'Less')],
  is_gt: ['fn(self) -> bool', (call) => boolValue(adt(call).variant === 'Greater')],
  is_le: ['fn(self) -> bool', (call) => boolValue(adt(call).variant !== 'Greater')],
  is_ge: ['fn(self) -> bool', (call) => boolValue(adt(call).variant !== 'Less')],
});
