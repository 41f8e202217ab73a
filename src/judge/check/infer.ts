import { type Ty, type VarKind } from './types';

interface VarState {
  kind: VarKind;
  binding: Ty | null;
}

/** Why two types would not unify, for the caller to word as rustc would. */
export type Mismatch = { expected: Ty; found: Ty };

/**
 * Type inference variables and their bindings, with an undo log so that a speculative
 * unification (trying a coercion) can be rolled back.
 */
export class InferenceTable {
  readonly #vars: VarState[] = [];
  readonly #log: { id: number; previous: VarState }[] = [];

  fresh(kind: VarKind = 'general'): Ty {
    this.#vars.push({ kind, binding: null });
    return { k: 'var', id: this.#vars.length - 1 };
  }

  kindOf(id: number): VarKind {
    return this.#state(id).kind;
  }

  /** Follows bindings at the top level only. */
  shallow(ty: Ty): Ty {
    let current = ty;
    while (current.k === 'var') {
      const binding = this.#state(current.id).binding;
      if (!binding) return current;
      current = binding;
    }
    return current;
  }

  /** Replaces every bound variable, deeply. Unbound variables stay. */
  resolve(ty: Ty): Ty {
    const t = this.shallow(ty);
    switch (t.k) {
      case 'tuple':
        return { k: 'tuple', elems: t.elems.map((e) => this.resolve(e)) };
      case 'array':
        return { k: 'array', elem: this.resolve(t.elem), len: t.len };
      case 'slice':
        return { k: 'slice', elem: this.resolve(t.elem) };
      case 'ref':
        return { k: 'ref', mut: t.mut, inner: this.resolve(t.inner) };
      case 'adt':
        return { k: 'adt', name: t.name, args: t.args.map((a) => this.resolve(a)) };
      case 'fn':
        return { k: 'fn', params: t.params.map((p) => this.resolve(p)), ret: this.resolve(t.ret), origin: t.origin };
      case 'iter':
        return { ...t, item: this.resolve(t.item) };
      default:
        return t;
    }
  }

  /** A point to roll back to. */
  snapshot(): number {
    return this.#log.length;
  }

  rollback(snapshot: number): void {
    while (this.#log.length > snapshot) {
      const entry = this.#log.pop()!;
      this.#vars[entry.id] = entry.previous;
    }
  }

  /** Unifies `found` into `expected`; on failure returns the innermost mismatch and binds nothing. */
  unify(expected: Ty, found: Ty): Mismatch | null {
    const snapshot = this.snapshot();
    const mismatch = this.#unify(expected, found);
    if (mismatch) this.rollback(snapshot);
    return mismatch;
  }

  #unify(expectedTy: Ty, foundTy: Ty): Mismatch | null {
    const a = this.shallow(expectedTy);
    const b = this.shallow(foundTy);
    if (a.k === 'error' || b.k === 'error') return null;
    if (a.k === 'var' && b.k === 'var') {
      if (a.id === b.id) return null;
      const ka = this.kindOf(a.id);
      const kb = this.kindOf(b.id);
      if (ka !== 'general' && kb !== 'general' && ka !== kb) return { expected: a, found: b };
      // Bind the more general variable to the more specific one.
      if (ka === 'general') this.#bind(a.id, b);
      else this.#bind(b.id, a);
      return null;
    }
    if (a.k === 'var') return this.#bindVar(a.id, b, 'expected', expectedTy, foundTy);
    if (b.k === 'var') return this.#bindVar(b.id, a, 'found', expectedTy, foundTy);
    const mismatch = { expected: a, found: b };
    switch (a.k) {
      case 'int':
        return b.k === 'int' && a.ty === b.ty ? null : mismatch;
      case 'float':
        return b.k === 'float' && a.ty === b.ty ? null : mismatch;
      case 'bool':
      case 'char':
      case 'str':
      case 'never':
        return a.k === b.k ? null : mismatch;
      case 'param':
        return b.k === 'param' && a.name === b.name ? null : mismatch;
      case 'tuple':
        if (b.k !== 'tuple' || a.elems.length !== b.elems.length) return mismatch;
        return this.#all(a.elems, b.elems);
      case 'array':
        if (b.k !== 'array' || a.len !== b.len) return mismatch;
        return this.#unify(a.elem, b.elem);
      case 'slice':
        return b.k === 'slice' ? this.#unify(a.elem, b.elem) : mismatch;
      case 'ref':
        if (b.k !== 'ref' || a.mut !== b.mut) return mismatch;
        return this.#unify(a.inner, b.inner);
      case 'adt':
        if (b.k !== 'adt' || a.name !== b.name || a.args.length !== b.args.length) return mismatch;
        return this.#all(a.args, b.args);
      case 'fn':
        if (b.k !== 'fn' || a.params.length !== b.params.length) return mismatch;
        return this.#all(a.params, b.params) ?? this.#unify(a.ret, b.ret);
      case 'iter':
        return b.k === 'iter' ? this.#unify(a.item, b.item) : mismatch;
    }
  }

  #all(as: Ty[], bs: Ty[]): Mismatch | null {
    for (let i = 0; i < as.length; i++) {
      const m = this.#unify(as[i]!, bs[i]!);
      if (m) return m;
    }
    return null;
  }

  #bindVar(id: number, to: Ty, side: 'expected' | 'found', expected: Ty, found: Ty): Mismatch | null {
    const kind = this.kindOf(id);
    const fits = kind === 'general' || (kind === 'int' && to.k === 'int') || (kind === 'float' && to.k === 'float');
    if (!fits) return { expected: side === 'expected' ? { k: 'var', id } : to, found: side === 'found' ? { k: 'var', id } : to };
    if (this.#occurs(id, to)) return { expected, found };
    this.#bind(id, to);
    return null;
  }

  #occurs(id: number, ty: Ty): boolean {
    const t = this.shallow(ty);
    switch (t.k) {
      case 'var':
        return t.id === id;
      case 'tuple':
        return t.elems.some((e) => this.#occurs(id, e));
      case 'array':
      case 'slice':
        return this.#occurs(id, t.elem);
      case 'ref':
        return this.#occurs(id, t.inner);
      case 'adt':
        return t.args.some((a) => this.#occurs(id, a));
      case 'fn':
        return t.params.some((p) => this.#occurs(id, p)) || this.#occurs(id, t.ret);
      case 'iter':
        return this.#occurs(id, t.item);
      default:
        return false;
    }
  }

  #bind(id: number, ty: Ty): void {
    this.#log.push({ id, previous: this.#state(id) });
    this.#vars[id] = { kind: this.kindOf(id), binding: ty };
  }

  #state(id: number): VarState {
    const state = this.#vars[id];
    if (!state) throw new Error(`unknown inference variable ${id}`);
    return state;
  }

  /** Gives unconstrained integer and float variables their defaults (i32, f64), as rustc does. */
  applyDefaults(): void {
    this.#vars.forEach((state, id) => {
      if (state.binding) return;
      if (state.kind === 'int') this.#bind(id, { k: 'int', ty: 'i32' });
      if (state.kind === 'float') this.#bind(id, { k: 'float', ty: 'f64' });
    });
  }
}
