import type { Ty } from '../../check/types';
import { keyOf } from '../../run/format';
import type { Value } from '../../run/values';
import { functions, methods, type Family, type Runtime, type RuntimeCall, type TypingContext } from '../registry';
import { boolValue, deref, iterOver, option, tempPlace, unitValue, usize } from '../values';
import { intoIterItems } from './seq';

type MapValue = Extract<Value, { k: 'map' }>;
type SetValue = Extract<Value, { k: 'set' }>;

function mapOf(value: Value): MapValue {
  const v = deref(value);
  if (v.k !== 'map') throw new Error(`expected a map, got ${v.k}`);
  return v;
}
function setOf(value: Value): SetValue {
  const v = deref(value);
  if (v.k !== 'set') throw new Error(`expected a set, got ${v.k}`);
  return v;
}

/**
 * Iteration order: BTree collections iterate by key; hash collections in the order the
 * interpreter was asked for (insertion order, or reversed to detect order-dependent programs).
 */
export interface HashOrder {
  reversed: boolean;
  /** Set when a program iterates a hash collection with two or more entries. */
  observed: boolean;
}

export const hashOrder: HashOrder = { reversed: false, observed: false };

function ordered<T>(kind: string, entries: [string, T][], keyOfEntry: (entry: T) => Value, rt: Runtime): T[] {
  if (kind.startsWith('BTree')) {
    return entries.map(([, e]) => e).sort((a, b) => rt.compare(keyOfEntry(a), keyOfEntry(b)) ?? 0);
  }
  if (entries.length >= 2) hashOrder.observed = true;
  const values = entries.map(([, e]) => e);
  return hashOrder.reversed ? values.reverse() : values;
}

function mapEntries(map: MapValue, rt: Runtime): [Value, Value][] {
  return ordered(map.kind, [...map.entries], (e) => e[0], rt);
}
function setItems(set: SetValue, rt: Runtime): Value[] {
  return ordered(set.kind, [...set.entries], (v) => v, rt);
}

/** A reference to the value stored under `key` (shared with the map). */
function valueRef(map: MapValue, key: string, mutable: boolean): Value {
  return {
    k: 'ref',
    mutable,
    place: {
      get: () => map.entries.get(key)![1],
      set: (v) => {
        const entry = map.entries.get(key)!;
        map.entries.set(key, [entry[0], v]);
      },
    },
  };
}
const immutable = (v: Value): Value => ({ k: 'ref', mutable: false, place: tempPlace(v) });

/**
 * A lookup key argument `&Q` where K: Borrow<Q> (`&K`, or `&str` for String keys). While K is
 * still unknown the requirement waits as an obligation, as in rustc.
 */
function keyArg(index: number, param: 'K' | 'T') {
  return {
    check: (ctx: TypingContext): { code: string; message: string } | null => {
      const arg = ctx.resolve(ctx.generics[index]!);
      if (arg.k === 'var' || arg.k === 'ref') return null;
      return { code: 'E0308', message: `mismatched types: expected a reference \`&_\`, found \`${show(arg)}\`` };
    },
    obligations: (ctx: TypingContext) => {
      const arg = ctx.resolve(ctx.generics[index]!);
      return arg.k === 'ref' ? [{ trait: 'Borrow' as const, ty: ctx.params.get(param)!, borrowed: arg.inner }] : [];
    },
  };
}

function show(ty: Ty): string {
  return ty.k === 'adt' ? ty.name : ty.k === 'int' || ty.k === 'float' ? ty.ty : ty.k;
}

const hashKey = [{ param: 'K', trait: 'Hash' as const }, { param: 'K', trait: 'Eq' as const }];
const ordKey = [{ param: 'K', trait: 'Ord' as const }];

