import type { Expr, Span } from '../syntax/ast';
import { familyParams } from '../std/families';
import { instantiate } from '../std/instantiate';
import type { StdFunction, StdMethod, TypingContext } from '../std/registry';
import type { ProgramEnv } from './env';
import { pureItemOf } from './obligations';
import type { FnChecker } from './fn-checker';
import type { Ty } from './types';

export interface Instance {
  params: Ty[];
  ret: Ty;
  generics: Ty[];
  /**
   * Checks trait requirements once the arguments are typed, and returns the call's final type
   * (adapters like `zip` know their item type only then).
   */
  after: () => Ty;
}

function context(env: ProgramEnv, selfTy: Ty, params: Map<string, Ty>, generics: Ty[], expected: Ty | null): TypingContext {
  return {
    selfTy,
    params,
    generics,
    expected,
    fresh: () => env.table.fresh(),
    resolve: (ty) => env.table.resolve(ty),
    unify: (a, b) => env.table.unify(a, b) === null,
    itemOf: (ty) => pureItemOf(env, ty),
  };
}

function requirements(
  env: ProgramEnv,
  ctx: TypingContext,
  item: Pick<StdMethod, 'requires' | 'obligations' | 'check'>,
  span: Span,
): void {
  for (const { param, trait } of item.requires) {
    const ty = param === 'Self' ? ctx.selfTy : ctx.params.get(param);
    if (!ty) throw new Error(`requirement on unknown parameter ${param}`);
    const answer = env.implements(ty, trait);
    if (answer === 'no') env.report('typeck', 'E0277', `the trait bound \`${env.show(ty)}: ${trait}\` is not satisfied`, span);
    else if (answer === 'unknown') env.obligations.push({ obligation: { trait, ty }, span, body: env.body });
  }
  for (const obligation of item.obligations?.(ctx) ?? []) env.obligations.push({ obligation, span, body: env.body });
  const problem = item.check?.(ctx);
  if (typeof problem === 'string') env.report('typeck', 'E0277', problem, span);
  else if (problem) env.report('typeck', problem.code, problem.message, span);
}

/** Instantiates a std method for a receiver: family parameters bound, method generics fresh or given. */
export function instantiateStdMethod(
  env: ProgramEnv,
  fc: FnChecker,
  method: StdMethod,
  selfTy: Ty,
  familyBindings: Map<string, Ty>,
  explicit: Ty[] | null,
  expected: Ty | null,
  expr: Extract<Expr, { kind: 'methodCall' }>,
): Instance {
  if (explicit && explicit.length !== method.sig.generics.length) {
    return fc.unsupported(`this turbofish on \`${method.name}\``, expr.method.span);
  }
  const generics = method.sig.generics.map((_, i) => explicit?.[i] ?? env.table.fresh());
  const names = new Map(familyBindings);
  method.sig.generics.forEach((g, i) => names.set(g.name, generics[i]!));
  const params = method.sig.params.map((p) => instantiate(p, names, selfTy));
  const ctx = context(env, selfTy, names, generics, expected);
  const ret = instantiate(method.sig.ret, names, selfTy);
  for (const g of method.sig.generics) {
    for (const bound of g.bounds) {
      if (bound === 'Ord' || bound === 'Hash' || bound === 'Eq' || bound === 'Clone' || bound === 'Copy' || bound === 'PartialOrd' || bound === 'Debug' || bound === 'Display') {
        env.obligations.push({ obligation: { trait: bound, ty: names.get(g.name)! }, span: expr.method.span, body: env.body });
      }
    }
  }
  return {
    params,
    ret,
    generics,
    after: () => {
      requirements(env, ctx, method, expr.method.span);
      if (!method.returns) return ret;
      const final = method.returns(ctx, ret);
      env.table.unify(final, ret);
      return final;
    },
  };
}

/** Instantiates a std function or associated function reached by a path. */
export function instantiateStdFunction(
  env: ProgramEnv,
  fn: StdFunction,
  selfTy: Ty | null,
  expected: Ty | null,
  span: Span,
): Instance {
  const names = new Map<string, Ty>();
  if (fn.family && selfTy) {
    const t = env.table.shallow(selfTy);
    const params = familyParams(fn.family) ?? [];
    params.forEach((name, i) => names.set(name, t.k === 'adt' ? (t.args[i] ?? env.table.fresh()) : env.table.fresh()));
  }
  const generics = fn.sig.generics.map(() => env.table.fresh());
  fn.sig.generics.forEach((g, i) => names.set(g.name, generics[i]!));
  const self = selfTy ?? env.table.fresh();
  const params = fn.sig.params.map((p) => instantiate(p, names, self));
  const ret = instantiate(fn.sig.ret, names, self);
  const ctx = context(env, self, names, generics, expected);
  return {
    params,
    ret,
    generics,
    after: () => {
      requirements(env, ctx, { requires: fn.requires, obligations: fn.obligations }, span);
      return ret;
    },
  };
}
