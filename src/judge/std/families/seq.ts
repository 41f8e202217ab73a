import { errValue, makeInt, okValue } from '../../run/integers';
import { Panic, type Value } from '../../run/values';
import { functions, methods, type RuntimeCall, type TypingContext } from '../registry';
import {
  boolValue,
  collectAll,
  deref,
  indexPanic,
  intOf,
  iterOver,
  option,
  refToItem,
  sequenceItems,
  sequenceView,
  sliceOf,
  stringValue,
  textOf,
  unitValue,
  usize,
} from '../values';

/** The live elements of the receiver: a view into its backing array. */
function view(call: RuntimeCall) {
  return sequenceView(call.self);
}

/** A Vec receiver to mutate in place (its items array is shared with every reference). */
function vecItems(call: RuntimeCall): Value[] {
  const v = deref(call.self);
  if (v.k !== 'vec') throw new Error(`expected a Vec, got ${v.k}`);
  return v.items;
}

function refs(items: Value[], start: number, end: number, mutable: boolean): Value[] {
  const out: Value[] = [];
  for (let i = start; i < end; i++) out.push(refToItem(items, i, mutable));
  return out;
}

const idx = (value: Value) => Number(intOf(value));

function orderingOf(value: Value): number {
  const v = deref(value);
  if (v.k !== 'adt' || v.name !== 'Ordering') throw new Error('comparator did not return an Ordering');
  return v.variant === 'Less' ? -1 : v.variant === 'Greater' ? 1 : 0;
}

/** Sorts `view` in place (stable, like `sort` / `sort_by`). */
function sortView(call: RuntimeCall, compare: (a: Value, b: Value) => number): Value {
  const { items, start, end } = view(call);
  const part = items.slice(start, end);
  part.sort((a, b) => {
    call.rt.step();
    return compare(a, b);
  });
  items.splice(start, end - start, ...part);
  return unitValue;
}

const byOrd = (call: RuntimeCall) => (a: Value, b: Value) => call.rt.compare(a, b) ?? 0;
const refTo = (v: Value): Value => ({ k: 'ref', mutable: false, place: { get: () => v, set: () => {} } });

/** `[String]::join` / `[&str]::join` need text elements. */
const textElements = (ctx: TypingContext): string | null => {
  const t = ctx.resolve(ctx.params.get('T')!);
  const inner = t.k === 'ref' ? t.inner : t;
  if (inner.k === 'str' || (inner.k === 'adt' && inner.name === 'String') || inner.k === 'var') return null;
  return `the method \`join\` exists for slice \`[${inner.k === 'adt' ? inner.name : inner.k}]\`, but its trait bounds were not satisfied`;
};

