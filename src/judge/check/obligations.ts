import type { Obligation } from '../std/registry';
import type { ProgramEnv } from './env';
import { isIntType, type Ty } from './types';

/** Checks deferred trait requirements once inference is done (E0277, or E0282/E0283 when a type stayed unknown). */
/**
 * Decides the obligations whose type is known, repeatedly (deciding one, like an outer collect(),
 * can decide the types others wait for). Called whenever the checker needs a type that an
 * obligation may fix, and at the end.
 */
export function settleObligations(env: ProgramEnv): void {
  // What an abandoned body left undecided says nothing about the program.
  for (let i = env.obligations.length - 1; i >= 0; i--) if (env.abandonedBodies.has(env.obligations[i]!.body)) env.obligations.splice(i, 1);
  for (let progress = true; progress; ) {
    progress = false;
    for (let i = 0; i < env.obligations.length; ) {
      const entry = env.obligations[i]!;
      if (!ready(env, entry.obligation)) {
        i++;
        continue;
      }
      env.obligations.splice(i, 1);
      progress = true;
      const problem = judge(env, entry.obligation);
      if (problem) env.report('typeck', problem.code, problem.message, entry.span);
    }
  }
}

/** Settles what can be settled, then reports the rest: their types stayed unknown. */
export function checkObligations(env: ProgramEnv): void {
  settleObligations(env);
  for (const { obligation, span } of env.obligations.splice(0)) {
    const problem = judge(env, obligation);
    if (problem) env.report('typeck', problem.code, problem.message, span);
  }
}

/** An obligation is ready once the type it constrains is known. */
function ready(env: ProgramEnv, obligation: Obligation): boolean {
  const t = env.table.shallow(obligation.ty);
  return !(t.k === 'var' && env.table.kindOf(t.id) === 'general');
}

type Problem = { code: string; message: string } | null;

const annotations = (code = 'E0282'): Problem => ({ code, message: 'type annotations needed' });

function judge(env: ProgramEnv, obligation: Obligation): Problem {
  const t = env.table.resolve(obligation.ty);
  if (t.k === 'error') return null;
  if (t.k === 'var' && env.table.kindOf(t.id) === 'general') return annotations(obligation.trait === 'FromStr' ? 'E0284' : obligation.trait === 'Sum' || obligation.trait === 'Product' ? 'E0283' : 'E0282');
  const show = (ty: Ty) => env.show(ty);
  switch (obligation.trait) {
    case 'Sum':
    case 'Product': {
      const item = env.table.resolve(obligation.item);
      const itemBase = item.k === 'ref' ? item.inner : item;
      const ok = (t.k === 'int' || t.k === 'float') && env.table.unify(t, itemBase) === null;
      if (ok) return null;
      const verb = obligation.trait === 'Sum' ? 'summing' : 'multiplying';
      return { code: 'E0277', message: `a value of type \`${show(t)}\` cannot be made by ${verb} an iterator over elements of type \`${show(item)}\`` };
    }
    case 'FromIterator':
      return fromIterator(env, t, env.table.resolve(obligation.item));
    case 'IntoIterator': {
      const item = pureItemOf(env, t);
      if (item && env.table.unify(obligation.item, item) === null) return null;
      return { code: 'E0277', message: `\`${show(t)}\` cannot be used to extend a collection of \`${show(obligation.item)}\`` };
    }
    case 'Borrow': {
      const borrowed = env.table.resolve(obligation.borrowed);
      if (env.table.unify(t, borrowed) === null) return null;
      if (t.k === 'adt' && t.name === 'String' && borrowed.k === 'str') return null;
      if (t.k === 'adt' && t.name === 'Vec' && borrowed.k === 'slice' && env.table.unify(t.args[0]!, borrowed.elem) === null) return null;
      return { code: 'E0277', message: `the trait bound \`${show(t)}: Borrow<${show(borrowed)}>\` is not satisfied` };
    }
    case 'FromStr': {
      const ok = t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || (t.k === 'adt' && t.name === 'String');
      return ok ? null : { code: 'E0277', message: `the trait bound \`${show(t)}: FromStr\` is not satisfied` };
    }
    case 'Into':
    case 'TryFrom': {
      const from = env.table.resolve(obligation.from);
      if (from.k === 'var' && env.table.kindOf(from.id) === 'general') return annotations();
      const ok = obligation.trait === 'Into' ? losslessFrom(env, from, t) : tryFrom(from, t);
      return ok ? null : { code: 'E0277', message: `the trait bound \`${show(t)}: From<${show(from)}>\` is not satisfied` };
    }
    default: {
      const answer = env.implements(t, obligation.trait);
      if (answer === 'yes') return null;
      if (answer === 'unknown') return annotations();
      return { code: 'E0277', message: `the trait bound \`${show(t)}: ${obligation.trait}\` is not satisfied` };
    }
  }
}

