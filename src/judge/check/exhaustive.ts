import type { Block, Expr, Literal, Pattern, Program, Stmt } from '../syntax/ast';
import { intConstant, intMax, intMin } from '../run/integers';
import { Unsupported } from './diagnostics';
import type { ProgramEnv } from './env';
import type { ValueRes } from './typed';
import type { Ty } from './types';

/**
 * Match checking (rustc's usefulness algorithm): every `match` must cover all values of its
 * scrutinee's type (E0004), and `let` / parameter / `for` patterns must be irrefutable (E0005).
 */

type Ctor =
  | { kind: 'variant'; name: string }
  | { kind: 'range'; lo: bigint; hi: bigint }
  | { kind: 'single' }
  /** A value of a type with infinitely many values (str, floats): only a wildcard covers them all. */
  | { kind: 'opaque'; key: string };

type DPat = { kind: 'wild' } | { kind: 'ctor'; ctor: Ctor; fields: DPat[] } | { kind: 'or'; alternatives: DPat[] };

const WILD: DPat = { kind: 'wild' };

export function checkExhaustiveness(env: ProgramEnv, program: Program): void {
  const checker = new MatchChecker(env);
  walkProgram(
    program,
    (expr) => {
      if (expr.kind === 'match') checker.checkMatch(expr);
    },
    (stmt) => {
      const ty = stmt.init ? env.out.types.get(stmt.init.id) : undefined;
      if (ty && !stmt.elseBlock) checker.checkIrrefutable(stmt.pattern, ty, stmt.pattern.span);
    },
  );
}

class MatchChecker {
  constructor(private readonly env: ProgramEnv) {}

  checkMatch(expr: Extract<Expr, { kind: 'match' }>): void {
    const ty = this.env.out.types.get(expr.scrutinee.id);
    if (!ty) return;
    const rows = expr.arms.filter((arm) => !arm.guard).map((arm) => [this.lower(arm.pattern, ty)]);
    const witness = this.missing(rows, [ty]);
    if (witness) {
      this.env.report('match', 'E0004', `non-exhaustive patterns: \`${witness}\` not covered`, expr.scrutinee.span);
    }
  }

  checkIrrefutable(pattern: Pattern, ty: Ty, span: Pattern['span']): void {
    const witness = this.missing([[this.lower(pattern, ty)]], [ty]);
    if (witness) this.env.report('match', 'E0005', `refutable pattern in local binding: \`${witness}\` not covered`, span);
  }

  /** A value (shown as Rust source) no row matches, or null when the rows are exhaustive. */
  missing(rows: DPat[][], types: Ty[]): string | null {
    const witness = this.useful(rows, types.map(() => WILD), types);
    return witness ? witness[0] ?? '_' : null;
  }

  /** Whether `vector` matches a value no row matches; returns that value's shape per column. */
  private useful(rows: DPat[][], vector: DPat[], types: Ty[]): string[] | null {
    if (vector.length === 0) return rows.length === 0 ? [] : null;
    const [head, ...rest] = vector as [DPat, ...DPat[]];
    const [ty, ...restTypes] = types as [Ty, ...Ty[]];
    const expanded = rows.flatMap((row) => expandOr(row));
    if (head.kind === 'or') {
      for (const alt of head.alternatives) {
        const w = this.useful(expanded, [alt, ...rest], types);
        if (w) return w;
      }
      return null;
    }
    if (head.kind === 'ctor') {
      const sub = this.useful(this.specialize(expanded, head.ctor, ty), [...head.fields, ...rest], [...this.fieldTypes(head.ctor, ty), ...restTypes]);
      return sub ? [this.show(head.ctor, ty, sub.slice(0, head.fields.length)), ...sub.slice(head.fields.length)] : null;
    }
    const used = expanded.map((row) => row[0]!).filter((p): p is Extract<DPat, { kind: 'ctor' }> => p.kind === 'ctor').map((p) => p.ctor);
    // Only wildcards head this column: they cover it whole, so only the remaining columns matter
    // (without this, `let a = [0; 100_000];` would expand into 100 000 columns).
    const all = used.length === 0 && expanded.length > 0 ? null : this.allCtors(ty, used);
    if (all) {
      for (const ctor of all) {
        const arity = this.fieldTypes(ctor, ty);
        const sub = this.useful(this.specialize(expanded, ctor, ty), [...arity.map(() => WILD), ...rest], [...arity, ...restTypes]);
        if (sub) return [this.show(ctor, ty, sub.slice(0, arity.length)), ...sub.slice(arity.length)];
      }
      return null;
    }
    // Not every constructor is listed: only rows starting with a wildcard can cover the rest.
    const defaults = expanded.filter((row) => row[0]!.kind === 'wild').map((row) => row.slice(1));
    const sub = this.useful(defaults, rest, restTypes);
    return sub ? ['_', ...sub] : null;
  }

