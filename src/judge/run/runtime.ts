import type { CheckedProgram } from '../check/typed';
import type { Ty } from '../check/types';
import type { Runtime } from '../std/registry';
import { makeFloat } from './floats';
import { compareValues, keyOf, partialCompareValues, valuesEqual } from './format';
import { DEBUG_SPEC, DISPLAY_SPEC, formatValue, type FormatHooks } from './format-value';
import { makeInt, noneValue } from './integers';
import type { AdtValue, Value } from './values';

/** Calls into the program for user trait impls (Display, Debug, PartialEq, Clone, Default). */
export interface UserImpls {
  call(callable: Value, args: Value[]): Value;
  /** Runs `impl <trait> for <adt>`'s method on `self`, or returns undefined when there is none. */
  callTraitMethod(trait: string, method: string, self: Value, args: Value[]): Value | undefined;
  step(): void;
  allocate(elements: number): void;
}

/** The interpreter's services for std methods and formatting. */
export function createRuntime(checked: CheckedProgram, user: UserImpls): Runtime & { hooks: FormatHooks } {
  const variantIndex = (value: AdtValue) => {
    const decl = checked.info.enums.get(value.name);
    return decl ? decl.variants.findIndex((v) => v.name.name === value.variant) : 0;
  };
  const hooks: FormatHooks = {
    display: (value) => {
      const out = user.callTraitMethod('Display', 'fmt', value, []);
      return out === undefined ? undefined : (out as { k: 'str'; v: string }).v;
    },
    debug: (value) => {
      const out = user.callTraitMethod('Debug', 'fmt', value, []);
      return out === undefined ? undefined : (out as { k: 'str'; v: string }).v;
    },
    allocate: (elements) => user.allocate(elements),
  };
  const runtime: Runtime & { hooks: FormatHooks } = {
    hooks,
    call: (callable, args) => user.call(callable, args),
    display: (value) => formatValue(displayable(value), DISPLAY_SPEC, hooks),
    debug: (value) => formatValue(value, DEBUG_SPEC, hooks),
    equals: (a, b) => {
      const da = strip(a);
      if (da.k === 'adt') {
        const custom = user.callTraitMethod('PartialEq', 'eq', da, [{ k: 'ref', mutable: false, place: { get: () => strip(b), set: () => {} } }]);
        if (custom !== undefined) return custom.k === 'bool' && custom.v;
      }
      return valuesEqual(a, b);
    },
    compare: (a, b) => {
      const da = strip(a);
      if (da.k === 'float' || containsFloat(da)) return partialCompareValues(a, b, variantIndex);
      return compareValues(a, b, variantIndex);
    },
    clone: (value) => cloneValue(value, user),
    keyOf,
    defaultOf: (ty) => defaultOf(ty, checked, user),
    step: () => user.step(),
    allocate: (elements) => user.allocate(elements),
  };
  return runtime;
}

/**
 * `char::to_uppercase()` / `to_lowercase()` return iterators that implement Display: they print
 * their characters (without being consumed). Other values format as they are.
 */
export function displayable(value: Value): Value {
  const v = strip(value);
  if (v.k !== 'iter' || (v.name !== 'ToUppercase' && v.name !== 'ToLowercase')) return value;
  const copy = teeIterator(v);
  let text = '';
  for (let item = copy.next(); item !== null; item = copy.next()) text += (item as { v: string }).v;
  return { k: 'string', v: text };
}

function strip(value: Value): Value {
  let v = value;
  while (v.k === 'ref' || v.k === 'box') v = v.k === 'ref' ? v.place.get() : v.value;
  return v;
}

function containsFloat(value: Value): boolean {
  if (value.k === 'float') return true;
  if (value.k === 'tuple') return value.items.some((v) => containsFloat(strip(v)));
  return false;
}

