import type { Ty } from '../../check/types';
import { keyOf } from '../../run/format';
import { intBinary, makeInt } from '../../run/integers';
import { Panic, type IntValue, type Value } from '../../run/values';
import { methods, type Runtime, type RuntimeCall, type TypingContext } from '../registry';
import { boolValue, collectAll, deref, intOf, option, sequenceView, stringValue, textOf, unitValue, usize } from '../values';
import { hashOrder } from './maps';

type Iter = Extract<Value, { k: 'iter' }>;

/** Turns anything iterable into a runtime iterator (ranges, sequences, maps, sets, Option). */
export function toIter(value: Value, rt: Runtime): Iter {
  if (value.k === 'iter') return value;
  const v = deref(value);
  if (v.k === 'iter') return v;
  if (v.k === 'range') return rangeIter(v);
  const byRef = value.k === 'ref';
  if (v.k === 'vec' || v.k === 'array' || v.k === 'slice') {
    const { items, start, end } = sequenceView(v);
    const mutable = value.k === 'ref' && value.mutable;
    const pick = (i: number): Value =>
      byRef ? { k: 'ref', mutable, place: { get: () => items[i]!, set: (x) => (items[i] = x) } } : items[i]!;
    let front = start;
    let back = end;
    return { k: 'iter', name: 'Iter', next: () => (front < back ? pick(front++) : null), nextBack: () => (front < back ? pick(--back) : null) };
  }
  if (v.k === 'map') {
    const entries = [...v.entries.values()];
    if (v.kind === 'BTreeMap') entries.sort((a, b) => rt.compare(a[0], b[0]) ?? 0);
    else if (entries.length >= 2) hashOrder.observed = true;
    if (v.kind === 'HashMap' && hashOrder.reversed) entries.reverse();
    const mutable = value.k === 'ref' && value.mutable;
    const items = entries.map(([k, val]): Value => {
      if (!byRef) return { k: 'tuple', items: [k, val] };
      const key = keyOf(k);
      const valueRef: Value = { k: 'ref', mutable, place: { get: () => v.entries.get(key)![1], set: (x) => v.entries.set(key, [k, x]) } };
      return { k: 'tuple', items: [{ k: 'ref', mutable: false, place: { get: () => k, set: () => {} } }, valueRef] };
    });
    return fromArray(items);
  }
  if (v.k === 'set') {
    const items = [...v.entries.values()];
    if (v.kind === 'BTreeSet') items.sort((a, b) => rt.compare(a, b) ?? 0);
    else if (items.length >= 2) hashOrder.observed = true;
    if (v.kind === 'HashSet' && hashOrder.reversed) items.reverse();
    return fromArray(byRef ? items.map((x): Value => ({ k: 'ref', mutable: false, place: { get: () => x, set: () => {} } })) : items);
  }
  if (v.k === 'adt' && v.name === 'Option') return fromArray(v.variant === 'Some' ? [v.fields[0]!] : []);
  throw new Error(`cannot iterate over ${v.k}`);
}

function fromArray(items: Value[]): Iter {
  let front = 0;
  let back = items.length;
  return { k: 'iter', name: 'Iter', next: () => (front < back ? items[front++]! : null), nextBack: () => (front < back ? items[--back]! : null) };
}

/** `a..b`, `a..=b`, `a..` over integers or chars. */
function rangeIter(range: Extract<Value, { k: 'range' }>): Iter {
  const start = range.start ? deref(range.start) : null;
  if (!start) throw new Panic('cannot iterate a range without a start');
  if (start.k === 'char') {
    const from = start.v.codePointAt(0)!;
    const endValue = range.end ? deref(range.end) : null;
    const to = endValue && endValue.k === 'char' ? endValue.v.codePointAt(0)! + (range.inclusive ? 1 : 0) : 0x110000;
    let front = from;
    let back = to;
    const chr = (n: number): Value => ({ k: 'char', v: String.fromCodePoint(n) });
    const skipSurrogates = (n: number) => (n >= 0xd800 && n <= 0xdfff ? 0xe000 : n);
    return {
      k: 'iter',
      name: 'Range',
      next: () => {
        front = skipSurrogates(front);
        return front < back ? chr(front++) : null;
      },
      nextBack: () => (front < back ? chr(--back) : null),
    };
  }
  if (start.k !== 'int') throw new Error(`cannot iterate a range of ${start.k}`);
  const ty = start.ty;
  let front = start.v;
  const endValue = range.end ? (deref(range.end) as IntValue) : null;
  // Exclusive upper bound as a BigInt (inclusive ranges add one; `a..` runs to the type's end and then overflows).
  let back = endValue ? endValue.v + (range.inclusive ? 1n : 0n) : null;
  return {
    k: 'iter',
    name: 'Range',
    next: () => {
      if (back !== null && front >= back) return null;
      if (back === null) {
        const value = makeInt(ty, front);
        // RangeFrom panics on overflow in debug builds when it steps past the type's maximum.
        intBinary('+', value, makeInt(ty, 1n));
        front += 1n;
        return value;
      }
      return makeInt(ty, front++);
    },
    nextBack: () => {
      if (back === null || front >= back) return null;
      back -= 1n;
      return makeInt(ty, back);
    },
  };
}

