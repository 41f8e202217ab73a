import type { Block, Expr, FnDecl, Program, Stmt } from '../syntax/ast';
import { intBinary, intConstant, intNeg, makeInt } from '../run/integers';
import { Panic, type IntValue } from '../run/values';
import type { ProgramEnv } from './env';
import { forEachChild } from './exhaustive';
import type { Ty } from './types';

/**
 * rustc's deny-by-default lints on constant operations, which make a program fail to compile:
 * `arithmetic_overflow` (`i32::MIN - 1`, `255u8 + 1`) and `unconditional_panic` (`arr[5]` on a
 * five-element array, `x / 0`). Like rustc's constant propagation, values flow through
 * immutable variables initialized with constants.
 */
export function checkConstLints(env: ProgramEnv, program: Program): void {
  const fns: FnDecl[] = [];
  for (const item of program.items) {
    if (item.kind === 'fn') fns.push(item);
    if (item.kind === 'impl') for (const inner of item.items) if (inner.kind === 'fn') fns.push(inner);
  }
  for (const fn of fns) if (fn.body) new ConstLinter(env).block(fn.body);
}

class ConstLinter {
  /** Known constant values of immutable integer variables, by binding id. */
  readonly #known = new Map<number, IntValue>();
  readonly #reported = new Set<number>();

  constructor(private readonly env: ProgramEnv) {}

  block(block: Block): void {
    block.stmts.forEach((stmt) => this.stmt(stmt));
    if (block.tail) this.visit(block.tail);
  }

  private stmt(stmt: Stmt): void {
    if (stmt.kind === 'expr') this.visit(stmt.expr);
    if (stmt.kind !== 'let' || !stmt.init) return;
    this.visit(stmt.init);
    const res = this.env.out.patterns.get(stmt.pattern);
    if (res?.k === 'binding' && !res.binding.mutable && stmt.pattern.kind === 'ident') {
      const value = this.evaluate(stmt.init);
      if (value) this.#known.set(res.binding.id, value);
    }
  }

  private visit(expr: Expr): void {
    if (expr.kind === 'binary' || expr.kind === 'unary') this.evaluate(expr);
    if (expr.kind === 'compoundAssign' && (expr.op === '/' || expr.op === '%')) {
      const divisor = this.evaluate(expr.value);
      if (divisor && divisor.v === 0n) this.lint(expr, 'unconditional_panic', 'this operation will panic at runtime');
    }
    if (expr.kind === 'index') this.index(expr);
    forEachChild(expr, (child) => this.visit(child), (block) => this.block(block));
  }

  private index(expr: Extract<Expr, { kind: 'index' }>): void {
    const objectTy = this.env.table.resolve(this.env.out.types.get(expr.object.id) ?? { k: 'error' });
    const array = stripRefs(objectTy);
    if (array.k !== 'array') return;
    const index = this.evaluate(expr.index);
    if (index && index.v >= BigInt(array.len)) this.lint(expr, 'unconditional_panic', 'this operation will panic at runtime');
  }

  /** The constant integer value of an expression, or null; overflow in a constant operation is linted. */
  private evaluate(expr: Expr): IntValue | null {
    const ty = this.env.table.resolve(this.env.out.types.get(expr.id) ?? { k: 'error' });
    switch (expr.kind) {
      case 'lit':
        return expr.value.kind === 'int' && ty.k === 'int' ? safeInt(ty, expr.value.value) : null;
      case 'path': {
        const res = this.env.out.values.get(expr.id);
        if (res?.k === 'local') return this.#known.get(res.binding.id) ?? null;
        if (res?.k === 'std' && res.fn.isConst && ty.k === 'int') {
          const name = res.fn.path.split('::').pop()!;
          return intConstant(ty.ty, name) ?? null;
        }
        if (res?.k === 'const' && res.decl.value) return this.evaluate(res.decl.value);
        return null;
      }
      case 'unary': {
        if (expr.op !== '-') return null;
        const operand = this.evaluate(expr.operand);
        if (!operand) return null;
        // `-128i8` is a literal, not a negation that overflows.
        if (expr.operand.kind === 'lit' && ty.k === 'int') return safeInt(ty, -operand.v);
        return this.attempt(expr, () => intNeg(operand));
      }
      case 'binary': {
        if (!['+', '-', '*', '/', '%', '<<', '>>'].includes(expr.op)) return null;
        const left = this.evaluate(expr.left);
        const right = this.evaluate(expr.right);
        if (right && right.v === 0n && (expr.op === '/' || expr.op === '%') && ty.k === 'int') {
          this.lint(expr, 'unconditional_panic', 'this operation will panic at runtime');
          return null;
        }
        if (!left || !right || left.ty !== right.ty && expr.op !== '<<' && expr.op !== '>>') return null;
        return this.attempt(expr, () => intBinary(expr.op as Parameters<typeof intBinary>[0], left, right));
      }
      default:
        return null;
    }
  }

  private attempt(expr: Expr, operation: () => IntValue): IntValue | null {
    try {
      return operation();
    } catch (error) {
      if (!(error instanceof Panic)) throw error;
      const division = /divide|remainder/.test(error.panicMessage) && !/overflow/.test(error.panicMessage);
      this.lint(expr, division ? 'unconditional_panic' : 'arithmetic_overflow', division ? 'this operation will panic at runtime' : 'this arithmetic operation will overflow');
      return null;
    }
  }

  private lint(expr: Expr, code: string, message: string): void {
    if (this.#reported.has(expr.id)) return;
    this.#reported.add(expr.id);
    this.env.report('lint', code, message, expr.span);
  }
}

function safeInt(ty: Extract<Ty, { k: 'int' }>, v: bigint): IntValue | null {
  try {
    return makeInt(ty.ty, v);
  } catch {
    return null;
  }
}

function stripRefs(ty: Ty): Ty {
  let t = ty;
  while (t.k === 'ref') t = t.inner;
  return t;
}