function fromIterator(env: ProgramEnv, target: Ty, item: Ty): Problem {
  const fail: Problem = { code: 'E0277', message: `a value of type \`${env.show(target)}\` cannot be built from an iterator over elements of type \`${env.show(item)}\`` };
  const unify = (a: Ty, b: Ty) => env.table.unify(a, b) === null;
  if (target.k !== 'adt') return fail;
  const [a, b] = target.args;
  switch (target.name) {
    case 'Vec':
    case 'VecDeque':
    case 'HashSet':
    case 'BTreeSet':
      return unify(a!, item) ? null : fail;
    case 'HashMap':
    case 'BTreeMap':
      return unify({ k: 'tuple', elems: [a!, b!] }, item) ? null : fail;
    case 'String': {
      const i = item.k === 'ref' ? env.table.resolve(item.inner) : item;
      const ok = i.k === 'char' || i.k === 'str' || (i.k === 'adt' && i.name === 'String');
      return ok ? null : fail;
    }
    case 'Result':
    case 'Option': {
      if (item.k !== 'adt' || item.name !== target.name) return fail;
      if (target.name === 'Result' && !unify(b!, item.args[1]!)) return fail;
      return fromIterator(env, env.table.resolve(a!), env.table.resolve(item.args[0]!));
    }
    default:
      return fail;
  }
}

const WIDENING: Record<string, string[]> = {
  u8: ['u16', 'u32', 'u64', 'u128', 'usize', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64', 'char'],
  u16: ['u32', 'u64', 'u128', 'usize', 'i32', 'i64', 'i128', 'f32', 'f64'],
  u32: ['u64', 'u128', 'i64', 'i128', 'f64'],
  u64: ['u128', 'i128'],
  i8: ['i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64'],
  i16: ['i32', 'i64', 'i128', 'isize', 'f32', 'f64'],
  i32: ['i64', 'i128', 'f64'],
  i64: ['i128'],
  f32: ['f64'],
  bool: ['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize'],
  char: ['u32', 'u64', 'u128'],
};

/** The `From` conversions std provides between the types the judge models. */
function losslessFrom(env: ProgramEnv, from: Ty, to: Ty): boolean {
  if (env.table.unify(to, from) === null) return true;
  const name = (t: Ty) => (t.k === 'int' || t.k === 'float' ? t.ty : t.k === 'bool' || t.k === 'char' ? t.k : null);
  const f = name(from);
  const target = name(to);
  if (f && target) return (WIDENING[f] ?? []).includes(target);
  if (from.k === 'var' && env.table.kindOf(from.id) === 'int' && to.k === 'int') return env.table.unify(to, from) === null;
  const isStr = (t: Ty) => t.k === 'ref' && env.table.resolve(t.inner).k === 'str';
  if (to.k === 'adt' && to.name === 'String') return isStr(from) || from.k === 'char' || (from.k === 'ref' && env.table.resolve(from.inner).k === 'adt');
  if (to.k === 'adt' && (to.name === 'Option' || to.name === 'Box')) return env.table.unify(to.args[0]!, from) === null;
  if (to.k === 'adt' && (to.name === 'Vec' || to.name === 'VecDeque')) {
    if (from.k === 'array') return env.table.unify(to.args[0]!, from.elem) === null;
    if (from.k === 'ref') {
      const inner = env.table.resolve(from.inner);
      if (inner.k === 'array' || inner.k === 'slice') return env.table.unify(to.args[0]!, inner.elem) === null;
      if (inner.k === 'str') return env.table.unify(to.args[0]!, { k: 'int', ty: 'u8' }) === null;
    }
    if (from.k === 'adt' && from.name === 'Vec') return env.table.unify(to.args[0]!, from.args[0]!) === null;
  }
  return false;
}

function tryFrom(from: Ty, to: Ty): boolean {
  return (from.k === 'int' || from.k === 'char' || (from.k === 'var')) && to.k === 'int' && isIntType(to.ty);
}

/** What iterating over `ty` yields, without reporting anything. */
export function pureItemOf(env: ProgramEnv, ty: Ty): Ty | null {
  const t = env.table.resolve(ty);
  const refOf = (inner: Ty, mut: boolean): Ty => ({ k: 'ref', mut, inner });
  switch (t.k) {
    case 'iter':
      return t.item;
    case 'array':
      return t.elem;
    case 'adt':
      if (['Range', 'RangeInclusive', 'RangeFrom', 'Vec', 'VecDeque', 'HashSet', 'BTreeSet', 'Option'].includes(t.name)) return t.args[0]!;
      if (t.name === 'HashMap' || t.name === 'BTreeMap') return { k: 'tuple', elems: [t.args[0]!, t.args[1]!] };
      return null;
    case 'ref': {
      const inner = env.table.resolve(t.inner);
      if (inner.k === 'slice' || inner.k === 'array') return refOf(inner.elem, t.mut);
      if (inner.k === 'adt' && (inner.name === 'Vec' || inner.name === 'VecDeque' || inner.name === 'HashSet' || inner.name === 'BTreeSet')) return refOf(inner.args[0]!, t.mut);
      if (inner.k === 'adt' && (inner.name === 'HashMap' || inner.name === 'BTreeMap')) return { k: 'tuple', elems: [refOf(inner.args[0]!, false), refOf(inner.args[1]!, t.mut)] };
      return null;
    }
    default:
      return null;
  }
}

