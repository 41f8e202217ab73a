import type { Block, Expr, LetCondition, Pattern, Span, Stmt } from '../syntax/ast';
import { Unsupported } from './diagnostics';
import type { ProgramEnv } from './env';
import { checkExprKind } from './expr';
import { settleObligations } from './obligations';
import { checkPattern } from './patterns';
import type { Binding } from './typed';
import { bool, errorTy, never, unit, type Ty } from './types';

interface LoopContext {
  label: string | null;
  /** The type `break value` must have; null for `while`/`for`, which cannot break with a value. */
  breakTy: Ty | null;
  /** Whether some `break` targets this loop (a `loop` without one never ends). */
  broken: boolean;
}

interface ClosureContext {
  id: number;
  /** How many scopes existed when the closure started: bindings from these are captures. */
  outerScopes: number;
  captures: Map<number, Binding>;
  returnTy: Ty;
}

/** Checks one function body (or constant initializer): types, names, control flow. */
export class FnChecker {
  readonly scopes: Map<string, Binding>[] = [new Map()];
  readonly loops: LoopContext[] = [];
  readonly closures: ClosureContext[] = [];
  /** Set while checking an expression after which control cannot continue (return, break, panic!). */
  diverges = false;

  constructor(
    readonly env: ProgramEnv,
    readonly returnTy: Ty,
    readonly selfTy: Ty | null,
  ) {}

  get table() {
    return this.env.table;
  }

  /**
   * The type with pending trait obligations applied first, as rustc does before it needs to
   * know a type (method receivers, fields, operators).
   */
  known(ty: Ty): Ty {
    const t = this.table.shallow(ty);
    if (t.k !== 'var' || this.table.kindOf(t.id) !== 'general') return t;
    settleObligations(this.env);
    return this.table.shallow(ty);
  }

  // ---- scopes ------------------------------------------------------------------------------

  withScope<T>(body: () => T): T {
    this.scopes.push(new Map());
    try {
      return body();
    } finally {
      this.scopes.pop();
    }
  }

  declare(binding: Binding): void {
    this.scopes[this.scopes.length - 1]!.set(binding.name, binding);
  }