export const sliceMethods = methods('slice', {
  len: ['fn(&self) -> usize', (call) => usize(view(call).end - view(call).start)],
  is_empty: ['fn(&self) -> bool', (call) => boolValue(view(call).end === view(call).start)],
  iter: ['fn(&self) -> Iter<&T>', (call) => {
    const { items, start, end } = view(call);
    return iterOver(refs(items, start, end, false), 'Iter');
  }],
  iter_mut: ['fn(&mut self) -> Iter<&mut T>', (call) => {
    const { items, start, end } = view(call);
    return iterOver(refs(items, start, end, true), 'IterMut');
  }],
  first: ['fn(&self) -> Option<&T>', (call) => {
    const { items, start, end } = view(call);
    return option(end > start ? refToItem(items, start) : null);
  }],
  last: ['fn(&self) -> Option<&T>', (call) => {
    const { items, start, end } = view(call);
    return option(end > start ? refToItem(items, end - 1) : null);
  }],
  first_mut: ['fn(&mut self) -> Option<&mut T>', (call) => {
    const { items, start, end } = view(call);
    return option(end > start ? refToItem(items, start, true) : null);
  }],
  last_mut: ['fn(&mut self) -> Option<&mut T>', (call) => {
    const { items, start, end } = view(call);
    return option(end > start ? refToItem(items, end - 1, true) : null);
  }],
  get: ['fn(&self, usize) -> Option<&T>', (call) => {
    const { items, start, end } = view(call);
    const i = idx(call.args[0]!);
    return option(i < end - start ? refToItem(items, start + i) : null);
  }],
  get_mut: ['fn(&mut self, usize) -> Option<&mut T>', (call) => {
    const { items, start, end } = view(call);
    const i = idx(call.args[0]!);
    return option(i < end - start ? refToItem(items, start + i, true) : null);
  }],
  contains: ['fn(&self, &T) -> bool', { requires: [{ param: 'T', trait: 'PartialEq' }], run: (call) => boolValue(sequenceItems(call.self).some((item) => call.rt.equals(item, call.args[0]!))) }],
  starts_with: ['fn(&self, &[T]) -> bool', (call) => {
    const a = sequenceItems(call.self);
    const b = sequenceItems(call.args[0]!);
    return boolValue(b.length <= a.length && b.every((x, i) => call.rt.equals(a[i]!, x)));
  }],
  ends_with: ['fn(&self, &[T]) -> bool', (call) => {
    const a = sequenceItems(call.self);
    const b = sequenceItems(call.args[0]!);
    return boolValue(b.length <= a.length && b.every((x, i) => call.rt.equals(a[a.length - b.length + i]!, x)));
  }],
  sort: ['fn(&mut self)', { requires: [{ param: 'T', trait: 'Ord' }], run: (call) => sortView(call, byOrd(call)) }],
  sort_unstable: ['fn(&mut self)', { requires: [{ param: 'T', trait: 'Ord' }], run: (call) => sortView(call, byOrd(call)) }],
  sort_by: ['fn(&mut self, FnMut(&T, &T) -> Ordering)', (call) => sortView(call, (a, b) => orderingOf(call.rt.call(call.args[0]!, [refTo(a), refTo(b)])))],
  sort_unstable_by: ['fn(&mut self, FnMut(&T, &T) -> Ordering)', (call) => sortView(call, (a, b) => orderingOf(call.rt.call(call.args[0]!, [refTo(a), refTo(b)])))],
  sort_by_key: ['fn<K: Ord>(&mut self, FnMut(&T) -> K)', (call) => sortView(call, (a, b) => call.rt.compare(call.rt.call(call.args[0]!, [refTo(a)]), call.rt.call(call.args[0]!, [refTo(b)])) ?? 0)],
  sort_unstable_by_key: ['fn<K: Ord>(&mut self, FnMut(&T) -> K)', (call) => sortView(call, (a, b) => call.rt.compare(call.rt.call(call.args[0]!, [refTo(a)]), call.rt.call(call.args[0]!, [refTo(b)])) ?? 0)],
  reverse: ['fn(&mut self)', (call) => {
    const { items, start, end } = view(call);
    const part = items.slice(start, end).reverse();
    items.splice(start, end - start, ...part);
    return unitValue;
  }],
  swap: ['fn(&mut self, usize, usize)', (call) => {
    const { items, start, end } = view(call);
    const a = idx(call.args[0]!);
    const b = idx(call.args[1]!);
    if (a >= end - start) indexPanic(a, end - start);
    if (b >= end - start) indexPanic(b, end - start);
    const tmp = items[start + a]!;
    items[start + a] = items[start + b]!;
    items[start + b] = tmp;
    return unitValue;
  }],
  windows: ['fn(&self, usize) -> Iter<&[T]>', (call) => {
    const { items, start, end } = view(call);
    const size = idx(call.args[0]!);
    if (size === 0) throw new Panic('window size must be non-zero');
    const out: Value[] = [];
    for (let i = start; i + size <= end; i++) out.push(refTo(sliceOf(items, i, i + size)));
    return iterOver(out, 'Windows');
  }],
  chunks: ['fn(&self, usize) -> Iter<&[T]>', (call) => {
    const { items, start, end } = view(call);
    const size = idx(call.args[0]!);
    if (size === 0) throw new Panic('chunk size must be non-zero');
    const out: Value[] = [];
    for (let i = start; i < end; i += size) out.push(refTo(sliceOf(items, i, Math.min(i + size, end))));
    return iterOver(out, 'Chunks');
  }],
  to_vec: ['fn(&self) -> Vec<T>', { requires: [{ param: 'T', trait: 'Clone' }], run: (call) => ({ k: 'vec', items: sequenceItems(call.self).map((v) => call.rt.clone(v)) }) }],
  join: ['fn(&self, &str) -> String', { check: textElements, run: (call) => stringValue(sequenceItems(call.self).map(textOf).join(textOf(call.args[0]!))) }],
  concat: ['fn(&self) -> String', { check: textElements, run: (call) => stringValue(sequenceItems(call.self).map(textOf).join('')) }],
  binary_search: ['fn(&self, &T) -> Result<usize, usize>', { requires: [{ param: 'T', trait: 'Ord' }], run: (call) => {
    const items = sequenceItems(call.self);
    let lo = 0;
    let hi = items.length;
    // Rust's binary search: the same probes as std's implementation for distinct keys.
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const c = call.rt.compare(items[mid]!, call.args[0]!) ?? 0;
      if (c === 0) return okValue(usize(mid));
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return errValue(usize(lo));
  } }],
  split_at: ['fn(&self, usize) -> (&[T], &[T])', (call) => {
    const { items, start, end } = view(call);
    const mid = idx(call.args[0]!);
    if (mid > end - start) throw new Panic('mid > len');
    return { k: 'tuple', items: [refTo(sliceOf(items, start, start + mid)), refTo(sliceOf(items, start + mid, end))] };
  }],
  split_first: ['fn(&self) -> Option<(&T, &[T])>', (call) => {
    const { items, start, end } = view(call);
    return option(end > start ? { k: 'tuple', items: [refToItem(items, start), refTo(sliceOf(items, start + 1, end))] } : null);
  }],
  split_last: ['fn(&self) -> Option<(&T, &[T])>', (call) => {
    const { items, start, end } = view(call);
    return option(end > start ? { k: 'tuple', items: [refToItem(items, end - 1), refTo(sliceOf(items, start, end - 1))] } : null);
  }],
  fill: ['fn(&mut self, T)', { requires: [{ param: 'T', trait: 'Clone' }], run: (call) => {
    const { items, start, end } = view(call);
    for (let i = start; i < end; i++) items[i] = call.rt.clone(call.args[0]!);
    return unitValue;
  } }],
  rotate_left: ['fn(&mut self, usize)', (call) => rotate(call, idx(call.args[0]!), 'left')],
  rotate_right: ['fn(&mut self, usize)', (call) => rotate(call, idx(call.args[0]!), 'right')],
  repeat: ['fn(&self, usize) -> Vec<T>', { requires: [{ param: 'T', trait: 'Copy' }], run: (call) => {
    const items = sequenceItems(call.self);
    const n = idx(call.args[0]!);
    call.rt.allocate(n * items.length);
    return { k: 'vec', items: Array.from({ length: n }, () => items.map((v) => call.rt.clone(v))).flat() };
  } }],
});

