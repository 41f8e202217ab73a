/**
 * The Rust subset the judge understands, as a typed AST lowered from tree-sitter's concrete tree.
 * Every node has a span (1-based line and column, as rustc prints them). Expressions carry a
 * unique numeric `id` so later passes can keep side tables (types, resolutions) keyed by node.
 */

export interface Span {
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character, counted in Unicode code points (as rustc does). */
  column: number;
  endLine: number;
  /** 1-based column just after the last character. */
  endColumn: number;
  /** Offsets into the source string (UTF-16 code units, as JS strings index). */
  start: number;
  end: number;
}

export interface Ident {
  name: string;
  span: Span;
}

export interface Program {
  items: Item[];
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Items

export type Item =
  | FnDecl
  | StructDecl
  | EnumDecl
  | ImplBlock
  | TraitDecl
  | UseDecl
  | ConstDecl
  | StaticDecl
  | TypeAliasDecl;

export interface Attributes {
  /** Trait names from `#[derive(...)]`, e.g. ["Debug", "Clone", "PartialEq"]. */
  derives: string[];
  /** Other attributes as written, e.g. ["allow(dead_code)", "test"]. */
  other: string[];
}

export interface FnDecl {
  kind: 'fn';
  name: Ident;
  generics: Generics;
  /** `self`, `&self`, `&mut self`, `mut self`; null for associated functions and free functions. */
  selfParam: SelfParam | null;
  params: Param[];
  returnType: TypeExpr | null;
  /** null for a trait method without a default body. */
  body: Block | null;
  isPub: boolean;
  attributes: Attributes;
  span: Span;
}

export interface SelfParam {
  kind: 'value' | 'ref' | 'refMut';
  /** `mut self` */
  mutable: boolean;
  span: Span;
}

export interface Param {
  pattern: Pattern;
  type: TypeExpr;
  span: Span;
}

export interface Generics {
  params: GenericParam[];
  where: WherePredicate[];
}

export type GenericParam =
  | { kind: 'type'; name: Ident; bounds: TraitBound[]; default: TypeExpr | null; span: Span }
  | { kind: 'lifetime'; name: Ident; span: Span }
  | { kind: 'const'; name: Ident; type: TypeExpr; span: Span };

export interface WherePredicate {
  type: TypeExpr;
  bounds: TraitBound[];
  span: Span;
}

/** A trait in a bound: `PartialOrd`, `Iterator<Item = u32>`, `Fn(i32) -> i32`, `?Sized`. Lifetimes in bounds are dropped. */
export interface TraitBound {
  path: Path;
  /** `Fn(A, B) -> R` sugar: its argument types and return type; null otherwise. */
  fnSugar: { params: TypeExpr[]; ret: TypeExpr | null } | null;
  /** `?Sized` */
  maybe: boolean;
  span: Span;
}

export interface StructDecl {
  kind: 'struct';
  name: Ident;
  generics: Generics;
  fields: StructFields;
  isPub: boolean;
  attributes: Attributes;
  span: Span;
}

export type StructFields =
  | { kind: 'named'; fields: { name: Ident; type: TypeExpr; isPub: boolean; span: Span }[] }
  | { kind: 'tuple'; fields: { type: TypeExpr; isPub: boolean; span: Span }[] }
  | { kind: 'unit' };

export interface EnumDecl {
  kind: 'enum';
  name: Ident;
  generics: Generics;
  variants: { name: Ident; fields: StructFields; discriminant: Expr | null; span: Span }[];
  isPub: boolean;
  attributes: Attributes;
  span: Span;
}

export interface ImplBlock {
  kind: 'impl';
  generics: Generics;
  /** `impl Trait for Type`; null for an inherent impl. */
  trait: Path | null;
  selfType: TypeExpr;
  items: (FnDecl | ConstDecl | TypeAliasDecl)[];
  span: Span;
}

export interface TraitDecl {
  kind: 'trait';
  name: Ident;
  generics: Generics;
  supertraits: TraitBound[];
  /** Methods (with or without default bodies), associated consts and types (`type Output;` has type null). */
  items: (FnDecl | ConstDecl | AssociatedTypeDecl)[];
  isPub: boolean;
  span: Span;
}

export interface AssociatedTypeDecl {
  kind: 'associatedType';
  name: Ident;
  bounds: TraitBound[];
  span: Span;
}

export interface UseDecl {
  kind: 'use';
  tree: UseTree;
  isPub: boolean;
  span: Span;
}

/**
 * `use a::b::c;` → {path: [a, b, c], kind: simple}; `use a::b as d;` → alias d;
 * `use a::*;` → glob; `use a::{b, c::d};` → list with children relative to `path`.
 * `self` inside a list appears as a segment named "self".
 */
export type UseTree =
  | { kind: 'simple'; path: Ident[]; alias: Ident | null; span: Span }
  | { kind: 'glob'; path: Ident[]; span: Span }
  | { kind: 'list'; path: Ident[]; children: UseTree[]; span: Span };

export interface ConstDecl {
  kind: 'const';
  name: Ident;
  /** null only for trait associated consts without a type (never in valid Rust). */
  type: TypeExpr | null;
  /** null for a trait associated const without a default. */
  value: Expr | null;
  span: Span;
}

export interface StaticDecl {
  kind: 'static';
  name: Ident;
  mutable: boolean;
  type: TypeExpr;
  value: Expr;
  span: Span;
}

export interface TypeAliasDecl {
  kind: 'typeAlias';
  name: Ident;
  generics: Generics;
  type: TypeExpr;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Paths and types

/** `std::collections::HashMap::<K, V>::new`, `Vec::new`, `Self`, `x`, `::std::i32::MAX`. */
export interface Path {
  segments: PathSegment[];
  /** Leading `::`. */
  global: boolean;
  span: Span;
}

export interface PathSegment {
  /** The identifier, or "Self", "self", "super", "crate". */
  name: string;
  span: Span;
  /** Generic arguments on this segment (`Vec<i32>` or turbofish `collect::<Vec<_>>`); null when absent. */
  generics: GenericArg[] | null;
}

export type GenericArg =
  | { kind: 'type'; type: TypeExpr }
  /** `Item = u32` in `Iterator<Item = u32>` */
  | { kind: 'binding'; name: Ident; type: TypeExpr }
  | { kind: 'lifetime'; name: string }
  /** A const generic argument given as an expression, e.g. `{ N }` or `3`. */
  | { kind: 'const'; value: Expr };

export type TypeExpr =
  | { kind: 'path'; path: Path; span: Span }
  /** `&T`, `&mut T`, `&'a T`: `lifetime` is the written lifetime's name (`'a`, `'static`), or null when elided. */
  | { kind: 'ref'; mutable: boolean; lifetime: string | null; inner: TypeExpr; span: Span }
  | { kind: 'ptr'; mutable: boolean; inner: TypeExpr; span: Span }
  /** `()` is a tuple with no elements. */
  | { kind: 'tuple'; elems: TypeExpr[]; span: Span }
  | { kind: 'array'; elem: TypeExpr; length: Expr; span: Span }
  | { kind: 'slice'; elem: TypeExpr; span: Span }
  | { kind: 'never'; span: Span }
  | { kind: 'infer'; span: Span }
  | { kind: 'fnPointer'; params: TypeExpr[]; ret: TypeExpr | null; span: Span }
  | { kind: 'implTrait'; bounds: TraitBound[]; span: Span }
  | { kind: 'dynTrait'; bounds: TraitBound[]; span: Span };

// ---------------------------------------------------------------------------------------------
// Statements and blocks

export interface Block {
  stmts: Stmt[];
  /** The final expression without a semicolon, whose value is the block's value. */
  tail: Expr | null;
  span: Span;
}

export type Stmt =
  | { kind: 'let'; pattern: Pattern; type: TypeExpr | null; init: Expr | null; elseBlock: Block | null; span: Span }
  /**
   * An expression statement. `semi` is false for block-like expressions (if, match, loop, while,
   * for, block) written without a semicolon in a non-final position.
   */
  | { kind: 'expr'; expr: Expr; semi: boolean; span: Span }
  | { kind: 'item'; item: Item; span: Span };

// ---------------------------------------------------------------------------------------------
// Expressions

export type IntSuffix = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatSuffix = 'f32' | 'f64';

export type Literal =
  /** `42`, `0xff_u8`, `1_000i64`; an integer literal with a float suffix (`1f64`) is a float literal. */
  | { kind: 'int'; value: bigint; suffix: IntSuffix | null }
  | { kind: 'float'; value: number; suffix: FloatSuffix | null }
  /** String contents with escapes resolved; raw strings too. */
  | { kind: 'str'; value: string }
  /** One Unicode scalar value. */
  | { kind: 'char'; value: string }
  /** `b'a'` — a u8. */
  | { kind: 'byte'; value: number }
  /** `b"abc"` — a &[u8; N]. */
  | { kind: 'byteStr'; value: number[] }
  | { kind: 'bool'; value: boolean };

interface ExprBase {
  /** Unique within one Program. */
  id: number;
  span: Span;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '&&' | '||'
  | '&' | '|' | '^' | '<<' | '>>'
  | '==' | '!=' | '<' | '<=' | '>' | '>=';

export type CompoundOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

/** `let PATTERN = VALUE` as an `if` / `while` condition. */
export interface LetCondition {
  kind: 'letCondition';
  pattern: Pattern;
  value: Expr;
  span: Span;
}

export interface MatchArm {
  pattern: Pattern;
  guard: Expr | null;
  body: Expr;
  span: Span;
}

export interface ClosureParam {
  pattern: Pattern;
  type: TypeExpr | null;
  span: Span;
}

/** The arguments of a formatting macro: the format string literal, then positional and named arguments. */
export interface FormatArgs {
  /** The format string's contents (escapes resolved) and the span of the literal. */
  template: { value: string; span: Span };
  positional: Expr[];
  named: { name: Ident; value: Expr }[];
}

export type MacroCall =
  | { macro: 'vec'; form: 'list'; elems: Expr[] }
  | { macro: 'vec'; form: 'repeat'; value: Expr; count: Expr }
  /** format!, print!, println!, eprint!, eprintln!, panic!, unreachable!, todo!, unimplemented! — format null when called with no arguments. */
  | { macro: 'format' | 'print' | 'println' | 'eprint' | 'eprintln' | 'panic' | 'unreachable' | 'todo' | 'unimplemented'; format: FormatArgs | null }
  | { macro: 'write' | 'writeln'; target: Expr; format: FormatArgs | null }
  | { macro: 'assert' | 'debug_assert'; condition: Expr; message: FormatArgs | null }
  | { macro: 'assert_eq' | 'assert_ne' | 'debug_assert_eq' | 'debug_assert_ne'; left: Expr; right: Expr; message: FormatArgs | null }
  | { macro: 'matches'; scrutinee: Expr; pattern: Pattern; guard: Expr | null };

export type Expr = ExprBase &
  (
    | { kind: 'lit'; value: Literal }
    | { kind: 'path'; path: Path }
    | { kind: 'unary'; op: '-' | '!' | '*'; operand: Expr }
    | { kind: 'ref'; mutable: boolean; operand: Expr }
    | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; opSpan: Span }
    | { kind: 'assign'; target: Expr; value: Expr }
    | { kind: 'compoundAssign'; op: CompoundOp; target: Expr; value: Expr }
    | { kind: 'call'; callee: Expr; args: Expr[] }
    | { kind: 'methodCall'; receiver: Expr; method: Ident; generics: GenericArg[] | null; args: Expr[] }
    | { kind: 'field'; object: Expr; field: Ident }
    | { kind: 'tupleField'; object: Expr; index: number; indexSpan: Span }
    | { kind: 'index'; object: Expr; index: Expr }
    | { kind: 'if'; condition: Expr | LetCondition; then: Block; else: Block | (Expr & { kind: 'if' }) | null }
    | { kind: 'match'; scrutinee: Expr; arms: MatchArm[] }
    | { kind: 'while'; condition: Expr | LetCondition; body: Block; label: string | null }
    | { kind: 'loop'; body: Block; label: string | null }
    | { kind: 'for'; pattern: Pattern; iterable: Expr; body: Block; label: string | null }
    | { kind: 'block'; block: Block; label: string | null }
    | { kind: 'closure'; params: ClosureParam[]; returnType: TypeExpr | null; body: Expr; isMove: boolean }
    | { kind: 'return'; value: Expr | null }
    | { kind: 'break'; label: string | null; value: Expr | null }
    | { kind: 'continue'; label: string | null }
    | { kind: 'range'; start: Expr | null; end: Expr | null; inclusive: boolean }
    /** `()` is a tuple with no elements; `(x,)` has one; `(x)` is just x (parentheses are dropped). */
    | { kind: 'tuple'; elems: Expr[] }
    | { kind: 'array'; elems: Expr[] }
    | { kind: 'arrayRepeat'; value: Expr; count: Expr }
    | { kind: 'structLit'; path: Path; fields: { name: Ident; value: Expr; shorthand: boolean }[]; base: Expr | null }
    | { kind: 'cast'; expr: Expr; type: TypeExpr }
    | { kind: 'try'; expr: Expr }
    | ({ kind: 'macro'; name: Ident } & MacroCall)
  );

export type ExprKind = Expr['kind'];

// ---------------------------------------------------------------------------------------------
// Patterns

export type Pattern =
  | { kind: 'wild'; span: Span }
  /** `..` inside tuple, tuple-struct and slice patterns. */
  | { kind: 'rest'; span: Span }
  /**
   * A binding `x`, `mut x`, `ref x`, `ref mut x`, `x @ SUBPATTERN`. A bare identifier may turn out
   * to name a unit variant or constant (`None`, `MAX`); name resolution decides.
   */
  | { kind: 'ident'; name: Ident; mutable: boolean; byRef: 'ref' | 'refMut' | null; sub: Pattern | null; span: Span }
  /** A literal, possibly negated: `-1`. */
  | { kind: 'lit'; value: Literal; negative: boolean; span: Span }
  /** `1..=9`, `'a'..='z'`, `..=5`, `10..`; bounds are literals or paths to constants. */
  | { kind: 'range'; start: RangeBound | null; end: RangeBound | null; inclusive: boolean; span: Span }
  | { kind: 'tuple'; elems: Pattern[]; span: Span }
  | { kind: 'tupleStruct'; path: Path; elems: Pattern[]; span: Span }
  | { kind: 'struct'; path: Path; fields: { name: Ident; pattern: Pattern; shorthand: boolean }[]; hasRest: boolean; span: Span }
  /** A path of two or more segments (`Color::Red`, `i32::MAX`), or `Self`. */
  | { kind: 'path'; path: Path; span: Span }
  | { kind: 'ref'; mutable: boolean; pattern: Pattern; span: Span }
  | { kind: 'or'; alternatives: Pattern[]; span: Span }
  | { kind: 'slice'; elems: Pattern[]; span: Span };

export type RangeBound = { kind: 'lit'; value: Literal; negative: boolean; span: Span } | { kind: 'path'; path: Path; span: Span };