const truthy = (v: Value) => {
  const b = deref(v);
  return b.k === 'bool' && b.v;
};
const self = (call: RuntimeCall) => toIter(call.self, call.rt);
const ref = (v: Value): Value => ({ k: 'ref', mutable: false, place: { get: () => v, set: () => {} } });

function adapter(inner: Iter, name: string, next: () => Value | null, nextBack?: () => Value | null): Iter {
  return { k: 'iter', name, next, ...(nextBack && inner.nextBack ? { nextBack } : {}) };
}

/** The iterator's capabilities after an adapter: `keep` copies them, overrides replace them. */
const flags = (override: Partial<{ doubleEnded: boolean; exactSize: boolean; peekable: boolean }>) => (ctx: TypingContext, ret: Ty): Ty => {
  const s = ctx.resolve(ctx.selfTy);
  const base = s.k === 'iter' ? s : { doubleEnded: s.k === 'adt' && s.name !== 'RangeFrom', exactSize: true, peekable: false };
  const r = ret.k === 'iter' ? ret : null;
  if (!r) return ret;
  return { ...r, doubleEnded: override.doubleEnded ?? base.doubleEnded, exactSize: override.exactSize ?? base.exactSize, peekable: override.peekable ?? false };
};
const keep = flags({});
const capability = (name: 'doubleEnded' | 'exactSize' | 'peekable', trait: string) => (ctx: TypingContext): string | null => {
  const s = ctx.resolve(ctx.selfTy);
  if (s.k === 'iter' && !s[name]) return `the trait bound \`${trait}\` is not satisfied by this iterator`;
  if (s.k === 'adt' && s.name === 'RangeFrom' && name !== 'peekable') return `the trait bound \`${trait}\` is not satisfied by \`RangeFrom\``;
  if (s.k === 'adt' && name === 'peekable') return 'no method named `peek` found: call `.peekable()` first';
  return null;
};

/** The item type of a nested iterable (flat_map / flatten / zip / chain). */
const itemOfParam = (ctx: TypingContext, ty: Ty): Ty => ctx.itemOf(ty) ?? ctx.fresh();

