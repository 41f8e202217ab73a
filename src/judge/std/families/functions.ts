import type { Value } from '../../run/values';
import { functions } from '../registry';
import { deref, unitValue } from '../values';

/** Free functions from std modules: `std::cmp::max`, `std::mem::swap`, `std::process::exit`… */
export const moduleFunctions = functions({
  'cmp::max': ['fn<T: Ord>(T, T) -> T', (args, _types, rt) => ((rt.compare(args[1]!, args[0]!) ?? 0) >= 0 ? args[1]! : args[0]!)],
  'cmp::min': ['fn<T: Ord>(T, T) -> T', (args, _types, rt) => ((rt.compare(args[1]!, args[0]!) ?? 0) < 0 ? args[1]! : args[0]!)],
  'mem::swap': ['fn<T>(&mut T, &mut T)', (args) => {
    const [a, b] = args as [Extract<Value, { k: 'ref' }>, Extract<Value, { k: 'ref' }>];
    const va = a.place.get();
    a.place.set(b.place.get());
    b.place.set(va);
    return unitValue;
  }],
  'mem::replace': ['fn<T>(&mut T, T) -> T', (args) => {
    const a = args[0] as Extract<Value, { k: 'ref' }>;
    const old = a.place.get();
    a.place.set(args[1]!);
    return old;
  }],
  'mem::take': ['fn<T: Default>(&mut T) -> T', (args, types, rt) => {
    const a = args[0] as Extract<Value, { k: 'ref' }>;
    const old = a.place.get();
    a.place.set(rt.defaultOf(types.ret));
    return old;
  }],
  'mem::drop': ['fn<T>(T)', () => unitValue],
  'Default::default': ['fn() -> Self', {
    requires: [{ param: 'Self', trait: 'Default' }],
    run: (_args, types, rt) => rt.defaultOf(types.self ?? types.ret),
  }],
  'process::exit': ['fn(i32) -> Never', (args) => {
    throw new ProcessExit(Number((deref(args[0]!) as { v: bigint }).v));
  }],
  'iter::repeat': ['fn<T: Clone>(T) -> IterFwd<T>', (args, _types, rt) => ({ k: 'iter', name: 'Repeat', next: () => rt.clone(args[0]!) })],
  'iter::successors': ['fn<T>(Option<T>, FnMut(&T) -> Option<T>) -> IterFwd<T>', (args, _types, rt) => {
    let next: Value | null = optionPayload(args[0]!);
    return {
      k: 'iter',
      name: 'Successors',
      next: () => {
        const current = next;
        if (current === null) return null;
        next = optionPayload(rt.call(args[1]!, [{ k: 'ref', mutable: false, place: { get: () => current, set: () => {} } }]));
        return current;
      },
    };
  }],
  'iter::once': ['fn<T>(T) -> Iter<T>', (args) => {
    let done = false;
    return { k: 'iter', name: 'Once', next: () => (done ? null : ((done = true), args[0]!)) };
  }],
});

/** `std::process::exit(code)`: ends the program; not a panic. */
export class ProcessExit extends Error {
  override readonly name = 'ProcessExit';
  constructor(readonly code: number) {
    super(`process exited with code ${code}`);
  }
}

function optionPayload(value: Value): Value | null {
  const v = deref(value);
  return v.k === 'adt' && v.variant === 'Some' ? v.fields[0]! : null;
}
