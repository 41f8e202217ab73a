import type { Block, Expr, FnDecl, Pattern, Program, Span, Stmt } from '../syntax/ast';
import type { ProgramEnv } from './env';
import { forEachChild } from './exhaustive';
import type { Binding } from './typed';
import type { Ty } from './types';

/**
 * The borrow rules small programs break, checked on the typed AST: assigning to immutable
 * variables (E0384, E0594), mutable borrows of immutable places (E0596), use after move
 * (E0382), moves out of borrowed data (E0507), and the clear borrow conflicts (E0499, E0502):
 * mutating a collection while a loop or a live reference borrows it, two `&mut` of one value in
 * one call. It is conservative: it reports only what rustc certainly reports.
 */
export function checkBorrows(env: ProgramEnv, program: Program): void {
  const fns: FnDecl[] = [];
  for (const item of program.items) {
    if (item.kind === 'fn') fns.push(item);
    if (item.kind === 'impl') for (const inner of item.items) if (inner.kind === 'fn') fns.push(inner);
  }
  for (const fn of fns) if (fn.body) new BodyChecker(env).checkBody(fn.body);
}

type Use = 'move' | 'read' | 'borrow' | 'borrowMut' | 'assign' | 'assignOp';

/** Which variables may have been moved at a point of the program. */
interface MoveState {
  moved: Map<number, Span>;
  /** After `return` / `break` / `continue`: nothing after this point runs. */
  dead: boolean;
}

const cloneState = (s: MoveState): MoveState => ({ moved: new Map(s.moved), dead: s.dead });
function merge(a: MoveState, b: MoveState): MoveState {
  if (a.dead) return cloneState(b);
  if (b.dead) return cloneState(a);
  const moved = new Map(a.moved);
  for (const [k, v] of b.moved) if (!moved.has(k)) moved.set(k, v);
  return { moved, dead: false };
}

/** Where an expression's value lives: a variable, possibly reached through fields, indexes and dereferences. */
interface PlaceInfo {
  binding: Binding;
  /** The innermost dereference crossed on the way, if any: its mutability decides writes. */
  through: 'none' | 'shared' | 'mut' | 'box';
  text: string;
  /** An index of a Vec / VecDeque / HashMap (IndexMut) was crossed. */
  overloadedIndex: boolean;
}

class BodyChecker {
  readonly #reported = new Set<string>();
  /** Deferred-init variables (`let x;`) assigned so far, and loops they were declared outside of. */
  readonly #loopDepth = new Map<number, number>();
  #depth = 0;

  constructor(private readonly env: ProgramEnv) {}

  checkBody(body: Block): void {
    this.block(body, { moved: new Map(), dead: false }, 'move');
    this.conflicts(body);
  }