export const iterMethods = methods('iter', {
  next: ['fn(&mut self) -> Option<Item>', (call) => option(self(call).next())],
  next_back: ['fn(&mut self) -> Option<Item>', { check: capability('doubleEnded', 'DoubleEndedIterator'), run: (call) => option(self(call).nextBack!()) }],
  peek: ['fn(&mut self) -> Option<&Item>', { check: capability('peekable', 'Peekable'), run: (call) => {
    const it = self(call) as Iter & { peeked?: Value | null };
    if (it.peeked === undefined) it.peeked = it.next();
    return option(it.peeked === null ? null : ref(it.peeked));
  } }],
  map: ['fn<B>(self, FnMut(Item) -> B) -> Iter<B>', { returns: keep, run: (call) => {
    const it = self(call);
    const f = call.args[0]!;
    return adapter(it, 'Map', () => { const x = it.next(); return x === null ? null : call.rt.call(f, [x]); }, () => { const x = it.nextBack!(); return x === null ? null : call.rt.call(f, [x]); });
  } }],
  filter: ['fn(self, FnMut(&Item) -> bool) -> Iter<Item>', { returns: flags({ exactSize: false }), run: (call) => {
    const it = self(call);
    const f = call.args[0]!;
    const pull = (source: () => Value | null) => () => {
      for (let x = source(); x !== null; x = source()) {
        call.rt.step();
        if (truthy(call.rt.call(f, [ref(x)]))) return x;
      }
      return null;
    };
    return adapter(it, 'Filter', pull(() => it.next()), pull(() => it.nextBack!()));
  } }],
  filter_map: ['fn<B>(self, FnMut(Item) -> Option<B>) -> Iter<B>', { returns: flags({ exactSize: false }), run: (call) => {
    const it = self(call);
    const f = call.args[0]!;
    const pull = (source: () => Value | null) => () => {
      for (let x = source(); x !== null; x = source()) {
        call.rt.step();
        const r = deref(call.rt.call(f, [x]));
        if (r.k === 'adt' && r.variant === 'Some') return r.fields[0]!;
      }
      return null;
    };
    return adapter(it, 'FilterMap', pull(() => it.next()), pull(() => it.nextBack!()));
  } }],
  map_while: ['fn<B>(self, FnMut(Item) -> Option<B>) -> Iter<B>', { returns: flags({ exactSize: false, doubleEnded: false }), run: (call) => {
    const it = self(call);
    let done = false;
    return adapter(it, 'MapWhile', () => {
      if (done) return null;
      const x = it.next();
      if (x === null) return null;
      const r = deref(call.rt.call(call.args[0]!, [x]));
      if (r.k === 'adt' && r.variant === 'Some') return r.fields[0]!;
      done = true;
      return null;
    });
  } }],
  enumerate: ['fn(self) -> Iter<(usize, Item)>', { returns: keep, run: (call) => {
    const it = self(call);
    let i = 0;
    return adapter(it, 'Enumerate', () => {
      const x = it.next();
      return x === null ? null : { k: 'tuple', items: [usize(i++), x] };
    });
  } }],
  zip: ['fn<J>(self, J) -> Iter<(Item, Item)>', {
    returns: (ctx, ret) => {
      const r = keep(ctx, ret);
      return r.k === 'iter' ? { ...r, item: { k: 'tuple', elems: [ctx.params.get('Item')!, itemOfParam(ctx, ctx.generics[0]!)] }, doubleEnded: false } : r;
    },
    run: (call) => {
      const a = self(call);
      const b = toIter(call.args[0]!, call.rt);
      return adapter(a, 'Zip', () => {
        const x = a.next();
        if (x === null) return null;
        const y = b.next();
        return y === null ? null : { k: 'tuple', items: [x, y] };
      });
    },
  }],
  chain: ['fn<J>(self, J) -> Iter<Item>', {
    check: (ctx) => (ctx.unify(ctx.params.get('Item')!, itemOfParam(ctx, ctx.generics[0]!)) ? null : 'type mismatch resolving the chained iterator’s item type'),
    returns: flags({ exactSize: false }),
    run: (call) => {
      const a = self(call);
      const b = toIter(call.args[0]!, call.rt);
      return adapter(a, 'Chain', () => a.next() ?? b.next(), () => (b.nextBack ? b.nextBack() : null) ?? a.nextBack!());
    },
  }],
  rev: ['fn(self) -> Iter<Item>', { check: capability('doubleEnded', 'DoubleEndedIterator'), returns: keep, run: (call) => {
    const it = self(call);
    return { k: 'iter', name: 'Rev', next: () => it.nextBack!(), nextBack: () => it.next() };
  } }],
  skip: ['fn(self, usize) -> Iter<Item>', { returns: keep, run: (call) => {
    const it = self(call);
    let n = Number(intOf(call.args[0]!));
    return adapter(it, 'Skip', () => {
      while (n > 0) {
        n--;
        if (it.next() === null) return null;
      }
      return it.next();
    });
  } }],
  take: ['fn(self, usize) -> Iter<Item>', { returns: flags({ doubleEnded: false }), run: (call) => {
    const it = self(call);
    let n = Number(intOf(call.args[0]!));
    return adapter(it, 'Take', () => (n-- > 0 ? it.next() : null));
  } }],
  step_by: ['fn(self, usize) -> Iter<Item>', { returns: flags({ doubleEnded: false }), run: (call) => {
    const it = self(call);
    const step = Number(intOf(call.args[0]!));
    if (step === 0) throw new Panic('assertion failed: step != 0');
    let first = true;
    return adapter(it, 'StepBy', () => {
      if (first) {
        first = false;
        return it.next();
      }
      for (let i = 0; i < step - 1; i++) if (it.next() === null) return null;
      return it.next();
    });
  } }],
  take_while: ['fn(self, FnMut(&Item) -> bool) -> Iter<Item>', { returns: flags({ exactSize: false, doubleEnded: false }), run: (call) => {
    const it = self(call);
    let done = false;
    return adapter(it, 'TakeWhile', () => {
      if (done) return null;
      const x = it.next();
      if (x === null || !truthy(call.rt.call(call.args[0]!, [ref(x)]))) {
        done = true;
        return null;
      }
      return x;
    });
  } }],
  skip_while: ['fn(self, FnMut(&Item) -> bool) -> Iter<Item>', { returns: flags({ exactSize: false, doubleEnded: false }), run: (call) => {
    const it = self(call);
    let skipping = true;
    return adapter(it, 'SkipWhile', () => {
      for (let x = it.next(); x !== null; x = it.next()) {
        call.rt.step();
        if (skipping && truthy(call.rt.call(call.args[0]!, [ref(x)]))) continue;
        skipping = false;
        return x;
      }
      return null;
    });
  } }],
  flat_map: ['fn<U>(self, FnMut(Item) -> U) -> Iter<Item>', {
    returns: (ctx, ret) => (ret.k === 'iter' ? { ...ret, item: itemOfParam(ctx, ctx.generics[0]!), exactSize: false, doubleEnded: false, peekable: false } : ret),
    run: (call) => flatten(self(call), (x) => call.rt.call(call.args[0]!, [x]), call.rt),
  }],
  flatten: ['fn(self) -> Iter<Item>', {
    returns: (ctx, ret) => (ret.k === 'iter' ? { ...ret, item: itemOfParam(ctx, ctx.params.get('Item')!), exactSize: false, doubleEnded: false, peekable: false } : ret),
    run: (call) => flatten(self(call), (x) => x, call.rt),
  }],
  cloned: ['fn(self) -> Iter<Item>', { returns: (ctx, ret) => derefItem(ctx, keep(ctx, ret)), check: refItem('cloned'), run: (call) => {
    const it = self(call);
    const c = (x: Value | null) => (x === null ? null : call.rt.clone(deref(x)));
    return adapter(it, 'Cloned', () => c(it.next()), () => c(it.nextBack!()));
  } }],
  copied: ['fn(self) -> Iter<Item>', { returns: (ctx, ret) => derefItem(ctx, keep(ctx, ret)), check: refItem('copied'), run: (call) => {
    const it = self(call);
    return adapter(it, 'Copied', () => { const x = it.next(); return x === null ? null : deref(x); }, () => { const x = it.nextBack!(); return x === null ? null : deref(x); });
  } }],
  peekable: ['fn(self) -> Iter<Item>', { returns: flags({ peekable: true, doubleEnded: false }), run: (call) => {
    const it = self(call);
    const p: Iter & { peeked?: Value | null } = {
      k: 'iter',
      name: 'Peekable',
      next: () => {
        if (p.peeked !== undefined) {
          const v = p.peeked;
          delete p.peeked;
          return v;
        }
        return it.next();
      },
    };
    return p;
  } }],
  inspect: ['fn(self, FnMut(&Item)) -> Iter<Item>', { returns: keep, run: (call) => {
    const it = self(call);
    return adapter(it, 'Inspect', () => {
      const x = it.next();
      if (x !== null) call.rt.call(call.args[0]!, [ref(x)]);
      return x;
    });
  } }],
  sum: ['fn<S>(self) -> S', { obligations: (ctx) => [{ trait: 'Sum', ty: ctx.generics[0]!, item: ctx.params.get('Item')! }], run: (call) => fold(call, call.retTy, '+') }],
  product: ['fn<S>(self) -> S', { obligations: (ctx) => [{ trait: 'Product', ty: ctx.generics[0]!, item: ctx.params.get('Item')! }], run: (call) => fold(call, call.retTy, '*') }],
  count: ['fn(self) -> usize', (call) => usize(collectAll(self(call), call.rt.step).length)],
  last: ['fn(self) -> Option<Item>', (call) => option(collectAll(self(call), call.rt.step).pop() ?? null)],
  nth: ['fn(&mut self, usize) -> Option<Item>', (call) => {
    const it = self(call);
    let n = Number(intOf(call.args[0]!));
    for (let x = it.next(); x !== null; x = it.next()) if (n-- === 0) return option(x);
    return option(null);
  }],
  min: ['fn(self) -> Option<Item>', { requires: [{ param: 'Item', trait: 'Ord' }], run: (call) => extreme(call, (a, b) => call.rt.compare(a, b) ?? 0, 'min') }],
  max: ['fn(self) -> Option<Item>', { requires: [{ param: 'Item', trait: 'Ord' }], run: (call) => extreme(call, (a, b) => call.rt.compare(a, b) ?? 0, 'max') }],
  min_by_key: ['fn<K: Ord>(self, FnMut(&Item) -> K) -> Option<Item>', (call) => extremeByKey(call, 'min')],
  max_by_key: ['fn<K: Ord>(self, FnMut(&Item) -> K) -> Option<Item>', (call) => extremeByKey(call, 'max')],
  min_by: ['fn(self, FnMut(&Item, &Item) -> Ordering) -> Option<Item>', (call) => extreme(call, (a, b) => ordering(call.rt.call(call.args[0]!, [ref(a), ref(b)])), 'min')],
  max_by: ['fn(self, FnMut(&Item, &Item) -> Ordering) -> Option<Item>', (call) => extreme(call, (a, b) => ordering(call.rt.call(call.args[0]!, [ref(a), ref(b)])), 'max')],
  fold: ['fn<B>(self, B, FnMut(B, Item) -> B) -> B', (call) => {
    let acc = call.args[0]!;
    for (const x of collectAll(self(call), call.rt.step)) acc = call.rt.call(call.args[1]!, [acc, x]);
    return acc;
  }],
  reduce: ['fn(self, FnMut(Item, Item) -> Item) -> Option<Item>', (call) => {
    const items = collectAll(self(call), call.rt.step);
    if (items.length === 0) return option(null);
    let acc = items[0]!;
    for (const x of items.slice(1)) acc = call.rt.call(call.args[0]!, [acc, x]);
    return option(acc);
  }],
  any: ['fn(&mut self, FnMut(Item) -> bool) -> bool', (call) => {
    const it = self(call);
    for (let x = it.next(); x !== null; x = it.next()) {
      call.rt.step();
      if (truthy(call.rt.call(call.args[0]!, [x]))) return boolValue(true);
    }
    return boolValue(false);
  }],
  all: ['fn(&mut self, FnMut(Item) -> bool) -> bool', (call) => {
    const it = self(call);
    for (let x = it.next(); x !== null; x = it.next()) {
      call.rt.step();
      if (!truthy(call.rt.call(call.args[0]!, [x]))) return boolValue(false);
    }
    return boolValue(true);
  }],
  find: ['fn(&mut self, FnMut(&Item) -> bool) -> Option<Item>', (call) => {
    const it = self(call);
    for (let x = it.next(); x !== null; x = it.next()) {
      call.rt.step();
      if (truthy(call.rt.call(call.args[0]!, [ref(x)]))) return option(x);
    }
    return option(null);
  }],
  find_map: ['fn<B>(&mut self, FnMut(Item) -> Option<B>) -> Option<B>', (call) => {
    const it = self(call);
    for (let x = it.next(); x !== null; x = it.next()) {
      call.rt.step();
      const r = deref(call.rt.call(call.args[0]!, [x]));
      if (r.k === 'adt' && r.variant === 'Some') return r;
    }
    return option(null);
  }],
  position: ['fn(&mut self, FnMut(Item) -> bool) -> Option<usize>', (call) => {
    const it = self(call);
    let i = 0;
    for (let x = it.next(); x !== null; x = it.next(), i++) {
      call.rt.step();
      if (truthy(call.rt.call(call.args[0]!, [x]))) return option(usize(i));
    }
    return option(null);
  }],
  for_each: ['fn(self, FnMut(Item))', (call) => {
    const it = self(call);
    for (let x = it.next(); x !== null; x = it.next()) {
      call.rt.step();
      call.rt.call(call.args[0]!, [x]);
    }
    return unitValue;
  }],
  collect: ['fn<C>(self) -> C', { obligations: (ctx) => [{ trait: 'FromIterator', ty: ctx.generics[0]!, item: ctx.params.get('Item')! }], run: (call) => collectInto(call.retTy, collectAll(self(call), call.rt.step), call.rt) }],
  partition: ['fn<B>(self, FnMut(&Item) -> bool) -> (B, B)', {
    obligations: (ctx) => [{ trait: 'FromIterator', ty: ctx.generics[0]!, item: ctx.params.get('Item')! }],
    run: (call) => {
      const items = collectAll(self(call), call.rt.step);
      const yes = items.filter((x) => truthy(call.rt.call(call.args[0]!, [ref(x)])));
      const no = items.filter((x) => !yes.includes(x));
      return { k: 'tuple', items: [collectInto(call.generics[0]!, yes, call.rt), collectInto(call.generics[0]!, no, call.rt)] };
    },
  }],
  eq: ['fn<J>(self, J) -> bool', {
    check: (ctx) => (ctx.unify(ctx.params.get('Item')!, itemOfParam(ctx, ctx.generics[0]!)) ? null : 'the iterators being compared yield different types'),
    run: (call) => boolValue(sameSequence(call)),
  }],
  ne: ['fn<J>(self, J) -> bool', {
    check: (ctx) => (ctx.unify(ctx.params.get('Item')!, itemOfParam(ctx, ctx.generics[0]!)) ? null : 'the iterators being compared yield different types'),
    run: (call) => boolValue(!sameSequence(call)),
  }],
  as_str: ['fn(&self) -> &str', {
    check: (ctx) => {
      const s = ctx.resolve(ctx.selfTy);
      return s.k === 'iter' && s.source !== 'chars' ? { code: 'E0599', message: 'no method named `as_str` found: only `Chars` has it' } : null;
    },
    run: (call) => {
      const it = self(call);
      if (!it.asStr) throw new Error('as_str on an iterator that is not Chars');
      return { k: 'str', v: it.asStr() };
    },
  }],
  scan: ['fn<St, B>(self, St, FnMut(&mut St, Item) -> Option<B>) -> Iter<B>', { returns: flags({ exactSize: false, doubleEnded: false }), run: (call) => {
    const it = self(call);
    let state = call.args[0]!;
    const statePlace = { get: () => state, set: (v: Value) => (state = v) };
    let done = false;
    return adapter(it, 'Scan', () => {
      if (done) return null;
      const x = it.next();
      if (x === null) return null;
      const r = deref(call.rt.call(call.args[1]!, [{ k: 'ref', mutable: true, place: statePlace }, x]));
      if (r.k === 'adt' && r.variant === 'Some') return r.fields[0]!;
      done = true;
      return null;
    });
  } }],
  len: ['fn(&self) -> usize', { check: capability('exactSize', 'ExactSizeIterator'), run: (call) => usize(remaining(self(call), call.rt)) }],
  into_iter: ['fn(self) -> Iter<Item>', { returns: keep, run: (call) => self(call) }],
});