  private specialize(rows: DPat[][], ctor: Ctor, ty: Ty): DPat[][] {
    const arity = this.fieldTypes(ctor, ty).length;
    const out: DPat[][] = [];
    for (const row of rows) {
      const [first, ...rest] = row as [DPat, ...DPat[]];
      if (first.kind === 'wild') out.push([...Array.from({ length: arity }, () => WILD), ...rest]);
      else if (first.kind === 'ctor' && covers(first.ctor, ctor)) out.push([...first.fields, ...rest]);
    }
    return out;
  }

  /**
   * Every constructor of the type, split so each is either wholly inside or outside the ranges
   * `used` mentions; null when the type has infinitely many (or unlisted) constructors not all used.
   */
  private allCtors(ty: Ty, used: Ctor[]): Ctor[] | null {
    const t = stripRefs(ty);
    switch (t.k) {
      case 'bool':
        return [{ kind: 'range', lo: 0n, hi: 0n }, { kind: 'range', lo: 1n, hi: 1n }];
      case 'int':
        return splitRanges([[intMin(t.ty), intMax(t.ty)]], used);
      case 'char':
        return splitRanges([[0n, 0xd7ffn], [0xe000n, 0x10ffffn]], used);
      case 'tuple':
      case 'array':
        return [{ kind: 'single' }];
      case 'adt': {
        const names = this.variantNames(t);
        if (names) return names.map((name) => ({ kind: 'variant', name }));
        if (this.env.info.structs.has(t.name)) return [{ kind: 'single' }];
        return null;
      }
      default:
        return null;
    }
  }

  private variantNames(t: Extract<Ty, { k: 'adt' }>): string[] | null {
    if (t.name === 'Option') return ['None', 'Some'];
    if (t.name === 'Result') return ['Ok', 'Err'];
    if (t.name === 'Ordering') return ['Less', 'Equal', 'Greater'];
    const decl = this.env.info.enums.get(t.name);
    return decl ? decl.variants.map((v) => v.name.name) : null;
  }

  private fieldTypes(ctor: Ctor, ty: Ty): Ty[] {
    const t = stripRefs(ty);
    if (ctor.kind === 'range' || ctor.kind === 'opaque') return [];
    if (t.k === 'tuple') return t.elems;
    if (t.k === 'array') return Array.from({ length: t.len }, () => t.elem);
    if (t.k !== 'adt') return [];
    if (ctor.kind === 'variant') {
      if (t.name === 'Option') return ctor.name === 'Some' ? [t.args[0]!] : [];
      if (t.name === 'Result') return [ctor.name === 'Ok' ? t.args[0]! : t.args[1]!];
      if (t.name === 'Ordering') return [];
      return this.env.out.fieldTypes(t.name, ctor.name).map((f) => f.ty);
    }
    return this.env.out.fieldTypes(t.name, null).map((f) => f.ty);
  }