/** `rotate_left(mid)` / `rotate_right(k)`: panic (as std asserts) when the amount exceeds the length. */
function rotate(call: RuntimeCall, amount: number, direction: 'left' | 'right'): Value {
  const { items, start, end } = view(call);
  const len = end - start;
  if (amount > len) throw new Panic(direction === 'left' ? 'assertion failed: mid <= self.len()' : 'assertion failed: k <= self.len()');
  const by = direction === 'left' ? amount : len - amount;
  const part = items.slice(start, end);
  items.splice(start, len, ...part.slice(by), ...part.slice(0, by));
  return unitValue;
}

const vecEntries = methods('Vec', {
  push: ['fn(&mut self, T)', (call) => (vecItems(call).push(call.args[0]!), unitValue)],
  pop: ['fn(&mut self) -> Option<T>', (call) => option(vecItems(call).pop() ?? null)],
  insert: ['fn(&mut self, usize, T)', (call) => {
    const items = vecItems(call);
    const i = idx(call.args[0]!);
    if (i > items.length) throw new Panic(`insertion index (is ${i}) should be <= len (is ${items.length})`);
    items.splice(i, 0, call.args[1]!);
    return unitValue;
  }],
  remove: ['fn(&mut self, usize) -> T', (call) => {
    const items = vecItems(call);
    const i = idx(call.args[0]!);
    if (i >= items.length) throw new Panic(`removal index (is ${i}) should be < len (is ${items.length})`);
    return items.splice(i, 1)[0]!;
  }],
  swap_remove: ['fn(&mut self, usize) -> T', (call) => {
    const items = vecItems(call);
    const i = idx(call.args[0]!);
    if (i >= items.length) throw new Panic(`swap_remove index (is ${i}) should be < len (is ${items.length})`);
    const removed = items[i]!;
    items[i] = items[items.length - 1]!;
    items.pop();
    return removed;
  }],
  clear: ['fn(&mut self)', (call) => (vecItems(call).splice(0), unitValue)],
  truncate: ['fn(&mut self, usize)', (call) => {
    const items = vecItems(call);
    const n = idx(call.args[0]!);
    if (n < items.length) items.splice(n);
    return unitValue;
  }],
  extend: ['fn<I>(&mut self, I)', {
    obligations: (ctx) => [{ trait: 'IntoIterator', ty: ctx.generics[0]!, item: ctx.params.get('T')! }],
    run: (call) => (vecItems(call).push(...intoIterItems(call.args[0]!, call.rt.step)), unitValue),
  }],
  extend_from_slice: ['fn(&mut self, &[T])', { requires: [{ param: 'T', trait: 'Clone' }], run: (call) => (vecItems(call).push(...sequenceItems(call.args[0]!).map((v) => call.rt.clone(v))), unitValue) }],
  append: ['fn(&mut self, &mut Vec<T>)', (call) => {
    const other = deref(call.args[0]!);
    if (other.k !== 'vec') throw new Error('append needs a Vec');
    vecItems(call).push(...other.items.splice(0));
    return unitValue;
  }],
  retain: ['fn(&mut self, FnMut(&T) -> bool)', (call) => {
    const items = vecItems(call);
    const kept = items.filter((item) => (deref(call.rt.call(call.args[0]!, [refTo(item)])) as { v: boolean }).v);
    items.splice(0, items.length, ...kept);
    return unitValue;
  }],
  dedup: ['fn(&mut self)', { requires: [{ param: 'T', trait: 'PartialEq' }], run: (call) => {
    const items = vecItems(call);
    const kept = items.filter((item, i) => i === 0 || !call.rt.equals(items[i - 1]!, item));
    items.splice(0, items.length, ...kept);
    return unitValue;
  } }],
  resize: ['fn(&mut self, usize, T)', { requires: [{ param: 'T', trait: 'Clone' }], run: (call) => {
    const items = vecItems(call);
    const n = idx(call.args[0]!);
    if (n < items.length) items.splice(n);
    else call.rt.allocate(n - items.length);
    while (items.length < n) items.push(call.rt.clone(call.args[1]!));
    return unitValue;
  } }],
  split_off: ['fn(&mut self, usize) -> Vec<T>', (call) => {
    const items = vecItems(call);
    const at = idx(call.args[0]!);
    if (at > items.length) throw new Panic(`\`at\` split index (is ${at}) should be <= len (is ${items.length})`);
    return { k: 'vec', items: items.splice(at) };
  }],
  capacity: ['fn(&self) -> usize', (call) => usize(vecItems(call).length)],
  reserve: ['fn(&mut self, usize)', () => unitValue],
  shrink_to_fit: ['fn(&mut self)', () => unitValue],
  into_iter: ['fn(self) -> Iter<T>', (call) => iterOver([...vecItems(call)], 'IntoIter')],
  as_slice: ['fn(&self) -> &[T]', (call) => refTo(sliceOf(vecItems(call)))],
  as_mut_slice: ['fn(&mut self) -> &mut [T]', (call) => ({ k: 'ref', mutable: true, place: { get: () => sliceOf(vecItems(call)), set: () => {} } })],
});