function mapMethodsFor(family: Family, keyBounds: typeof hashKey | typeof ordKey) {
  // BTree iterators are double-ended; hash iterators are not.
  const It = family.startsWith('BTree') ? 'Iter' : 'IterFwd';
  return methods(family, {
    insert: ['fn(&mut self, K, V) -> Option<V>', { requires: keyBounds, run: (call) => {
      const map = mapOf(call.self);
      const key = keyOf(call.args[0]!);
      const old = map.entries.get(key);
      map.entries.set(key, [old ? old[0] : call.args[0]!, call.args[1]!]);
      return option(old ? old[1] : null);
    } }],
    get: ['fn<Q>(&self, Q) -> Option<&V>', { ...keyArg(0, 'K'), run: (call) => {
      const map = mapOf(call.self);
      const key = keyOf(call.args[0]!);
      return option(map.entries.has(key) ? valueRef(map, key, false) : null);
    } }],
    get_mut: ['fn<Q>(&mut self, Q) -> Option<&mut V>', { ...keyArg(0, 'K'), run: (call) => {
      const map = mapOf(call.self);
      const key = keyOf(call.args[0]!);
      return option(map.entries.has(key) ? valueRef(map, key, true) : null);
    } }],
    contains_key: ['fn<Q>(&self, Q) -> bool', { ...keyArg(0, 'K'), run: (call) => boolValue(mapOf(call.self).entries.has(keyOf(call.args[0]!))) }],
    remove: ['fn<Q>(&mut self, Q) -> Option<V>', { ...keyArg(0, 'K'), run: (call) => {
      const map = mapOf(call.self);
      const key = keyOf(call.args[0]!);
      const old = map.entries.get(key);
      map.entries.delete(key);
      return option(old ? old[1] : null);
    } }],
    entry: ['fn(&mut self, K) -> Entry<K, V>', { requires: keyBounds, run: (call) => ({
      k: 'adt',
      name: 'Entry',
      variant: null,
      fields: [call.self, call.args[0]!],
      fieldNames: null,
    }) }],
    len: ['fn(&self) -> usize', (call) => usize(mapOf(call.self).entries.size)],
    is_empty: ['fn(&self) -> bool', (call) => boolValue(mapOf(call.self).entries.size === 0)],
    clear: ['fn(&mut self)', (call) => (mapOf(call.self).entries.clear(), unitValue)],
    keys: [`fn(&self) -> ${It}<&K>`, (call) => iterOver(mapEntries(mapOf(call.self), call.rt).map(([k]) => immutable(k)), 'Keys')],
    values: [`fn(&self) -> ${It}<&V>`, (call) => {
      const map = mapOf(call.self);
      return iterOver(mapEntries(map, call.rt).map(([k]) => valueRef(map, keyOf(k), false)), 'Values');
    }],
    values_mut: [`fn(&mut self) -> ${It}<&mut V>`, (call) => {
      const map = mapOf(call.self);
      return iterOver(mapEntries(map, call.rt).map(([k]) => valueRef(map, keyOf(k), true)), 'ValuesMut');
    }],
    iter: [`fn(&self) -> ${It}<(&K, &V)>`, (call) => {
      const map = mapOf(call.self);
      return iterOver(mapEntries(map, call.rt).map(([k]) => ({ k: 'tuple', items: [immutable(k), valueRef(map, keyOf(k), false)] })), 'Iter');
    }],
    iter_mut: [`fn(&mut self) -> ${It}<(&K, &mut V)>`, (call) => {
      const map = mapOf(call.self);
      return iterOver(mapEntries(map, call.rt).map(([k]) => ({ k: 'tuple', items: [immutable(k), valueRef(map, keyOf(k), true)] })), 'IterMut');
    }],
    into_iter: [`fn(self) -> ${It}<(K, V)>`, (call) => iterOver(mapEntries(mapOf(call.self), call.rt).map(([k, v]) => ({ k: 'tuple', items: [k, v] })), 'IntoIter')],
    into_keys: [`fn(self) -> ${It}<K>`, (call) => iterOver(mapEntries(mapOf(call.self), call.rt).map(([k]) => k), 'IntoKeys')],
    into_values: [`fn(self) -> ${It}<V>`, (call) => iterOver(mapEntries(mapOf(call.self), call.rt).map(([, v]) => v), 'IntoValues')],
    retain: ['fn(&mut self, FnMut(&K, &mut V) -> bool)', (call) => {
      const map = mapOf(call.self);
      for (const [k] of mapEntries(map, call.rt)) {
        const key = keyOf(k);
        const keep = deref(call.rt.call(call.args[0]!, [immutable(k), valueRef(map, key, true)]));
        if (keep.k === 'bool' && !keep.v) map.entries.delete(key);
      }
      return unitValue;
    }],
    extend: ['fn<I>(&mut self, I)', {
      obligations: (ctx) => [{ trait: 'IntoIterator', ty: ctx.generics[0]!, item: { k: 'tuple', elems: [ctx.params.get('K')!, ctx.params.get('V')!] } }],
      run: (call) => {
        const map = mapOf(call.self);
        for (const item of intoIterItems(call.args[0]!, call.rt.step)) {
          const pair = deref(item);
          if (pair.k !== 'tuple') throw new Error('extend expects pairs');
          map.entries.set(keyOf(pair.items[0]!), [pair.items[0]!, pair.items[1]!]);
        }
        return unitValue;
      },
    }],
  });
}