/** `Clone::clone`: a deep copy of owned data; references stay references. */
export function cloneValue(value: Value, user?: UserImpls): Value {
  switch (value.k) {
    case 'ref':
      return value;
    case 'tuple':
      return { k: 'tuple', items: value.items.map((v) => cloneValue(v, user)) };
    case 'array':
      return { k: 'array', items: value.items.map((v) => cloneValue(v, user)) };
    case 'vec':
      return { k: 'vec', items: value.items.map((v) => cloneValue(v, user)), ...(value.deque ? { deque: true } : {}) };
    case 'slice':
      return { k: 'vec', items: value.items.slice(value.start, value.end).map((v) => cloneValue(v, user)) };
    case 'adt': {
      const custom = user?.callTraitMethod('Clone', 'clone', value, []);
      if (custom !== undefined) return custom;
      return { ...value, fields: value.fields.map((v) => cloneValue(v, user)) };
    }
    case 'map':
      return { k: 'map', kind: value.kind, entries: new Map([...value.entries].map(([k, [key, v]]) => [k, [cloneValue(key, user), cloneValue(v, user)]])) };
    case 'set':
      return { k: 'set', kind: value.kind, entries: new Map([...value.entries].map(([k, v]) => [k, cloneValue(v, user)])) };
    case 'box':
      return { k: 'box', value: cloneValue(value.value, user) };
    case 'range':
      return { ...value };
    case 'iter':
      return teeIterator(value);
    default:
      return value;
  }
}

type IterValue = Extract<Value, { k: 'iter' }>;

/**
 * Clones an iterator: the original and the copy read one shared buffer filled from the source
 * on demand, so each sees every remaining item (infinite iterators stay lazy).
 */
function teeIterator(original: IterValue): IterValue {
  const source = { next: original.next, nextBack: original.nextBack };
  const buffer: Value[] = [];
  let exhausted = false;
  const fill = (): boolean => {
    if (exhausted) return false;
    const item = source.next();
    if (item === null) {
      exhausted = true;
      return false;
    }
    buffer.push(item);
    return true;
  };
  const cursor = (): Pick<IterValue, 'next' | 'nextBack'> => {
    let front = 0;
    let back: number | null = null;
    return {
      next: () => {
        if (back !== null) return front < back ? buffer[front++]! : null;
        if (front < buffer.length || fill()) return buffer[front++]!;
        return null;
      },
      ...(source.nextBack
        ? {
            nextBack: () => {
              if (back === null) {
                while (fill());
                back = buffer.length;
              }
              return front < back ? buffer[--back]! : null;
            },
          }
        : {}),
    };
  };
  Object.assign(original, cursor());
  return { k: 'iter', name: original.name, ...cursor() };
}

function defaultOf(ty: Ty, checked: CheckedProgram, user: UserImpls): Value {
  switch (ty.k) {
    case 'int':
      return makeInt(ty.ty, 0n);
    case 'float':
      return makeFloat(ty.ty, 0);
    case 'bool':
      return { k: 'bool', v: false };
    case 'char':
      return { k: 'char', v: '\0' };
    case 'tuple':
      return ty.elems.length === 0 ? { k: 'unit' } : { k: 'tuple', items: ty.elems.map((e) => defaultOf(e, checked, user)) };
    case 'array':
      return { k: 'array', items: Array.from({ length: ty.len }, () => defaultOf(ty.elem, checked, user)) };
    case 'ref':
      if (ty.inner.k === 'str') return { k: 'str', v: '' };
      break;
    case 'adt':
      switch (ty.name) {
        case 'String':
          return { k: 'string', v: '' };
        case 'Vec':
          return { k: 'vec', items: [] };
        case 'VecDeque':
          return { k: 'vec', items: [], deque: true };
        case 'Option':
          return noneValue();
        case 'HashMap':
        case 'BTreeMap':
          return { k: 'map', kind: ty.name, entries: new Map() };
        case 'HashSet':
        case 'BTreeSet':
          return { k: 'set', kind: ty.name, entries: new Map() };
      }
      if (checked.info.structs.has(ty.name)) {
        const fields = checked.fieldTypes(ty.name, null);
        const decl = checked.info.structs.get(ty.name)!;
        if (!decl.attributes.derives.includes('Default')) {
          const viaImpl = user.callTraitMethod('Default', 'default', { k: 'adt', name: ty.name, variant: null, fields: [], fieldNames: null }, []);
          if (viaImpl !== undefined) return viaImpl;
        }
        return {
          k: 'adt',
          name: ty.name,
          variant: null,
          fields: fields.map((f) => defaultOf(f.ty, checked, user)),
          fieldNames: decl.fields.kind === 'named' ? fields.map((f) => f.name!) : null,
        };
      }
  }
  throw new Error(`no default value for ${ty.k === 'adt' ? ty.name : ty.k}`);
}
