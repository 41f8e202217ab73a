import type { FloatType, IntType } from '../run/values';

/**
 * Types as the checker sees them. Inference variables (`var`) are resolved through an
 * InferenceTable; everything else is structural.
 */
export type Ty =
  | { k: 'int'; ty: IntType }
  | { k: 'float'; ty: FloatType }
  | { k: 'bool' }
  | { k: 'char' }
  | { k: 'str' }
  | { k: 'never' }
  /** `()` is the tuple with no elements. */
  | { k: 'tuple'; elems: Ty[] }
  | { k: 'array'; elem: Ty; len: number }
  | { k: 'slice'; elem: Ty }
  | { k: 'ref'; mut: boolean; inner: Ty }
  /** Named types with arguments: String, Vec<T>, Option<T>, HashMap<K, V>, and user structs/enums. */
  | { k: 'adt'; name: string; args: Ty[] }
  /** Function items, closures and function pointers. */
  | { k: 'fn'; params: Ty[]; ret: Ty; origin: 'item' | 'closure' | 'pointer' }
  /**
   * Any std iterator: what matters is what it yields and what it supports. `source` marks the
   * few iterator types with methods of their own: `Chars` (as_str) and `ToUppercase` /
   * `ToLowercase` (Display).
   */
  | { k: 'iter'; item: Ty; doubleEnded: boolean; exactSize: boolean; peekable: boolean; source?: 'chars' | 'case' }
  | { k: 'var'; id: number }
  /** A generic parameter inside the body that declares it. */
  | { k: 'param'; name: string }
  /** The type of an expression that already has an error reported: silences follow-on errors. */
  | { k: 'error' };

export type VarKind = 'general' | 'int' | 'float';

export const INT_TYPES: readonly IntType[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
export const FLOAT_TYPES: readonly FloatType[] = ['f32', 'f64'];

export const unit: Ty = { k: 'tuple', elems: [] };
export const bool: Ty = { k: 'bool' };
export const char: Ty = { k: 'char' };
export const str: Ty = { k: 'str' };
export const never: Ty = { k: 'never' };
export const errorTy: Ty = { k: 'error' };
export const int = (ty: IntType): Ty => ({ k: 'int', ty });
export const float = (ty: FloatType): Ty => ({ k: 'float', ty });
export const usize: Ty = int('usize');
export const adt = (name: string, args: Ty[] = []): Ty => ({ k: 'adt', name, args });
export const string: Ty = adt('String');
export const ref = (inner: Ty, mut = false): Ty => ({ k: 'ref', mut, inner });
export const option = (inner: Ty): Ty => adt('Option', [inner]);
export const result = (ok: Ty, err: Ty): Ty => adt('Result', [ok, err]);
export const vec = (elem: Ty): Ty => adt('Vec', [elem]);
export const tuple = (elems: Ty[]): Ty => ({ k: 'tuple', elems });
export const iter = (item: Ty, flags: Partial<{ doubleEnded: boolean; exactSize: boolean; peekable: boolean }> = {}): Ty => ({
  k: 'iter',
  item,
  doubleEnded: flags.doubleEnded ?? true,
  exactSize: flags.exactSize ?? true,
  peekable: flags.peekable ?? false,
});

export function isUnit(ty: Ty): boolean {
  return ty.k === 'tuple' && ty.elems.length === 0;
}

export function isIntType(name: string): name is IntType {
  return (INT_TYPES as readonly string[]).includes(name);
}

export function isFloatType(name: string): name is FloatType {
  return (FLOAT_TYPES as readonly string[]).includes(name);
}