  /** Lowers a checked pattern to constructors and wildcards. */
  lower(pattern: Pattern, ty: Ty): DPat {
    const t = stripRefs(ty);
    switch (pattern.kind) {
      case 'wild':
      case 'rest':
        return WILD;
      case 'ident': {
        const res = this.env.out.patterns.get(pattern);
        if (res?.k === 'value') return this.valuePattern(res.res, t, pattern.span);
        return pattern.sub ? this.lower(pattern.sub, ty) : WILD;
      }
      case 'lit':
        return literalPattern(pattern.value, pattern.negative, t);
      case 'range': {
        const bound = (b: typeof pattern.start, fallback: bigint) => (b ? this.boundValue(b, t) : fallback);
        const [min, max] = t.k === 'int' ? [intMin(t.ty), intMax(t.ty)] : [0n, 0x10ffffn];
        const lo = bound(pattern.start, min);
        const hi = pattern.end ? this.boundValue(pattern.end, t) - (pattern.inclusive ? 0n : 1n) : max;
        return { kind: 'ctor', ctor: { kind: 'range', lo, hi }, fields: [] };
      }
      case 'tuple': {
        if (t.k !== 'tuple') return WILD;
        return { kind: 'ctor', ctor: { kind: 'single' }, fields: this.sequence(pattern.elems, t.elems) };
      }
      case 'tupleStruct':
      case 'struct':
      case 'path': {
        const res = this.env.out.patterns.get(pattern);
        if (!res || res.k !== 'value') return WILD;
        if (res.res.k !== 'ctor') return this.valuePattern(res.res, t, pattern.span);
        const ctor: Ctor = res.res.variant ? { kind: 'variant', name: res.res.variant } : { kind: 'single' };
        const fields = this.fieldTypes(ctor, t);
        if (pattern.kind === 'tupleStruct') return { kind: 'ctor', ctor, fields: this.sequence(pattern.elems, fields) };
        if (pattern.kind === 'struct') {
          const decl = this.env.out.fieldTypes((t as Extract<Ty, { k: 'adt' }>).name, res.res.variant);
          return {
            kind: 'ctor',
            ctor,
            fields: decl.map((f) => {
              const given = pattern.fields.find((p) => p.name.name === f.name);
              return given ? this.lower(given.pattern, f.ty) : WILD;
            }),
          };
        }
        return { kind: 'ctor', ctor, fields: fields.map(() => WILD) };
      }
      case 'ref':
        return this.lower(pattern.pattern, t);
      case 'or':
        return { kind: 'or', alternatives: pattern.alternatives.map((p) => this.lower(p, ty)) };
      case 'slice': {
        if (t.k === 'array' && !pattern.elems.some((p) => p.kind === 'rest')) {
          return { kind: 'ctor', ctor: { kind: 'single' }, fields: pattern.elems.map((p) => this.lower(p, t.elem)) };
        }
        if (pattern.elems.length === 1 && pattern.elems[0]!.kind === 'rest') return WILD;
        throw new Unsupported('exhaustiveness of slice patterns', pattern.span);
      }
    }
  }

  private sequence(patterns: Pattern[], types: Ty[]): DPat[] {
    const restIndex = patterns.findIndex((p) => p.kind === 'rest');
    if (restIndex < 0) return patterns.map((p, i) => this.lower(p, types[i]!));
    const before = patterns.slice(0, restIndex);
    const after = patterns.slice(restIndex + 1);
    return types.map((ty, i) => {
      if (i < before.length) return this.lower(before[i]!, ty);
      const fromEnd = types.length - i;
      if (fromEnd <= after.length) return this.lower(after[after.length - fromEnd]!, ty);
      return WILD;
    });
  }

  private valuePattern(res: ValueRes, t: Ty, span: Pattern['span']): DPat {
    if (res.k === 'ctor') {
      return { kind: 'ctor', ctor: res.variant ? { kind: 'variant', name: res.variant } : { kind: 'single' }, fields: [] };
    }
    if (res.k === 'std' && res.fn.isConst && t.k === 'int') {
      const value = intConstant(t.ty, res.fn.path.split('::').pop()!);
      if (value) return { kind: 'ctor', ctor: { kind: 'range', lo: value.v, hi: value.v }, fields: [] };
    }
    if (res.k === 'const' && res.decl.value?.kind === 'lit') {
      const value = res.decl.value.value;
      return literalPattern(value, false, t);
    }
    throw new Unsupported('exhaustiveness of patterns naming constants', span);
  }

  private boundValue(bound: NonNullable<Extract<Pattern, { kind: 'range' }>['start']>, t: Ty): bigint {
    if (bound.kind === 'lit') {
      const lit = bound.value;
      if (lit.kind === 'int') return bound.negative ? -lit.value : lit.value;
      if (lit.kind === 'char') return BigInt(lit.value.codePointAt(0)!);
      if (lit.kind === 'byte') return BigInt(lit.value);
    }
    if (bound.kind === 'path' && t.k === 'int') {
      const last = bound.path.segments[bound.path.segments.length - 1]!.name;
      if (last === 'MAX') return intMax(t.ty);
      if (last === 'MIN') return intMin(t.ty);
    }
    throw new Unsupported('this range pattern bound', bound.span);
  }

