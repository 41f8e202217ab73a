import type { ConstDecl, Expr, FnDecl, FormatArgs, Pattern, Span, StaticDecl } from '../syntax/ast';
import type { StdFunction, StdMethod } from '../std/registry';
import type { ProgramInfo } from './program';
import type { Ty } from './types';

/** A local variable: a parameter, a `let`, or a binding inside a pattern. */
export interface Binding {
  id: number;
  name: string;
  ty: Ty;
  mutable: boolean;
  /** Bound with `ref` / `ref mut` or through match ergonomics: the binding holds a reference. */
  span: Span;
  /** `let x;` without a value. */
  deferredInit: boolean;
}

/** What a value path (`x`, `foo`, `Point::new`, `None`, `i32::MAX`) refers to. */
export type ValueRes =
  | { k: 'local'; binding: Binding }
  | { k: 'fn'; decl: FnDecl; owner: string | null }
  /** A tuple struct / tuple variant constructor (callable) or a unit struct / unit variant (a value). */
  | { k: 'ctor'; adt: string; variant: string | null; arity: number; unit: boolean }
  | { k: 'const'; decl: ConstDecl | StaticDecl; owner: string | null }
  /** A std function or constant; `selfTy` is the type a `Type::item` path is relative to. */
  | { k: 'std'; fn: StdFunction; selfTy: Ty | null };

/** How a method call was resolved: the receiver is dereferenced `derefs` times, then borrowed. */
export interface Adjustment {
  derefs: number;
  autoref: 'none' | 'ref' | 'refMut';
  /** An array receiver used as a slice. */
  unsize: boolean;
}

export type MethodRes =
  | { k: 'std'; method: StdMethod; adjust: Adjustment; selfTy: Ty; generics: Ty[] }
  | { k: 'user'; decl: FnDecl; owner: string; adjust: Adjustment };

/** An identifier pattern that names a constant or unit variant instead of binding. */
export type PatternRes = { k: 'binding'; binding: Binding } | { k: 'value'; res: ValueRes };

/** The program with everything the interpreter needs to run it without re-deriving types. */
export interface CheckedProgram {
  info: ProgramInfo;
  /** Resolved type of every expression, by expression id. */
  types: Map<number, Ty>;
  values: Map<number, ValueRes>;
  methods: Map<number, MethodRes>;
  /** Field accesses and indexing: how many auto-derefs reach the container. */
  derefs: Map<number, number>;
  patterns: Map<Pattern, PatternRes>;
  /** Variables a closure uses from its surroundings, by closure expression id. */
  captures: Map<number, Binding[]>;
  /** Declared parameter and return types of every function, after lowering. */
  signatures: Map<FnDecl, { params: Ty[]; ret: Ty; selfTy: Ty | null }>;
  /** The `self` binding of every method. */
  selfBindings: Map<FnDecl, Binding>;
  /** Every checked expression by id. */
  exprs: Map<number, Expr>;
  /** Variables a format string names directly (`{x}`), per format macro. */
  formatCaptures: Map<FormatArgs, Map<string, Binding>>;
  /** Field types of a struct (variant null) or enum variant, in declaration order. */
  fieldTypes(adt: string, variant: string | null): { name: string | null; ty: Ty }[];
  /** Replaces inference variables by what inference decided. */
  resolve(ty: Ty): Ty;
}