/** The items of anything `for` can loop over, as `extend` / `collect` see them. */
export function intoIterItems(value: Value, step: () => void): Value[] {
  const v = deref(value);
  if (v.k === 'iter') return collectAll(v, step);
  if (v.k === 'vec' || v.k === 'array' || v.k === 'slice') {
    if (value.k === 'ref') {
      const { items, start, end } = sequenceView(v);
      return refs(items, start, end, false);
    }
    return sequenceItems(v);
  }
  throw new Error(`cannot iterate over ${v.k}`);
}

const arrayEntries = methods('array', {
  into_iter: ['fn(self) -> Iter<T>', (call) => iterOver([...sequenceItems(call.self)], 'IntoIter')],
  map: ['fn<U>(self, FnMut(T) -> U) -> [U]', {
    returns: (ctx, ret) => {
      const self = ctx.resolve(ctx.selfTy);
      return self.k === 'array' && ret.k === 'slice' ? { k: 'array', elem: ret.elem, len: self.len } : ret;
    },
    run: (call) => ({ k: 'array', items: sequenceItems(call.self).map((v) => call.rt.call(call.args[0]!, [v])) }),
  }],
});

const dequeItems = (call: RuntimeCall) => vecItems(call);
const dequeEntries = methods('VecDeque', {
  push_back: ['fn(&mut self, T)', (call) => (dequeItems(call).push(call.args[0]!), unitValue)],
  push_front: ['fn(&mut self, T)', (call) => (dequeItems(call).unshift(call.args[0]!), unitValue)],
  pop_back: ['fn(&mut self) -> Option<T>', (call) => option(dequeItems(call).pop() ?? null)],
  pop_front: ['fn(&mut self) -> Option<T>', (call) => option(dequeItems(call).shift() ?? null)],
  front: ['fn(&self) -> Option<&T>', (call) => option(dequeItems(call).length > 0 ? refToItem(dequeItems(call), 0) : null)],
  back: ['fn(&self) -> Option<&T>', (call) => {
    const items = dequeItems(call);
    return option(items.length > 0 ? refToItem(items, items.length - 1) : null);
  }],
  len: ['fn(&self) -> usize', (call) => usize(dequeItems(call).length)],
  is_empty: ['fn(&self) -> bool', (call) => boolValue(dequeItems(call).length === 0)],
  iter: ['fn(&self) -> Iter<&T>', (call) => iterOver(refs(dequeItems(call), 0, dequeItems(call).length, false), 'Iter')],
  contains: ['fn(&self, &T) -> bool', { requires: [{ param: 'T', trait: 'PartialEq' }], run: (call) => boolValue(dequeItems(call).some((item) => call.rt.equals(item, call.args[0]!))) }],
  clear: ['fn(&mut self)', (call) => (dequeItems(call).splice(0), unitValue)],
  get: ['fn(&self, usize) -> Option<&T>', (call) => {
    const items = dequeItems(call);
    const i = idx(call.args[0]!);
    return option(i < items.length ? refToItem(items, i) : null);
  }],
  into_iter: ['fn(self) -> Iter<T>', (call) => iterOver([...dequeItems(call)], 'IntoIter')],
});

