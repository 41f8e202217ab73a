/**
 * Runtime values of the Rust interpreter. Integers are exact (BigInt) and carry their type, so
 * every operation can apply that type's overflow rules.
 */

export type IntType = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatType = 'f32' | 'f64';

export type Value =
  | IntValue
  | FloatValue
  | { k: 'bool'; v: boolean }
  /** One Unicode scalar value, as a JS string of one code point. */
  | { k: 'char'; v: string }
  /** A string slice (`&str` / `str`): immutable text. */
  | { k: 'str'; v: string }
  /** An owned `String`. Mutating methods store a new StringValue in the string's place. */
  | { k: 'string'; v: string }
  | { k: 'unit' }
  | { k: 'tuple'; items: Value[] }
  /** `[T; N]`: items are owned by the array. */
  | { k: 'array'; items: Value[] }
  /** `Vec<T>` (and `VecDeque<T>`): items are owned by the vector. */
  | { k: 'vec'; items: Value[]; deque?: boolean }
  /** A slice `[T]` viewing `items[start..end]` of an array or vector (shared, not copied). */
  | { k: 'slice'; items: Value[]; start: number; end: number }
  | AdtValue
  /** HashMap / BTreeMap. Keys are indexed by `keyOf(key)`; BTreeMap iterates in key order. */
  | { k: 'map'; kind: 'HashMap' | 'BTreeMap'; entries: Map<string, [Value, Value]> }
  /** HashSet / BTreeSet. */
  | { k: 'set'; kind: 'HashSet' | 'BTreeSet'; entries: Map<string, Value> }
  /** `a..b`, `a..=b`, `a..`, `..b` with integer (or char) bounds. */
  | { k: 'range'; start: Value | null; end: Value | null; inclusive: boolean }
  | { k: 'box'; value: Value }
  | { k: 'ref'; mutable: boolean; place: Place }
  /** Functions, closures and iterators are opaque to formatting; the interpreter defines them. */
  | { k: 'callable'; name: string; call: (args: Value[]) => Value }
  /** An iterator: `next` yields the next item or null when done; `nextBack` exists for double-ended ones. */
  | { k: 'iter'; next: () => Value | null; nextBack?: () => Value | null; name: string; asStr?: () => string };

export interface IntValue {
  k: 'int';
  ty: IntType;
  v: bigint;
}

export interface FloatValue {
  k: 'float';
  ty: FloatType;
  /** For f32, always a value representable in f32 (rounded with Math.fround). */
  v: number;
}

/**
 * A user struct or enum value, and Option / Result / Ordering.
 * - struct `Point { x, y }`: name "Point", variant null, fieldNames ["x", "y"]
 * - tuple struct `Meters(5)`: name "Meters", variant null, fieldNames null
 * - enum `Shape::Circle { r }`: name "Shape", variant "Circle", fieldNames ["r"]
 * - `Some(3)`: name "Option", variant "Some", fields [3]; `None`: variant "None", fields []
 * - `Ordering::Less`: name "Ordering", variant "Less"
 */
export interface AdtValue {
  k: 'adt';
  name: string;
  variant: string | null;
  fields: Value[];
  fieldNames: string[] | null;
}

/** A memory location a reference points to. */
export interface Place {
  get(): Value;
  set(value: Value): void;
}

/** A Rust panic: unwinds the interpreter to the judge, which turns it into a verdict. */
export class Panic extends Error {
  override readonly name = 'Panic';
  constructor(
    /** rustc's words, e.g. "attempt to add with overflow". */
    readonly panicMessage: string,
  ) {
    super(panicMessage);
  }
}

const AGGREGATES: ReadonlySet<Value['k']> = new Set(['tuple', 'array', 'adt']);

/** Only tuples, arrays and user types can be Copy and still alias when read: the rest skip the type test. */
export function mayBeCopyAggregate(value: Value): boolean {
  return AGGREGATES.has(value.k);
}

/**
 * Roughly how many elements a clone of `value` allocates beyond the value itself (a collection's
 * items, a string's bytes), estimated from the first item so it stays cheap on large values.
 */
export function footprint(value: Value): number {
  switch (value.k) {
    case 'string':
      return value.v.length;
    case 'tuple':
      return value.items.reduce((sum, item) => sum + footprint(item), 0);
    case 'adt':
      return value.fields.reduce((sum, field) => sum + footprint(field), 0);
    case 'vec':
    case 'array':
      return value.items.length === 0 ? 0 : value.items.length * (1 + footprint(value.items[0]!));
    case 'box':
      return footprint(value.value);
    case 'map':
    case 'set':
      return value.entries.size * 2;
    default:
      return 0;
  }
}