function sameSequence(call: RuntimeCall): boolean {
  const a = collectAll(self(call), call.rt.step);
  const b = collectAll(toIter(call.args[0]!, call.rt), call.rt.step);
  return a.length === b.length && a.every((x, i) => call.rt.equals(x, b[i]!));
}

/** `len()` must not consume: count on a copy made by draining and re-feeding. */
function remaining(it: Iter, rt: Runtime): number {
  const items = collectAll(it, rt.step);
  let i = 0;
  it.next = () => (i < items.length ? items[i++]! : null);
  return items.length;
}

function refItem(name: string) {
  return (ctx: TypingContext): string | null => {
    const item = ctx.resolve(ctx.params.get('Item')!);
    return item.k === 'ref' || item.k === 'var' ? null : `\`${name}\` needs an iterator over references`;
  };
}
function derefItem(ctx: TypingContext, ret: Ty): Ty {
  const item = ctx.resolve(ctx.params.get('Item')!);
  return ret.k === 'iter' && item.k === 'ref' ? { ...ret, item: item.inner } : ret;
}

function flatten(outer: Iter, f: (x: Value) => Value, rt: Runtime): Iter {
  let inner: Iter | null = null;
  return {
    k: 'iter',
    name: 'Flatten',
    next: () => {
      for (;;) {
        if (inner) {
          const x = inner.next();
          if (x !== null) return x;
          inner = null;
        }
        const next = outer.next();
        if (next === null) return null;
        rt.step();
        inner = toIter(f(next), rt);
      }
    },
  };
}

