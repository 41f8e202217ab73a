import type { Expr, FnDecl, ImplBlock, Program, TypeExpr } from '../syntax/ast';
import { checkBorrows } from './borrowck';
import { inRustcOrder, Unsupported, type CheckDiagnostic } from './diagnostics';
import { ProgramEnv } from './env';
import { checkExhaustiveness } from './exhaustive';
import { FnChecker } from './fn-checker';
import { checkConstLints } from './lints';
import { checkObligations, settleObligations } from './obligations';
import { checkPattern } from './patterns';
import { collectProgram, fieldList } from './program';
import type { CheckedProgram } from './typed';
import { adt, isIntType, unit, type Ty } from './types';
import { intMax, intMin } from '../run/integers';

export interface CheckOutcome {
  /** Compile errors in the order rustc would print them; the first is the primary one. */
  diagnostics: CheckDiagnostic[];
  /** The first construct the judge could not check, if any. */
  unsupported: Unsupported | null;
  checked: CheckedProgram | null;
}

/** Name resolution, type checking, exhaustiveness, borrow rules and constant lints for a whole program. */
export function checkProgram(program: Program): CheckOutcome {
  const early: CheckDiagnostic[] = [];
  let env: ProgramEnv;
  try {
    env = new ProgramEnv(collectProgram(program, early));
  } catch (error) {
    if (error instanceof Unsupported) return { diagnostics: inRustcOrder(early), unsupported: error, checked: null };
    throw error;
  }
  env.diagnostics.push(...early);
  let unsupported: Unsupported | null = null;
  /** Runs one check; an unsupported construct is noted (the first one is reported) and returns false. */
  const attempt = (body: () => void): boolean => {
    try {
      body();
      return true;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      unsupported ??= error;
      return false;
    }
  };

  const bodies = functionsToCheck(env);
  checkLifetimes(env);
  for (const { decl, selfTy } of bodies) attempt(() => recordSignature(env, decl, selfTy));
  for (const constant of env.info.consts.values()) {
    attempt(() => {
      if (!constant.type || !constant.value) throw new Unsupported('constants without a type or value', constant.span);
      const declared = env.lowerType(constant.type, null, false);
      new FnChecker(env, declared, null).checkCoerce(constant.value, declared);
    });
  }
  for (const { decl, selfTy } of bodies) {
    if (!env.out.signatures.has(decl)) continue;
    env.body++;
    if (!attempt(() => checkBody(env, decl, selfTy))) env.abandonedBodies.add(env.body);
  }
  attempt(() => checkMain(env, program));
  // Obligations may decide integer literal types (sum::<usize>() of literals) before defaults apply.
  attempt(() => settleObligations(env));
  env.table.applyDefaults();
  attempt(() => checkObligations(env));
  checkLiteralRanges(env);
  for (const [id, ty] of env.out.types) env.out.types.set(id, env.table.resolve(ty));

  const typeErrors = env.diagnostics.length > 0;
  if (!typeErrors && !unsupported) {
    attempt(() => checkExhaustiveness(env, program));
    if (env.diagnostics.length === 0) attempt(() => checkBorrows(env, program));
    if (env.diagnostics.length === 0) attempt(() => checkConstLints(env, program));
  }
  return { diagnostics: inRustcOrder(env.diagnostics), unsupported, checked: env.out };
}

/** Every function body: free functions (also nested ones) and methods of impl blocks. */
function functionsToCheck(env: ProgramEnv): { decl: FnDecl; selfTy: Ty | null }[] {
  const result: { decl: FnDecl; selfTy: Ty | null }[] = [];
  for (const decl of env.info.fns.values()) result.push({ decl, selfTy: null });
  for (const [typeName, methods] of env.info.inherent) for (const decl of methods.values()) result.push({ decl, selfTy: adt(typeName) });
  for (const [typeName, impls] of env.info.traitImpls) {
    for (const impl of impls.values()) {
      for (const item of traitImplFns(env, impl)) result.push({ decl: item, selfTy: adt(typeName) });
    }
  }
  return result;
}

/** Supported std traits a program may implement for its own types, and its own traits. */
const IMPLEMENTABLE = new Set(['Display', 'Debug', 'PartialEq', 'Clone', 'Default', 'Add', 'Sub', 'Mul', 'Div', 'Neg']);

