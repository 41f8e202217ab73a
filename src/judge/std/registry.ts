import type { TraitName } from '../check/traits';
import type { Ty } from '../check/types';
import type { Place, Value } from '../run/values';
import { parseSig, type SigFn } from './sig';

/** Groups of std types that share a method table. */
export type Family =
  | 'int' | 'float' | 'bool' | 'char' | 'str' | 'String'
  | 'Vec' | 'slice' | 'array' | 'VecDeque'
  | 'Option' | 'Result' | 'Ordering' | 'Box'
  | 'HashMap' | 'HashSet' | 'BTreeMap' | 'BTreeSet' | 'Entry'
  | 'iter' | 'Range' | 'tuple' | 'Formatter' | 'any';

/** What the interpreter offers std implementations. */
export interface Runtime {
  call(callable: Value, args: Value[]): Value;
  display(value: Value): string;
  debug(value: Value): string;
  equals(a: Value, b: Value): boolean;
  /** Total order (Ord) or partial order (PartialOrd: null when unordered). */
  compare(a: Value, b: Value): number | null;
  clone(value: Value): Value;
  keyOf(value: Value): string;
  defaultOf(ty: Ty): Value;
  /** Charges one step of the interpreter's budget (long loops inside std methods). */
  step(): void;
  /** Charges a bulk allocation of `elements` values (or string bytes); refuses more than the judge's memory allows. */
  allocate(elements: number): void;
}

export interface RuntimeCall {
  /** The receiver after auto-deref (for `&mut self` methods read it through `place`). */
  self: Value;
  /** The receiver's location, for methods that mutate it. */
  place: Place | null;
  args: Value[];
  /** Receiver type at the method's family (e.g. Vec<i32>), the resolved return type, method generics. */
  selfTy: Ty;
  retTy: Ty;
  generics: Ty[];
  rt: Runtime;
}

/** Context for methods whose result type the notation cannot express. */
export interface TypingContext {
  selfTy: Ty;
  /** The family's parameters bound for this receiver (T, K, V, Item…). */
  params: Map<string, Ty>;
  /** Types given with a turbofish, or fresh variables. */
  generics: Ty[];
  /** The expected result type at the call site, when known. */
  expected: Ty | null;
  fresh(): Ty;
  resolve(ty: Ty): Ty;
  /** Unifies two types (binding inference variables); false when they cannot be equal. */
  unify(a: Ty, b: Ty): boolean;
  /** What `for x in <ty>` yields, or null when `ty` is not iterable (or not yet known). */
  itemOf(ty: Ty): Ty | null;
}

export interface StdMethod {
  family: Family;
  name: string;
  sig: SigFn;
  /** Trait bounds the receiver's parameters must satisfy (`sort` needs T: Ord). */
  requires: { param: string; trait: TraitName }[];
  /** Extra bound checks on method generics after the call is typed: e.g. sum's S: Sum<Item>. */
  obligations?: (ctx: TypingContext) => Obligation[];
  /** A requirement the notation cannot state (e.g. `rev` needs a double-ended iterator): an E0277 message, or null. */
  check?: (ctx: TypingContext) => string | { code: string; message: string } | null;
  /** Adjusts the instantiated return type (iterator adapters keep or drop their receiver's capabilities). */
  returns?: (ctx: TypingContext, ret: Ty) => Ty;
  run(call: RuntimeCall): Value;
}

/** A deferred trait requirement, checked once inference has decided the types. */
export type Obligation =
  | { trait: TraitName; ty: Ty }
  | { trait: 'Sum' | 'Product'; ty: Ty; item: Ty }
  | { trait: 'FromIterator'; ty: Ty; item: Ty }
  /** `map.get(&q)`: the key type K must be borrowable as Q (K = Q, or String as str). */
  | { trait: 'Borrow'; ty: Ty; borrowed: Ty }
  /** `extend(x)`: x must iterate over `item`s. */
  | { trait: 'IntoIterator'; ty: Ty; item: Ty }
  | { trait: 'FromStr'; ty: Ty }
  /** `T::from(x)` / `x.into()`: a lossless conversion must exist. */
  | { trait: 'Into' | 'TryFrom'; from: Ty; ty: Ty };

/** A std function, associated function or constant reachable by a path (`Vec::new`, `std::cmp::max`). */
export interface StdFunction {
  path: string;
  /** Generic parameter names, instantiated with fresh variables or the path's generic arguments. */
  sig: SigFn;
  /** For associated items: the family whose parameters the path's type arguments bind. */
  family: Family | null;
  requires: { param: string; trait: TraitName }[];
  obligations?: (ctx: TypingContext) => Obligation[];
  /** A constant: `run` is called with no arguments when the path is evaluated. */
  isConst: boolean;
  run(args: Value[], types: { self: Ty | null; ret: Ty; params: Ty[]; generics: Ty[] }, rt: Runtime): Value;
}

type MethodSpec = Omit<StdMethod, 'family' | 'name' | 'sig' | 'requires'> & {
  requires?: StdMethod['requires'];
};

/** Builds a family's method table from `name: [signature, spec]` entries. */
export function methods(family: Family, entries: Record<string, [string, MethodSpec | StdMethod['run']]>): StdMethod[] {
  return Object.entries(entries).map(([name, [sig, spec]]) => {
    const full = typeof spec === 'function' ? { run: spec } : spec;
    return { family, name, sig: parseSig(sig), requires: full.requires ?? [], ...full } as StdMethod;
  });
}

type FunctionSpec = Omit<StdFunction, 'path' | 'sig' | 'family' | 'requires' | 'isConst'> & {
  requires?: StdFunction['requires'];
  family?: Family | null;
};

/** Builds std functions / associated functions from `path: [signature, spec]` entries. */
export function functions(entries: Record<string, [string, FunctionSpec | StdFunction['run']]>, isConst = false): StdFunction[] {
  return Object.entries(entries).map(([path, [sig, spec]]) => {
    const full = typeof spec === 'function' ? { run: spec } : spec;
    return { path, sig: parseSig(sig), family: full.family ?? null, requires: full.requires ?? [], isConst, ...full } as StdFunction;
  });
}