function ordering(value: Value): number {
  const v = deref(value);
  return v.k === 'adt' && v.variant === 'Less' ? -1 : v.k === 'adt' && v.variant === 'Greater' ? 1 : 0;
}

/** Rust's min keeps the first of equal elements, max the last. */
function extreme(call: RuntimeCall, compare: (a: Value, b: Value) => number, which: 'min' | 'max'): Value {
  const items = collectAll(self(call), call.rt.step);
  if (items.length === 0) return option(null);
  let best = items[0]!;
  for (const x of items.slice(1)) {
    const c = compare(x, best);
    if (which === 'min' ? c < 0 : c >= 0) best = x;
  }
  return option(best);
}

function extremeByKey(call: RuntimeCall, which: 'min' | 'max'): Value {
  const items = collectAll(self(call), call.rt.step);
  if (items.length === 0) return option(null);
  const keyed = items.map((x) => [x, call.rt.call(call.args[0]!, [ref(x)])] as const);
  let best = keyed[0]!;
  for (const entry of keyed.slice(1)) {
    const c = call.rt.compare(entry[1], best[1]) ?? 0;
    if (which === 'min' ? c < 0 : c >= 0) best = entry;
  }
  return option(best[0]);
}

/** sum / product with the result type's overflow rules (debug builds panic on overflow). */
function fold(call: RuntimeCall, ty: Ty, op: '+' | '*'): Value {
  const items = collectAll(self(call), call.rt.step).map(deref);
  if (ty.k === 'int') {
    let acc = makeInt(ty.ty, op === '+' ? 0n : 1n);
    for (const x of items) acc = intBinary(op, acc, makeInt(ty.ty, (x as IntValue).v));
    return acc;
  }
  if (ty.k === 'float') {
    let acc = op === '+' ? -0 : 1;
    for (const x of items) {
      const v = (x as { v: number }).v;
      acc = op === '+' ? acc + v : acc * v;
      if (ty.ty === 'f32') acc = Math.fround(acc);
    }
    return { k: 'float', ty: ty.ty, v: acc };
  }
  throw new Error(`cannot sum into ${ty.k}`);
}