function setMethodsFor(family: Family, bounds: { param: string; trait: 'Hash' | 'Eq' | 'Ord' }[]) {
  const It = family.startsWith('BTree') ? 'Iter' : 'IterFwd';
  const withSets = (f: (a: Value[], bKeys: Set<string>) => Value[]) => (call: RuntimeCall) => {
    const a = setItems(setOf(call.self), call.rt);
    const b = setOf(call.args[0]!);
    return iterOver(f(a, new Set(b.entries.keys())).map(immutable), 'SetOp');
  };
  return methods(family, {
    insert: ['fn(&mut self, T) -> bool', { requires: bounds, run: (call) => {
      const set = setOf(call.self);
      const key = keyOf(call.args[0]!);
      if (set.entries.has(key)) return boolValue(false);
      set.entries.set(key, call.args[0]!);
      return boolValue(true);
    } }],
    contains: ['fn<Q>(&self, Q) -> bool', { ...keyArg(0, 'T'), run: (call) => boolValue(setOf(call.self).entries.has(keyOf(call.args[0]!))) }],
    remove: ['fn<Q>(&mut self, Q) -> bool', { ...keyArg(0, 'T'), run: (call) => boolValue(setOf(call.self).entries.delete(keyOf(call.args[0]!))) }],
    get: ['fn<Q>(&self, Q) -> Option<&T>', { ...keyArg(0, 'T'), run: (call) => option(setOf(call.self).entries.get(keyOf(call.args[0]!)) ? immutable(setOf(call.self).entries.get(keyOf(call.args[0]!))!) : null) }],
    len: ['fn(&self) -> usize', (call) => usize(setOf(call.self).entries.size)],
    is_empty: ['fn(&self) -> bool', (call) => boolValue(setOf(call.self).entries.size === 0)],
    clear: ['fn(&mut self)', (call) => (setOf(call.self).entries.clear(), unitValue)],
    iter: [`fn(&self) -> ${It}<&T>`, (call) => iterOver(setItems(setOf(call.self), call.rt).map(immutable), 'Iter')],
    into_iter: [`fn(self) -> ${It}<T>`, (call) => iterOver(setItems(setOf(call.self), call.rt), 'IntoIter')],
    union: [`fn(&self, &Self) -> ${It}<&T>`, (call) => {
      const a = setOf(call.self);
      const b = setOf(call.args[0]!);
      const merged = new Map([...a.entries, ...[...b.entries].filter(([k]) => !a.entries.has(k))]);
      return iterOver(setItems({ ...a, entries: merged }, call.rt).map(immutable), 'Union');
    }],
    intersection: [`fn(&self, &Self) -> ${It}<&T>`, withSets((a, b) => a.filter((v) => b.has(keyOf(v))))],
    difference: [`fn(&self, &Self) -> ${It}<&T>`, withSets((a, b) => a.filter((v) => !b.has(keyOf(v))))],
    symmetric_difference: [`fn(&self, &Self) -> ${It}<&T>`, (call) => {
      const a = setOf(call.self);
      const b = setOf(call.args[0]!);
      const items = [...setItems(a, call.rt).filter((v) => !b.entries.has(keyOf(v))), ...setItems(b, call.rt).filter((v) => !a.entries.has(keyOf(v)))];
      return iterOver(items.map(immutable), 'SymmetricDifference');
    }],
    is_subset: ['fn(&self, &Self) -> bool', (call) => boolValue([...setOf(call.self).entries.keys()].every((k) => setOf(call.args[0]!).entries.has(k)))],
    is_superset: ['fn(&self, &Self) -> bool', (call) => boolValue([...setOf(call.args[0]!).entries.keys()].every((k) => setOf(call.self).entries.has(k)))],
    is_disjoint: ['fn(&self, &Self) -> bool', (call) => boolValue([...setOf(call.self).entries.keys()].every((k) => !setOf(call.args[0]!).entries.has(k)))],
    retain: ['fn(&mut self, FnMut(&T) -> bool)', (call) => {
      const set = setOf(call.self);
      for (const item of setItems(set, call.rt)) {
        const keep = deref(call.rt.call(call.args[0]!, [immutable(item)]));
        if (keep.k === 'bool' && !keep.v) set.entries.delete(keyOf(item));
      }
      return unitValue;
    }],
    extend: ['fn<I>(&mut self, I)', {
      obligations: (ctx) => [{ trait: 'IntoIterator', ty: ctx.generics[0]!, item: ctx.params.get('T')! }],
      run: (call) => {
        const set = setOf(call.self);
        for (const item of intoIterItems(call.args[0]!, call.rt.step)) set.entries.set(keyOf(item), item);
        return unitValue;
      },
    }],
  });
}