  private show(ctor: Ctor, ty: Ty, fields: string[]): string {
    const t = stripRefs(ty);
    if (ctor.kind === 'range') {
      if (t.k === 'bool') return ctor.lo === 1n ? 'true' : 'false';
      if (t.k === 'char') return `'${String.fromCodePoint(Number(ctor.lo))}'`;
      return ctor.lo === ctor.hi ? `${ctor.lo}_${(t as { ty: string }).ty}` : `${ctor.lo}_${(t as { ty: string }).ty}..=${ctor.hi}_${(t as { ty: string }).ty}`;
    }
    if (ctor.kind === 'opaque') return '_';
    const args = fields.length > 0 ? `(${fields.join(', ')})` : '';
    if (ctor.kind === 'variant') {
      const prefix = t.k === 'adt' && this.env.info.enums.has(t.name) ? `${t.name}::` : t.k === 'adt' && t.name === 'Ordering' ? 'Ordering::' : '';
      return `${prefix}${ctor.name}${args}`;
    }
    if (t.k === 'tuple') return `(${fields.join(', ')})`;
    if (t.k === 'array') return `[${fields.join(', ')}]`;
    return t.k === 'adt' ? `${t.name}${fields.length > 0 ? ` { .. }` : ''}` : '_';
  }
}

function stripRefs(ty: Ty): Ty {
  let t = ty;
  while (t.k === 'ref') t = t.inner;
  return t;
}

function expandOr(row: DPat[]): DPat[][] {
  const [first, ...rest] = row;
  if (!first || first.kind !== 'or') return [row];
  return first.alternatives.flatMap((alt) => expandOr([alt, ...rest]));
}

function covers(p: Ctor, c: Ctor): boolean {
  if (p.kind === 'range' && c.kind === 'range') return p.lo <= c.lo && c.hi <= p.hi;
  if (p.kind === 'variant' && c.kind === 'variant') return p.name === c.name;
  if (p.kind === 'opaque' && c.kind === 'opaque') return p.key === c.key;
  return p.kind === 'single' && c.kind === 'single';
}

function literalPattern(lit: Literal, negative: boolean, t: Ty): DPat {
  switch (lit.kind) {
    case 'int':
      if (t.k === 'float') return { kind: 'ctor', ctor: { kind: 'opaque', key: `f${lit.value}` }, fields: [] };
      return range(negative ? -lit.value : lit.value);
    case 'bool':
      return range(lit.value ? 1n : 0n);
    case 'char':
      return range(BigInt(lit.value.codePointAt(0)!));
    case 'byte':
      return range(BigInt(lit.value));
    case 'str':
      return { kind: 'ctor', ctor: { kind: 'opaque', key: `s${lit.value}` }, fields: [] };
    case 'float':
      return { kind: 'ctor', ctor: { kind: 'opaque', key: `f${negative ? -lit.value : lit.value}` }, fields: [] };
    case 'byteStr':
      return { kind: 'ctor', ctor: { kind: 'opaque', key: `b${lit.value.join(',')}` }, fields: [] };
  }
}

function range(v: bigint): DPat {
  return { kind: 'ctor', ctor: { kind: 'range', lo: v, hi: v }, fields: [] };
}

/** Splits the type's value intervals at every boundary the used ranges have. */
function splitRanges(domain: [bigint, bigint][], used: Ctor[]): Ctor[] {
  const cuts = new Set<bigint>();
  for (const c of used) {
    if (c.kind !== 'range') continue;
    cuts.add(c.lo);
    cuts.add(c.hi + 1n);
  }
  const out: Ctor[] = [];
  for (const [lo, hi] of domain) {
    const points = [...cuts].filter((p) => p > lo && p <= hi).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let start = lo;
    for (const p of points) {
      out.push({ kind: 'range', lo: start, hi: p - 1n });
      start = p;
    }
    out.push({ kind: 'range', lo: start, hi });
  }
  return out;
}