  private report(code: string, message: string, span: Span): void {
    const key = `${code}:${span.line}:${span.column}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.env.report('borrowck', code, message, span);
  }

  private ty(expr: Expr): Ty {
    return this.env.out.types.get(expr.id) ?? { k: 'error' };
  }

  private isCopy(ty: Ty): boolean {
    return this.env.implements(ty, 'Copy') !== 'no';
  }

  // ---- dataflow over statements and expressions ---------------------------------------------

  private block(block: Block, state: MoveState, tailUse: Use): MoveState {
    let s = state;
    for (const stmt of block.stmts) s = this.stmt(stmt, s);
    if (block.tail) s = this.expr(block.tail, s, tailUse);
    return s;
  }

  private stmt(stmt: Stmt, state: MoveState): MoveState {
    if (stmt.kind === 'item') return state;
    if (stmt.kind === 'expr') return this.expr(stmt.expr, state, 'move');
    let s = state;
    if (stmt.init) s = this.expr(stmt.init, s, this.patternMoves(stmt.pattern) ? 'move' : 'read');
    if (stmt.elseBlock) s = merge(s, this.block(stmt.elseBlock, cloneState(s), 'move'));
    return this.fresh(stmt.pattern, s);
  }

  private declarePattern(pattern: Pattern): void {
    for (const binding of bindingsOf(this.env, pattern)) this.#loopDepth.set(binding.id, this.#depth);
  }

  /**
   * A pattern declares fresh variables (each time round a loop, too): whatever an earlier
   * iteration moved out of a variable of that name is not this one.
   */
  private fresh(pattern: Pattern, state: MoveState): MoveState {
    this.declarePattern(pattern);
    const bindings = bindingsOf(this.env, pattern);
    if (!bindings.some((b) => state.moved.has(b.id))) return state;
    const s = cloneState(state);
    for (const b of bindings) s.moved.delete(b.id);
    return s;
  }

  /** Whether a pattern takes (moves) non-Copy parts of the value it matches. */
  private patternMoves(pattern: Pattern): boolean {
    return bindingsOf(this.env, pattern).some((b) => {
      const ty = this.env.table.resolve(b.ty);
      return ty.k !== 'ref' && !this.isCopy(ty);
    }) || pattern.kind === 'ident';
  }

  private expr(expr: Expr, state: MoveState, use: Use): MoveState {
    if (state.dead) return state;
    switch (expr.kind) {
      case 'path':
        return this.pathUse(expr, state, use);
      case 'field':
      case 'tupleField':
      case 'index':
      case 'unary':
        if (expr.kind === 'unary' && expr.op !== '*') return this.expr(expr.operand, state, 'move');
        return this.placeUse(expr, state, use);
      case 'ref':
        if (expr.mutable) this.requireMutable(expr.operand, 'borrowMut', expr.span);
        return this.expr(expr.operand, state, expr.mutable ? 'borrowMut' : 'borrow');
      case 'binary': {
        const comparison = ['==', '!=', '<', '<=', '>', '>='].includes(expr.op);
        const s = this.expr(expr.left, state, comparison ? 'borrow' : 'move');
        return this.expr(expr.right, s, comparison ? 'borrow' : 'move');
      }
      case 'assign': {
        let s = this.expr(expr.value, state, 'move');
        if (expr.target.kind === 'tuple') {
          for (const element of expr.target.elems) {
            this.requireMutable(element, 'assign', element.span);
            s = this.expr(element, s, 'assign');
          }
          return s;
        }
        this.requireMutable(expr.target, 'assign', expr.span);
        return this.expr(expr.target, s, 'assign');
      }
      case 'compoundAssign': {
        const s = this.expr(expr.value, state, 'move');
        this.requireMutable(expr.target, 'assignOp', expr.span);
        return this.expr(expr.target, s, 'assignOp');
      }
      case 'methodCall':
        return this.methodCall(expr, state);
      case 'call': {
        let s = this.expr(expr.callee, state, 'read');
        for (const arg of expr.args) s = this.expr(arg, s, 'move');
        return s;
      }
      case 'if': {
        const cond = expr.condition;
        let s = cond.kind === 'letCondition' ? this.expr(cond.value, state, this.patternMoves(cond.pattern) && cond.pattern.kind !== 'ident' ? 'move' : 'borrow') : this.expr(cond, state, 'move');
        if (cond.kind === 'letCondition') s = this.fresh(cond.pattern, s);
        const thenState = this.block(expr.then, cloneState(s), use);
        const elseState = !expr.else ? cloneState(s) : 'kind' in expr.else ? this.expr(expr.else, cloneState(s), use) : this.block(expr.else, cloneState(s), use);
        return merge(thenState, elseState);
      }
      case 'match': {
        const moves = expr.arms.some((arm) => arm.pattern.kind !== 'ident' && this.patternMoves(arm.pattern));
        const s = this.expr(expr.scrutinee, state, moves ? 'move' : 'borrow');
        let out: MoveState | null = null;
        for (const arm of expr.arms) {
          let armState = this.fresh(arm.pattern, cloneState(s));
          if (arm.guard) armState = this.expr(arm.guard, armState, 'move');
          armState = this.expr(arm.body, armState, use);
          out = out ? merge(out, armState) : armState;
        }
        return out ?? s;
      }
      case 'while':
      case 'loop':
      case 'for':
        return this.loop(expr, state);
      case 'block':
        return this.block(expr.block, state, use);
      case 'closure':
        return this.closure(expr, state);
      case 'return':
      case 'break': {
        const s = expr.value ? this.expr(expr.value, state, 'move') : state;
        return { ...s, dead: true };
      }
      case 'continue':
        return { ...state, dead: true };
      case 'macro':
        return this.macro(expr, state);
      default: {
        let s = state;
        forEachChild(
          expr,
          (child) => {
            s = this.expr(child, s, 'move');
          },
          (block) => {
            s = this.block(block, s, 'move');
          },
        );
        return s;
      }
    }
  }

  private pathUse(expr: Extract<Expr, { kind: 'path' }>, state: MoveState, use: Use): MoveState {
    const res = this.env.out.values.get(expr.id);
    if (res?.k !== 'local') return state;
    const binding = res.binding;
    if (use === 'assign') {
      const s = cloneState(state);
      s.moved.delete(binding.id);
      return s;
    }
    const moved = state.moved.get(binding.id);
    if (moved) {
      const verb = use === 'move' || use === 'read' ? 'use' : 'borrow';
      this.report('E0382', `${verb} of moved value: \`${binding.name}\``, expr.span);
      return state;
    }
    if (use === 'move' && !this.isCopy(this.ty(expr))) {
      const s = cloneState(state);
      s.moved.set(binding.id, expr.span);
      return s;
    }
    return state;
  }

  /** Fields, indexes and dereferences: reading them borrows the base; moving out of them needs ownership. */
  private placeUse(expr: Expr, state: MoveState, use: Use): MoveState {
    const base = expr.kind === 'unary' ? expr.operand : (expr as Extract<Expr, { kind: 'field' | 'tupleField' | 'index' }>).object;
    let s = state;
    if (expr.kind === 'index') s = this.expr(expr.index, s, 'move');
    s = this.expr(base, s, use === 'assign' || use === 'assignOp' || use === 'borrowMut' ? 'borrowMut' : 'borrow');
    if (use === 'move' && !this.isCopy(this.ty(expr))) {
      const place = this.place(expr);
      const shown = place?.text ?? 'value';
      if (expr.kind === 'index') {
        this.report('E0507', `cannot move out of index of \`${this.env.show(this.ty(expr.object))}\``, expr.span);
      } else if (place && place.through !== 'none' && place.through !== 'box') {
        this.report('E0507', `cannot move out of \`${shown}\` which is behind a ${place.through === 'mut' ? 'mutable' : 'shared'} reference`, expr.span);
      } else if (place) {
        // A partial move: the whole variable is no longer usable.
        const moved = cloneState(s);
        moved.moved.set(place.binding.id, expr.span);
        return moved;
      }
    }
    return s;
  }

  private methodCall(expr: Extract<Expr, { kind: 'methodCall' }>, state: MoveState): MoveState {
    const res = this.env.out.methods.get(expr.id);
    let receiverUse: Use = 'borrow';
    if (res) {
      const mode = res.k === 'std' ? res.method.sig.self : res.decl.selfParam?.kind ?? 'ref';
      const adjust = res.adjust;
      if (adjust.autoref === 'refMut' || (adjust.autoref === 'none' && mode === 'refMut')) {
        receiverUse = 'borrowMut';
        if (adjust.autoref === 'refMut') this.requireMutable(expr.receiver, 'borrowMut', expr.receiver.span);
        else if (adjust.derefs > 0) this.requireMutable(expr.receiver, 'borrowMutThrough', expr.receiver.span);
      } else if (adjust.autoref === 'none' && mode === 'value') {
        receiverUse = 'move';
        if (adjust.derefs > 0 && !this.isCopy(res.k === 'std' ? this.env.table.resolve(res.selfTy) : { k: 'adt', name: res.owner, args: [] })) {
          const place = this.place(expr.receiver);
          this.report('E0507', `cannot move out of ${place ? `\`${place.text}\`` : 'a value'} which is behind a shared reference`, expr.receiver.span);
          receiverUse = 'borrow';
        }
      }
    }
    let s = this.expr(expr.receiver, state, receiverUse);
    for (const arg of expr.args) s = this.expr(arg, s, 'move');
    return s;
  }

  private loop(expr: Extract<Expr, { kind: 'while' | 'loop' | 'for' }>, state: MoveState): MoveState {
    let s = state;
    if (expr.kind === 'for') s = this.expr(expr.iterable, s, 'move');
    this.#depth++;
    const run = (entry: MoveState) => {
      let inner = cloneState(entry);
      if (expr.kind === 'while') {
        const cond = expr.condition;
        inner = cond.kind === 'letCondition' ? this.fresh(cond.pattern, this.expr(cond.value, inner, 'borrow')) : this.expr(cond, inner, 'move');
      }
      if (expr.kind === 'for') inner = this.fresh(expr.pattern, inner);
      const out = this.block(expr.body, inner, 'move');
      return { moved: out.moved, dead: false };
    };
    try {
      const first = run(s);
      // A second pass sees what the first iteration moved: using it again is a use after move.
      // When the first moved nothing new it would repeat it exactly (and nested loops would double).
      const movedNothing = [...first.moved.keys()].every((id) => s.moved.has(id));
      const second = movedNothing ? first : run(merge(s, first));
      return merge(s, second);
    } finally {
      this.#depth--;
    }
  }

  private closure(expr: Extract<Expr, { kind: 'closure' }>, state: MoveState): MoveState {
    const captures = this.env.out.captures.get(expr.id) ?? [];
    let s = state;
    for (const binding of captures) {
      if (state.moved.has(binding.id)) this.report('E0382', `borrow of moved value: \`${binding.name}\``, expr.span);
    }
    let inner = cloneState(s);
    for (const param of expr.params) inner = this.fresh(param.pattern, inner);
    inner = this.expr(expr.body, inner, 'move');
    s = cloneState(s);
    // Captures the body moves (or all of them, for `move` closures) move into the closure.
    for (const binding of captures) {
      const ty = this.env.table.resolve(binding.ty);
      if ((expr.isMove || inner.moved.has(binding.id)) && !this.isCopy(ty)) s.moved.set(binding.id, expr.span);
    }
    return s;
  }

  private macro(expr: Extract<Expr, { kind: 'macro' }>, state: MoveState): MoveState {
    let s = state;
    const format = (f: { positional: Expr[]; named: { value: Expr }[] } | null) => {
      for (const arg of f?.positional ?? []) s = this.expr(arg, s, 'borrow');
      for (const arg of f?.named ?? []) s = this.expr(arg.value, s, 'borrow');
    };
    switch (expr.macro) {
      case 'vec':
        if (expr.form === 'list') for (const e of expr.elems) s = this.expr(e, s, 'move');
        else {
          s = this.expr(expr.value, s, 'move');
          s = this.expr(expr.count, s, 'move');
        }
        return s;
      case 'write':
      case 'writeln':
        s = this.expr(expr.target, s, 'borrowMut');
        format(expr.format);
        return s;
      case 'assert':
      case 'debug_assert':
        s = this.expr(expr.condition, s, 'move');
        format(expr.message);
        return s;
      case 'assert_eq':
      case 'assert_ne':
      case 'debug_assert_eq':
      case 'debug_assert_ne':
        s = this.expr(expr.left, s, 'borrow');
        s = this.expr(expr.right, s, 'borrow');
        format(expr.message);
        return s;
      case 'matches':
        s = this.expr(expr.scrutinee, s, 'borrow');
        if (expr.guard) s = this.expr(expr.guard, s, 'move');
        return s;
      default:
        format(expr.format);
        if (expr.macro === 'panic' || expr.macro === 'unreachable' || expr.macro === 'todo' || expr.macro === 'unimplemented') return { ...s, dead: true };
        return s;
    }
  }

  // ---- mutability -----------------------------------------------------------------------------

  /** The variable a place expression is rooted at, and how it was reached. */
  private place(expr: Expr): PlaceInfo | null {
    switch (expr.kind) {
      case 'path': {
        const res = this.env.out.values.get(expr.id);
        if (res?.k !== 'local') return null;
        const ty = this.env.table.resolve(res.binding.ty);
        void ty;
        return { binding: res.binding, through: 'none', text: res.binding.name, overloadedIndex: false };
      }
      case 'field':
      case 'tupleField': {
        const base = this.place(expr.object);
        if (!base) return null;
        const derefs = this.env.out.derefs.get(expr.id) ?? 0;
        const name = expr.kind === 'field' ? expr.field.name : String(expr.index);
        const through = derefs > 0 ? this.derefKind(this.ty(expr.object)) : base.through;
        return { ...base, through: through === 'none' ? base.through : through, text: `${base.text}.${name}` };
      }
      case 'index': {
        const base = this.place(expr.object);
        if (!base) return null;
        const derefs = this.env.out.derefs.get(expr.id) ?? 0;
        const objectTy = this.env.table.resolve(this.ty(expr.object));
        const through = derefs > 0 ? this.derefKind(objectTy) : base.through;
        const container = stripRefs(objectTy);
        const overloaded = container.k === 'adt' && (container.name === 'Vec' || container.name === 'VecDeque' || container.name === 'HashMap' || container.name === 'BTreeMap');
        return { ...base, through: through === 'none' ? base.through : through, text: `${base.text}[..]`, overloadedIndex: base.overloadedIndex || overloaded };
      }
      case 'unary': {
        if (expr.op !== '*') return null;
        const base = this.place(expr.operand);
        if (!base) return null;
        const kind = this.derefKind(this.ty(expr.operand));
        return { ...base, through: kind, text: `*${base.text}` };
      }
      default:
        return null;
    }
  }

  private derefKind(ty: Ty): 'none' | 'shared' | 'mut' | 'box' {
    const t = this.env.table.resolve(ty);
    if (t.k === 'ref') return t.mut ? 'mut' : 'shared';
    if (t.k === 'adt' && t.name === 'Box') return 'box';
    return 'none';
  }

  private requireMutable(expr: Expr, kind: 'assign' | 'assignOp' | 'borrowMut' | 'borrowMutThrough', span: Span): void {
    const place = this.place(expr);
    if (!place) return;
    const { binding, through, text } = place;
    const assigning = kind === 'assign' || kind === 'assignOp';
    if (kind === 'borrowMutThrough') {
      // A `&mut self` method reached through auto-deref: the reference itself must be `&mut`.
      const t = this.env.table.resolve(this.ty(expr));
      if (t.k === 'ref' && !t.mut) this.report('E0596', `cannot borrow \`*${text}\` as mutable, as it is behind a \`&\` reference`, span);
      return;
    }
    if (through === 'shared') {
      if (assigning && !place.overloadedIndex) this.report('E0594', `cannot assign to \`${text}\`, which is behind a \`&\` reference`, span);
      else this.report('E0596', `cannot borrow \`${text}\` as mutable, as it is behind a \`&\` reference`, span);
      return;
    }
    if (through === 'mut') return;
    if (binding.mutable) return;
    const isSelfRef = this.env.table.resolve(binding.ty).k === 'ref';
    if (isSelfRef && expr.kind === 'path') {
      if (assigning) this.report('E0384', `cannot assign twice to immutable variable \`${text}\``, span);
      return;
    }
    if (expr.kind === 'path') {
      if (kind === 'borrowMut') {
        this.report('E0596', `cannot borrow \`${text}\` as mutable, as it is not declared as mutable`, span);
        return;
      }
      if (kind === 'assign' && binding.deferredInit && (this.#loopDepth.get(binding.id) ?? 0) === this.#depth) return;
      this.report('E0384', `cannot assign twice to immutable variable \`${text}\``, span);
      return;
    }
    if (assigning && !place.overloadedIndex) {
      this.report('E0594', `cannot assign to \`${text}\`, as \`${binding.name}\` is not declared as mutable`, span);
    } else {
      this.report('E0596', `cannot borrow \`${binding.name}\` as mutable, as it is not declared as mutable`, span);
    }
  }

  // ---- borrow conflicts -----------------------------------------------------------------------

  /** The conflicts small programs make: mutating what a loop iterates over, or what a live reference points into; two `&mut` in one call. */
  private conflicts(body: Block): void {
    const visitBlock = (block: Block): void => {
      block.stmts.forEach((stmt, i) => {
        if (stmt.kind === 'let' && stmt.init) this.liveReference(stmt, block, i);
        if (stmt.kind === 'expr') visitExpr(stmt.expr);
        if (stmt.kind === 'let' && stmt.init) visitExpr(stmt.init);
      });
      if (block.tail) visitExpr(block.tail);
    };
    const visitExpr = (expr: Expr): void => {
      if (expr.kind === 'for') this.loopConflict(expr);
      if (expr.kind === 'call' || expr.kind === 'methodCall') this.doubleMutableArgs(expr);
      forEachChild(expr, visitExpr, visitBlock);
    };
    visitBlock(body);
  }

  /** `for x in v.iter() { v.push(..) }`: the loop borrows `v` for its whole body. */
  private loopConflict(expr: Extract<Expr, { kind: 'for' }>): void {
    const borrowed = this.borrowedRoot(expr.iterable);
    if (!borrowed) return;
    for (const use of this.usesOf(expr.body, borrowed.binding)) {
      if (use.kind === 'mut' && borrowed.kind === 'shared') {
        this.report('E0502', `cannot borrow \`${borrowed.binding.name}\` as mutable because it is also borrowed as immutable`, use.span);
        return;
      }
      if (borrowed.kind === 'mut') {
        this.report(use.kind === 'mut' ? 'E0499' : 'E0502', use.kind === 'mut' ? `cannot borrow \`${borrowed.binding.name}\` as mutable more than once at a time` : `cannot borrow \`${borrowed.binding.name}\` as immutable because it is also borrowed as mutable`, use.span);
        return;
      }
    }
  }

  /** `let first = &v[0]; v.push(1); use(first)`: a reference kept in a variable borrows until its last use. */
  private liveReference(stmt: Extract<Stmt, { kind: 'let' }>, block: Block, index: number): void {
    const ty = stmt.init ? this.env.table.resolve(this.ty(stmt.init)) : null;
    if (!ty || !holdsReference(ty)) return;
    const borrowed = this.borrowedRoot(stmt.init!);
    if (!borrowed) return;
    const holders = bindingsOf(this.env, stmt.pattern);
    const rest: (Stmt | Expr)[] = [...block.stmts.slice(index + 1), ...(block.tail ? [block.tail] : [])];
    rest.forEach((later, i) => {
      const uses = this.usesOf(later, borrowed.binding).filter((u) => u.kind === 'mut');
      if (uses.length === 0) return;
      const stillUsed = [later, ...rest.slice(i + 1)].some((s) => holders.some((h) => this.mentions(s, h)));
      if (stillUsed) {
        this.report('E0502', `cannot borrow \`${borrowed.binding.name}\` as mutable because it is also borrowed as immutable`, uses[0]!.span);
      }
    });
  }

  /** `swap(&mut v[i], &mut v[j])`: two mutable borrows of one variable in one call. */
  private doubleMutableArgs(expr: Extract<Expr, { kind: 'call' | 'methodCall' }>): void {
    const seen = new Map<number, 'mut' | 'shared'>();
    for (const arg of expr.args) {
      if (arg.kind !== 'ref') continue;
      const place = this.place(arg.operand);
      if (!place || (arg.operand.kind !== 'index' && arg.operand.kind !== 'path')) continue;
      const previous = seen.get(place.binding.id);
      const kind = arg.mutable ? 'mut' : 'shared';
      if (previous && (previous === 'mut' || kind === 'mut')) {
        if (previous === 'mut' && kind === 'mut') this.report('E0499', `cannot borrow \`${place.binding.name}\` as mutable more than once at a time`, arg.span);
        else this.report('E0502', `cannot borrow \`${place.binding.name}\` as ${kind === 'mut' ? 'mutable' : 'immutable'} because it is also borrowed as ${previous === 'mut' ? 'mutable' : 'immutable'}`, arg.span);
        return;
      }
      seen.set(place.binding.id, kind);
    }
  }

  /** The local variable an expression borrows from (v.iter(), &v, v.chars(), v.first()), if any. */
  private borrowedRoot(expr: Expr): { binding: Binding; kind: 'shared' | 'mut' } | null {
    let e = expr;
    for (;;) {
      if (e.kind === 'ref') {
        const place = this.place(e.operand);
        return place && place.through === 'none' && !this.isCopy(this.ty(e.operand)) ? { binding: place.binding, kind: e.mutable ? 'mut' : 'shared' } : null;
      }
      if (e.kind === 'methodCall') {
        const res = this.env.out.methods.get(e.id);
        if (!res) return null;
        const mode = res.k === 'std' ? res.method.sig.self : res.decl.selfParam?.kind;
        const borrows = res.adjust.autoref !== 'none' || mode === 'ref' || mode === 'refMut';
        if (borrows) {
          const place = this.place(e.receiver);
          if (place && place.through === 'none' && this.env.table.resolve(place.binding.ty).k !== 'ref') {
            const retTy = this.env.table.resolve(this.ty(e));
            if (!holdsReference(retTy)) return null;
            return { binding: place.binding, kind: res.adjust.autoref === 'refMut' || mode === 'refMut' ? 'mut' : 'shared' };
          }
        }
        e = e.receiver;
        continue;
      }
      if (e.kind === 'try' || e.kind === 'cast') {
        e = e.expr;
        continue;
      }
      return null;
    }
  }

  /** Uses of a variable inside a statement: 'mut' for mutation or mutable borrow, 'read' otherwise. */
  private usesOf(node: Stmt | Expr | Block, binding: Binding): { kind: 'mut' | 'read'; span: Span }[] {
    const uses: { kind: 'mut' | 'read'; span: Span }[] = [];
    const visit = (expr: Expr): void => {
      if (expr.kind === 'methodCall') {
        const res = this.env.out.methods.get(expr.id);
        const place = this.place(expr.receiver);
        if (res && place?.binding.id === binding.id && place.through === 'none') {
          const mode = res.k === 'std' ? res.method.sig.self : res.decl.selfParam?.kind;
          uses.push({ kind: res.adjust.autoref === 'refMut' || mode === 'refMut' ? 'mut' : 'read', span: expr.span });
        }
      }
      if ((expr.kind === 'assign' || expr.kind === 'compoundAssign') && this.place(expr.target)?.binding.id === binding.id) {
        uses.push({ kind: 'mut', span: expr.span });
      }
      if (expr.kind === 'ref' && expr.mutable && this.place(expr.operand)?.binding.id === binding.id) uses.push({ kind: 'mut', span: expr.span });
      if (expr.kind === 'path') {
        const res = this.env.out.values.get(expr.id);
        if (res?.k === 'local' && res.binding.id === binding.id) uses.push({ kind: 'read', span: expr.span });
      }
      forEachChild(expr, visit, visitBlock);
    };
    const visitBlock = (block: Block): void => {
      for (const stmt of block.stmts) visitStmt(stmt);
      if (block.tail) visit(block.tail);
    };
    const visitStmt = (stmt: Stmt): void => {
      if (stmt.kind === 'expr') visit(stmt.expr);
      else if (stmt.kind === 'let' && stmt.init) visit(stmt.init);
    };
    if ('stmts' in node) visitBlock(node);
    else if ('id' in node) visit(node);
    else visitStmt(node);
    return uses;
  }

  private mentions(node: Stmt | Expr, binding: Binding): boolean {
    return this.usesOf(node, binding).length > 0;
  }
}

/** Types that hold a reference, so a variable of that type keeps a borrow alive. */
function holdsReference(ty: Ty): boolean {
  switch (ty.k) {
    case 'ref':
    case 'iter':
      return true;
    case 'adt':
      return ty.args.some(holdsReference);
    case 'tuple':
      return ty.elems.some(holdsReference);
    default:
      return false;
  }
}

function stripRefs(ty: Ty): Ty {
  let t = ty;
  while (t.k === 'ref') t = t.inner;
  return t;
}

/** The variables a pattern binds. */
function bindingsOf(env: ProgramEnv, pattern: Pattern): Binding[] {
  const out: Binding[] = [];
  const visit = (p: Pattern): void => {
    const res = env.out.patterns.get(p);
    if (res?.k === 'binding') out.push(res.binding);
    switch (p.kind) {
      case 'ident':
        if (p.sub) visit(p.sub);
        return;
      case 'tuple':
      case 'tupleStruct':
      case 'slice':
        return p.elems.forEach(visit);
      case 'struct':
        return p.fields.forEach((f) => visit(f.pattern));
      case 'ref':
        return visit(p.pattern);
      case 'or':
        return visit(p.alternatives[0]!);
      default:
        return;
    }
  };
  visit(pattern);
  return out;
}