const btreeExtras = methods('BTreeMap', {
  first_key_value: ['fn(&self) -> Option<(&K, &V)>', (call) => {
    const [first] = mapEntries(mapOf(call.self), call.rt);
    return option(first ? { k: 'tuple', items: [immutable(first[0]), immutable(first[1])] } : null);
  }],
  last_key_value: ['fn(&self) -> Option<(&K, &V)>', (call) => {
    const all = mapEntries(mapOf(call.self), call.rt);
    const last = all[all.length - 1];
    return option(last ? { k: 'tuple', items: [immutable(last[0]), immutable(last[1])] } : null);
  }],
});
const btreeSetExtras = methods('BTreeSet', {
  first: ['fn(&self) -> Option<&T>', (call) => option(setItems(setOf(call.self), call.rt)[0] ? immutable(setItems(setOf(call.self), call.rt)[0]!) : null)],
  last: ['fn(&self) -> Option<&T>', (call) => {
    const items = setItems(setOf(call.self), call.rt);
    return option(items.length > 0 ? immutable(items[items.length - 1]!) : null);
  }],
});

/** `map.entry(k)` holds the map and the key; inserting goes through the map. */
function entryParts(call: RuntimeCall): { map: MapValue; key: Value } {
  const v = deref(call.self);
  if (v.k !== 'adt' || v.name !== 'Entry') throw new Error('expected an Entry');
  return { map: mapOf(v.fields[0]!), key: v.fields[1]! };
}
function orInsert(call: RuntimeCall, make: () => Value): Value {
  const { map, key } = entryParts(call);
  const k = keyOf(key);
  if (!map.entries.has(k)) map.entries.set(k, [key, make()]);
  return valueRef(map, k, true);
}