/** Visits every expression and every `let` statement in the program's functions. */
function walkProgram(program: Program, onExpr: (expr: Expr) => void, onLet: (stmt: Extract<Stmt, { kind: 'let' }>) => void): void {
  const visitBlock = (block: Block): void => {
    block.stmts.forEach(visitStmt);
    if (block.tail) visitExpr(block.tail);
  };
  const visitStmt = (stmt: Stmt): void => {
    if (stmt.kind === 'expr') visitExpr(stmt.expr);
    else if (stmt.kind === 'let') {
      onLet(stmt);
      if (stmt.init) visitExpr(stmt.init);
      if (stmt.elseBlock) visitBlock(stmt.elseBlock);
    }
  };
  const visitExpr = (expr: Expr): void => {
    onExpr(expr);
    forEachChild(expr, visitExpr, visitBlock);
  };
  for (const item of program.items) visitItem(item, visitBlock);
}

function visitItem(item: Program['items'][number], visitBlock: (block: Block) => void): void {
  if (item.kind === 'fn' && item.body) visitBlock(item.body);
  if (item.kind === 'impl') for (const inner of item.items) if (inner.kind === 'fn' && inner.body) visitBlock(inner.body);
}

/** The direct sub-expressions and blocks of an expression. */
export function forEachChild(expr: Expr, onExpr: (e: Expr) => void, onBlock: (b: Block) => void): void {
  const each = (e: Expr | null | undefined) => {
    if (e) onExpr(e);
  };
  switch (expr.kind) {
    case 'unary':
    case 'ref':
      return each(expr.operand);
    case 'binary':
      each(expr.left);
      return each(expr.right);
    case 'assign':
    case 'compoundAssign':
      each(expr.target);
      return each(expr.value);
    case 'call':
      each(expr.callee);
      return expr.args.forEach(each);
    case 'methodCall':
      each(expr.receiver);
      return expr.args.forEach(each);
    case 'field':
    case 'tupleField':
      return each(expr.object);
    case 'index':
      each(expr.object);
      return each(expr.index);
    case 'if':
      each(expr.condition.kind === 'letCondition' ? expr.condition.value : expr.condition);
      onBlock(expr.then);
      if (expr.else) 'kind' in expr.else ? each(expr.else) : onBlock(expr.else);
      return;
    case 'match':
      each(expr.scrutinee);
      return expr.arms.forEach((arm) => {
        each(arm.guard);
        each(arm.body);
      });
    case 'while':
      each(expr.condition.kind === 'letCondition' ? expr.condition.value : expr.condition);
      return onBlock(expr.body);
    case 'loop':
      return onBlock(expr.body);
    case 'for':
      each(expr.iterable);
      return onBlock(expr.body);
    case 'block':
      return onBlock(expr.block);
    case 'closure':
      return each(expr.body);
    case 'return':
    case 'break':
      return each(expr.value);
    case 'range':
      each(expr.start);
      return each(expr.end);
    case 'tuple':
    case 'array':
      return expr.elems.forEach(each);
    case 'arrayRepeat':
      each(expr.value);
      return each(expr.count);
    case 'structLit':
      expr.fields.forEach((f) => each(f.value));
      return each(expr.base);
    case 'cast':
    case 'try':
      return each(expr.expr);
    case 'macro':
      switch (expr.macro) {
        case 'vec':
          if (expr.form === 'list') expr.elems.forEach(each);
          else {
            each(expr.value);
            each(expr.count);
          }
          return;
        case 'write':
        case 'writeln':
          each(expr.target);
          expr.format?.positional.forEach(each);
          expr.format?.named.forEach((n) => each(n.value));
          return;
        case 'assert':
        case 'debug_assert':
          each(expr.condition);
          expr.message?.positional.forEach(each);
          return;
        case 'assert_eq':
        case 'assert_ne':
        case 'debug_assert_eq':
        case 'debug_assert_ne':
          each(expr.left);
          each(expr.right);
          expr.message?.positional.forEach(each);
          return;
        case 'matches':
          each(expr.scrutinee);
          return each(expr.guard);
        default:
          expr.format?.positional.forEach(each);
          expr.format?.named.forEach((n) => each(n.value));
          return;
      }
    default:
      return;
  }
}