  lookup(name: string): Binding | null {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const binding = this.scopes[i]!.get(name);
      if (!binding) continue;
      // A binding from outside the innermost closures is captured by each of them.
      for (const closure of this.closures) if (i < closure.outerScopes) closure.captures.set(binding.id, binding);
      return binding;
    }
    return null;
  }

  /** The return type of the innermost function or closure. */
  currentReturnTy(): Ty {
    return this.closures[this.closures.length - 1]?.returnTy ?? this.returnTy;
  }

  enterClosure(id: number, returnTy: Ty): ClosureContext {
    const context: ClosureContext = { id, outerScopes: this.scopes.length, captures: new Map(), returnTy };
    this.closures.push(context);
    return context;
  }

  exitClosure(): void {
    this.closures.pop();
  }

  // ---- loops -------------------------------------------------------------------------------

  withLoop<T>(label: string | null, breakTy: Ty | null, body: (loop: LoopContext) => T): T {
    const loop: LoopContext = { label, breakTy, broken: false };
    // A closure body cannot break out of loops around the closure.
    const saved = this.closures.length > 0 ? this.loops.splice(0) : [];
    this.loops.push(loop);
    try {
      return body(loop);
    } finally {
      this.loops.pop();
      this.loops.unshift(...saved);
    }
  }

  findLoop(label: string | null, span: Span): LoopContext {
    const loop = label === null ? this.loops[this.loops.length - 1] : [...this.loops].reverse().find((l) => l.label === label);
    if (!loop) {
      if (label !== null) {
        this.env.report('resolve', 'E0426', `use of undeclared label \`${label}\``, span);
      } else {
        this.env.report('typeck', 'E0268', '`break` outside of a loop or labeled block', span);
      }
      return { label, breakTy: null, broken: true };
    }
    return loop;
  }

  // ---- checking ----------------------------------------------------------------------------

  /** Checks an expression, recording its type. `expected` guides inference but is not enforced. */
  check(expr: Expr, expected: Ty | null = null): Ty {
    const ty = checkExprKind(this, expr, expected);
    this.env.out.types.set(expr.id, ty);
    this.env.out.exprs.set(expr.id, expr);
    if (this.table.shallow(ty).k === 'never') this.diverges = true;
    return ty;
  }

  /** Checks an expression and coerces it to `expected`, reporting E0308 when it cannot be. */
  checkCoerce(expr: Expr, expected: Ty): Ty {
    const found = this.check(expr, expected);
    this.coerce(found, expected, expr.span);
    return expected;
  }

  /** Coerces a value of type `found` to `expected` (deref and unsize coercions), or reports E0308. */
  coerce(found: Ty, expected: Ty, span: Span): boolean {
    if (this.tryCoerce(found, expected)) return true;
    this.mismatch(expected, found, span);
    return false;
  }

  tryCoerce(found: Ty, expected: Ty): boolean {
    const table = this.table;
    const f = table.shallow(found);
    const e = table.shallow(expected);
    if (f.k === 'never' || f.k === 'error' || e.k === 'error') return true;
    if (e.k === 'ref' && f.k === 'ref' && (!e.mut || f.mut)) {
      // &mut T → &T, then deref coercions: &String → &str, &Vec<T> → &[T], &[T; N] → &[T], &Box<T> → &T, &&T → &T.
      let inner: Ty = f.inner;
      for (let steps = 0; steps < 4; steps++) {
        const snapshot = table.snapshot();
        if (!table.unify(e.inner, inner)) return true;
        table.rollback(snapshot);
        const next = derefTarget(table.shallow(inner), table.shallow(e.inner));
        if (!next) break;
        inner = next;
      }
      return false;
    }
    if (e.k === 'fn' && e.origin === 'pointer' && f.k === 'fn') {
      return table.unify({ ...e, origin: f.origin }, f) === null;
    }
    return table.unify(expected, found) === null;
  }

  mismatch(expected: Ty, found: Ty, span: Span): void {
    const e = this.table.shallow(expected);
    const f = this.table.shallow(found);
    if (e.k === 'error' || f.k === 'error') return;
    this.env.report('typeck', 'E0308', `mismatched types: expected \`${this.env.show(expected)}\`, found \`${this.env.show(found)}\``, span);
  }

  /** Unifies two types that must be equal (no coercion), reporting E0308. */
  demandEqual(expected: Ty, found: Ty, span: Span): boolean {
    if (!this.table.unify(expected, found)) return true;
    this.mismatch(expected, found, span);
    return false;
  }

  checkBlock(block: Block, expected: Ty | null): Ty {
    return this.withScope(() => {
      const divergedBefore = this.diverges;
      this.diverges = false;
      for (const stmt of block.stmts) this.checkStmt(stmt);
      let ty: Ty;
      if (block.tail) {
        ty = expected ? this.checkCoerce(block.tail, expected) : this.check(block.tail, null);
      } else {
        ty = this.diverges ? never : unit;
        if (expected && !this.diverges) this.coerceUnitBlock(block, expected);
      }
      const diverged = this.diverges;
      this.diverges = divergedBefore || diverged;
      return diverged && !block.tail ? never : ty;
    });
  }

  /** A block without a final expression has type (); a value was expected. */
  private coerceUnitBlock(block: Block, expected: Ty): void {
    const e = this.table.shallow(expected);
    if (e.k === 'var' && this.table.kindOf(e.id) === 'general') {
      this.table.unify(expected, unit);
      return;
    }
    if (this.table.unify(expected, unit) === null) return;
    const last = block.stmts[block.stmts.length - 1];
    const span = last && last.kind === 'expr' && !last.semi ? last.expr.span : block.span;
    this.mismatch(expected, unit, span);
  }

  checkStmt(stmt: Stmt): void {
    switch (stmt.kind) {
      case 'item':
        return;
      case 'expr': {
        const ty = this.check(stmt.expr, stmt.semi ? null : unit);
        if (!stmt.semi) {
          // A block-like expression statement must have type ().
          if (this.table.unify(unit, ty) !== null && this.table.shallow(ty).k !== 'never') this.mismatch(unit, ty, stmt.expr.span);
        }
        return;
      }
      case 'let': {
        const declared = stmt.type ? this.env.lowerType(stmt.type, this.selfTy, true) : null;
        let ty: Ty;
        if (stmt.init) {
          ty = declared ? this.checkCoerce(stmt.init, declared) : this.check(stmt.init, null);
        } else {
          ty = declared ?? this.table.fresh();
        }
        if (stmt.elseBlock) {
          const elseTy = this.checkBlock(stmt.elseBlock, null);
          if (this.table.shallow(elseTy).k !== 'never') {
            this.env.report('typeck', 'E0308', '`else` clause of `let...else` does not diverge', stmt.elseBlock.span);
          }
          this.diverges = false;
        }
        checkPattern(this, stmt.pattern, ty, 'move', { deferredInit: stmt.init === null, refutable: stmt.elseBlock !== null });
        return;
      }
    }
  }

  /** Checks an `if`/`while` condition: a bool expression or `let PATTERN = VALUE` (whose bindings go in the current scope). */
  checkCondition(condition: Expr | LetCondition): void {
    if (condition.kind === 'letCondition') {
      const ty = this.check(condition.value, null);
      checkPattern(this, condition.pattern, ty, 'move', { deferredInit: false, refutable: true });
      return;
    }
    const ty = this.check(condition, bool);
    this.coerce(ty, bool, condition.span);
  }

  /** Checks a refutable pattern (matches!, if let) in the current scope. */
  checkPatternIn(pattern: Pattern, ty: Ty): void {
    checkPattern(this, pattern, ty, 'move', { deferredInit: false, refutable: true });
  }

  unsupported(construct: string, span: Span): never {
    throw new Unsupported(construct, span);
  }

  /** The error type, for expressions whose error is already reported. */
  readonly error = errorTy;
}

/** One deref-coercion step from `inner` towards `target`, or null. */
function derefTarget(inner: Ty, target: Ty): Ty | null {
  if (inner.k === 'ref') return inner.inner;
  if (inner.k === 'adt' && inner.name === 'String' && (target.k === 'str' || target.k === 'var')) return { k: 'str' };
  if (inner.k === 'adt' && inner.name === 'Vec') return { k: 'slice', elem: inner.args[0]! };
  if (inner.k === 'adt' && inner.name === 'Box') return inner.args[0]!;
  if (inner.k === 'array' && target.k === 'slice') return { k: 'slice', elem: inner.elem };
  return null;
}