const entryMethods = methods('Entry', {
  or_insert: ['fn(self, V) -> &mut V', (call) => orInsert(call, () => call.args[0]!)],
  or_insert_with: ['fn(self, FnOnce() -> V) -> &mut V', (call) => orInsert(call, () => call.rt.call(call.args[0]!, []))],
  or_default: ['fn(self) -> &mut V', { requires: [{ param: 'V', trait: 'Default' }], run: (call) => orInsert(call, () => call.rt.defaultOf((call.selfTy as { args: Ty[] }).args[1]!)) }],
  and_modify: ['fn(self, FnOnce(&mut V)) -> Entry<K, V>', (call) => {
    const { map, key } = entryParts(call);
    const k = keyOf(key);
    if (map.entries.has(k)) call.rt.call(call.args[0]!, [valueRef(map, k, true)]);
    return deref(call.self);
  }],
  key: ['fn(&self) -> &K', (call) => immutable(entryParts(call).key)],
});

export const mapMethods = [
  ...mapMethodsFor('HashMap', hashKey),
  ...mapMethodsFor('BTreeMap', ordKey),
  ...btreeExtras,
  ...setMethodsFor('HashSet', [{ param: 'T', trait: 'Hash' }, { param: 'T', trait: 'Eq' }]),
  ...setMethodsFor('BTreeSet', [{ param: 'T', trait: 'Ord' }]),
  ...btreeSetExtras,
  ...entryMethods,
];

const newMap = (kind: 'HashMap' | 'BTreeMap') => (): Value => ({ k: 'map', kind, entries: new Map() });
const newSet = (kind: 'HashSet' | 'BTreeSet') => (): Value => ({ k: 'set', kind, entries: new Map() });

/** `HashMap::from([(k, v), …])` and friends: build the collection from anything iterable. */
function fromIterable(kind: 'HashMap' | 'BTreeMap' | 'HashSet' | 'BTreeSet') {
  const isMap = kind.endsWith('Map');
  return {
    family: kind as Family,
    obligations: (ctx: TypingContext) => [
      { trait: 'IntoIterator' as const, ty: ctx.generics[0]!, item: isMap ? ({ k: 'tuple', elems: [ctx.params.get('K')!, ctx.params.get('V')!] } as Ty) : ctx.params.get('T')! },
    ],
    run: (args: Value[], _types: unknown, rt: Runtime): Value => {
      const items = intoIterItems(args[0]!, rt.step);
      if (!isMap) return { k: 'set', kind: kind as 'HashSet' | 'BTreeSet', entries: new Map(items.map((x) => [keyOf(x), x])) };
      const entries = new Map<string, [Value, Value]>();
      for (const item of items) {
        const pair = deref(item) as Extract<Value, { k: 'tuple' }>;
        entries.set(keyOf(pair.items[0]!), [pair.items[0]!, pair.items[1]!]);
      }
      return { k: 'map', kind: kind as 'HashMap' | 'BTreeMap', entries };
    },
  };
}

export const mapFunctions = functions({
  'HashMap::from': ['fn<A>(A) -> HashMap<K, V>', fromIterable('HashMap')],
  'BTreeMap::from': ['fn<A>(A) -> BTreeMap<K, V>', fromIterable('BTreeMap')],
  'HashSet::from': ['fn<A>(A) -> HashSet<T>', fromIterable('HashSet')],
  'BTreeSet::from': ['fn<A>(A) -> BTreeSet<T>', fromIterable('BTreeSet')],
  'HashMap::new': ['fn() -> HashMap<K, V>', { family: 'HashMap', run: newMap('HashMap') }],
  'HashMap::with_capacity': ['fn(usize) -> HashMap<K, V>', { family: 'HashMap', run: newMap('HashMap') }],
  'BTreeMap::new': ['fn() -> BTreeMap<K, V>', { family: 'BTreeMap', run: newMap('BTreeMap') }],
  'HashSet::new': ['fn() -> HashSet<T>', { family: 'HashSet', run: newSet('HashSet') }],
  'HashSet::with_capacity': ['fn(usize) -> HashSet<T>', { family: 'HashSet', run: newSet('HashSet') }],
  'BTreeSet::new': ['fn() -> BTreeSet<T>', { family: 'BTreeSet', run: newSet('BTreeSet') }],
});