function traitImplFns(env: ProgramEnv, impl: ImplBlock): FnDecl[] {
  const traitName = impl.trait!.segments[impl.trait!.segments.length - 1]!.name;
  const userTrait = env.info.traits.get(traitName);
  if (!userTrait && !IMPLEMENTABLE.has(traitName)) throw new Unsupported(`implementing \`${traitName}\``, impl.span);
  if (impl.trait!.segments.some((s) => s.generics)) throw new Unsupported('generic trait implementations', impl.span);
  if (userTrait) {
    const required = userTrait.items.filter((item) => item.kind === 'fn' && !item.body).map((item) => item.name.name);
    const provided = new Set(impl.items.filter((item) => item.kind === 'fn').map((item) => item.name.name));
    const missing = required.filter((name) => !provided.has(name));
    if (missing.length > 0) {
      env.report('typeck', 'E0046', `not all trait items implemented, missing: \`${missing.join('`, `')}\``, impl.span);
    }
    for (const item of impl.items) {
      if (item.kind === 'fn' && !userTrait.items.some((t) => t.kind === 'fn' && t.name.name === item.name.name)) {
        env.report('resolve', 'E0407', `method \`${item.name.name}\` is not a member of trait \`${traitName}\``, item.name.span);
      }
    }
    if (userTrait.items.some((item) => item.kind === 'fn' && item.body)) throw new Unsupported('default methods in traits', userTrait.span);
  }
  return impl.items.filter((item): item is FnDecl => item.kind === 'fn');
}

/**
 * Lifetime elision (E0106): a returned reference needs exactly one input lifetime to borrow from,
 * or `&self`; a struct field that is a reference needs a named lifetime.
 */
function checkLifetimes(env: ProgramEnv): void {
  for (const struct of env.info.structs.values()) {
    for (const f of fieldList(struct.fields)) {
      const missing = elidedRefs(f.type)[0];
      if (missing) env.report('resolve', 'E0106', 'missing lifetime specifier', missing.span);
    }
  }
  for (const { decl } of functionsToCheck(env)) {
    const missing = decl.returnType ? elidedRefs(decl.returnType)[0] : undefined;
    if (!missing) continue;
    if (decl.selfParam && decl.selfParam.kind !== 'value') continue;
    const named = new Set<string>();
    let elided = 0;
    for (const param of decl.params) {
      for (const ref of refsIn(param.type)) {
        if (ref.lifetime) named.add(ref.lifetime);
        else elided++;
      }
    }
    if (named.size + elided !== 1) env.report('resolve', 'E0106', 'missing lifetime specifier', missing.span);
  }
}

type RefType = Extract<TypeExpr, { kind: 'ref' }>;

function refsIn(type: TypeExpr): RefType[] {
  switch (type.kind) {
    case 'ref':
      return [type, ...refsIn(type.inner)];
    case 'tuple':
      return type.elems.flatMap(refsIn);
    case 'array':
    case 'slice':
      return refsIn(type.elem);
    case 'path':
      return type.path.segments.flatMap((s) => (s.generics ?? []).flatMap((g) => (g.kind === 'type' ? refsIn(g.type) : [])));
    default:
      return [];
  }
}

function elidedRefs(type: TypeExpr): RefType[] {
  return refsIn(type).filter((r) => r.lifetime === null);
}

function recordSignature(env: ProgramEnv, decl: FnDecl, selfTy: Ty | null): void {
  const params = decl.params.map((p) => env.lowerType(p.type, selfTy, false));
  const ret = decl.returnType ? env.lowerType(decl.returnType, selfTy, false) : unit;
  env.out.signatures.set(decl, { params, ret, selfTy });
}

function checkBody(env: ProgramEnv, decl: FnDecl, selfTy: Ty | null): void {
  if (!decl.body) return;
  const sig = env.signatureOf(decl);
  const fc = new FnChecker(env, sig.ret, selfTy);
  if (decl.selfParam && selfTy) {
    const binding = env.newBinding('self', env.selfParamType(decl, selfTy), decl.selfParam.mutable, decl.selfParam.span);
    fc.declare(binding);
    env.out.selfBindings.set(decl, binding);
  }
  decl.params.forEach((param, i) => checkPattern(fc, param.pattern, sig.params[i]!, 'move', { deferredInit: false, refutable: false }));
  fc.checkBlock(decl.body, sig.ret);
}

function checkMain(env: ProgramEnv, program: Program): void {
  const main = env.info.fns.get('main');
  if (!main) {
    env.report('resolve', 'E0601', '`main` function not found in crate', program.span);
    return;
  }
  if (main.params.length > 0) env.report('typeck', 'E0580', '`main` function has wrong type', main.span);
  const ret = env.signatureOf(main).ret;
  const r = env.table.shallow(ret);
  if (!(r.k === 'tuple' && r.elems.length === 0)) throw new Unsupported('a `main` that returns a value', main.span);
}

/** overflowing_literals: an integer literal must fit the type inference gave it. */
function checkLiteralRanges(env: ProgramEnv): void {
  for (const { expr, value, negated, body } of env.intLiterals) {
    if (env.abandonedBodies.has(body)) continue;
    const ty = env.table.resolve(env.out.types.get(expr.id) ?? unit);
    if (ty.k !== 'int' || !isIntType(ty.ty)) continue;
    const fits = negated ? -value >= intMin(ty.ty) : value <= intMax(ty.ty);
    if (!fits) env.report('lint', 'overflowing_literals', `literal out of range for \`${ty.ty}\``, (expr as Expr).span);
  }
}