/** `collect()` into the type inference chose. */
export function collectInto(target: Ty, items: Value[], rt: Runtime): Value {
  if (target.k === 'adt') {
    switch (target.name) {
      case 'Vec':
        return { k: 'vec', items };
      case 'VecDeque':
        return { k: 'vec', items, deque: true };
      case 'String':
        return stringValue(items.map((x) => { const v = deref(x); return v.k === 'char' ? v.v : textOf(v); }).join(''));
      case 'HashMap':
      case 'BTreeMap': {
        const entries = new Map<string, [Value, Value]>();
        for (const pair of items.map(deref)) {
          if (pair.k !== 'tuple') throw new Error('collect into a map needs pairs');
          entries.set(keyOf(pair.items[0]!), [pair.items[0]!, pair.items[1]!]);
        }
        return { k: 'map', kind: target.name, entries };
      }
      case 'HashSet':
      case 'BTreeSet':
        return { k: 'set', kind: target.name, entries: new Map(items.map((x) => [keyOf(x), x])) };
      case 'Result':
      case 'Option': {
        const inner: Value[] = [];
        for (const item of items.map(deref)) {
          if (item.k !== 'adt') throw new Error('collect into Result/Option needs Result/Option items');
          if (item.variant === 'Err' || item.variant === 'None') return item;
          inner.push(item.fields[0]!);
        }
        const collected = collectInto(target.args[0]!, inner, rt);
        return { k: 'adt', name: target.name, variant: target.name === 'Result' ? 'Ok' : 'Some', fields: [collected], fieldNames: null };
      }
    }
  }
  throw new Error(`cannot collect into ${target.k === 'adt' ? target.name : target.k}`);
}

export const rangeMethods = methods('Range', {
  contains: ['fn(&self, &T) -> bool', { requires: [{ param: 'T', trait: 'PartialOrd' }], run: (call) => {
    const r = deref(call.self) as Extract<Value, { k: 'range' }>;
    const x = call.args[0]!;
    const lo = r.start ? (call.rt.compare(r.start, x) ?? 1) <= 0 : true;
    const hi = r.end ? (call.rt.compare(x, r.end) ?? 1) < (r.inclusive ? 1 : 0) : true;
    return boolValue(lo && hi);
  } }],
  is_empty: ['fn(&self) -> bool', (call) => {
    const r = deref(call.self) as Extract<Value, { k: 'range' }>;
    const c = r.start && r.end ? (call.rt.compare(r.start, r.end) ?? 0) : -1;
    return boolValue(r.inclusive ? c > 0 : c >= 0);
  }],
});