export const seqMethods = [...sliceMethods, ...vecEntries, ...arrayEntries, ...dequeEntries];

const fromObligation = (ctx: TypingContext) => [{ trait: 'Into' as const, from: ctx.generics[0]!, ty: ctx.selfTy }];
const toVec = (value: Value): Value[] => {
  const v = deref(value);
  if (v.k === 'str' || v.k === 'string') return [...new TextEncoder().encode(v.v)].map((b) => makeInt('u8', BigInt(b)));
  return [...sequenceItems(v)];
};

export const seqFunctions = functions({
  'Vec::new': ['fn() -> Vec<T>', () => ({ k: 'vec', items: [] })],
  'Vec::with_capacity': ['fn(usize) -> Vec<T>', () => ({ k: 'vec', items: [] })],
  'Vec::from': ['fn<A>(A) -> Vec<T>', { family: 'Vec', obligations: fromObligation, run: (args) => ({ k: 'vec', items: toVec(args[0]!) }) }],
  'VecDeque::new': ['fn() -> VecDeque<T>', () => ({ k: 'vec', items: [], deque: true })],
  'VecDeque::with_capacity': ['fn(usize) -> VecDeque<T>', () => ({ k: 'vec', items: [], deque: true })],
  'VecDeque::from': ['fn<A>(A) -> VecDeque<T>', { family: 'VecDeque', obligations: fromObligation, run: (args) => ({ k: 'vec', items: toVec(args[0]!), deque: true }) }],
}).map((fn) => (fn.path.startsWith('VecDeque') ? { ...fn, family: 'VecDeque' as const } : { ...fn, family: 'Vec' as const }));

