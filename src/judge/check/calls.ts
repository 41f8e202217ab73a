import type { Expr, FnDecl, GenericArg } from '../syntax/ast';
import { familiesOf } from '../std/families';
import { stdMethodsOf } from '../std/index';
import { stdTypeHasMethod } from '../std/paths';
import type { StdMethod } from '../std/registry';
import type { FnChecker } from './fn-checker';
import { resolveCallee } from './paths';
import { ctorFields } from './patterns';
import type { Adjustment, ValueRes } from './typed';
import { type Ty } from './types';

type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

/** `f(args)`: functions, constructors, std functions and closures. */
export function checkCall(fc: FnChecker, expr: ExprOf<'call'>, expected: Ty | null): Ty {
  const callee = expr.callee;
  if (callee.kind === 'path') {
    const res = resolveCallee(fc, callee);
    if (!res) {
      expr.args.forEach((arg) => fc.check(arg, null));
      return fc.error;
    }
    const signature = calleeSignature(fc, res, callee, expected);
    if (!signature) {
      expr.args.forEach((arg) => fc.check(arg, null));
      return fc.error;
    }
    fc.env.out.types.set(callee.id, { k: 'fn', params: signature.params, ret: signature.ret, origin: 'item' });
    hintReturn(fc, signature.ret, expected);
    checkArgs(fc, expr, signature.params, signature.what);
    signature.after?.();
    return signature.ret;
  }
  const calleeTy = fc.table.shallow(fc.check(callee, null));
  if (calleeTy.k === 'fn') {
    checkArgs(fc, expr, calleeTy.params, 'function');
    return calleeTy.ret;
  }
  if (calleeTy.k !== 'error') fc.env.report('typeck', 'E0618', `expected function, found \`${fc.env.show(calleeTy)}\``, callee.span);
  expr.args.forEach((arg) => fc.check(arg, null));
  return fc.error;
}

interface CalleeSignature {
  params: Ty[];
  ret: Ty;
  what: string;
  /** Checks to run once the arguments are typed (trait requirements of std functions). */
  after?: () => void;
}

function calleeSignature(fc: FnChecker, res: ValueRes, callee: ExprOf<'path'>, expected: Ty | null): CalleeSignature | null {
  switch (res.k) {
    case 'fn': {
      const sig = fc.env.signatureOf(res.decl);
      if (res.decl.selfParam) {
        return { params: [fc.env.selfParamType(res.decl, sig.selfTy!), ...sig.params], ret: sig.ret, what: 'function' };
      }
      return { params: sig.params, ret: sig.ret, what: 'function' };
    }
    case 'ctor': {
      if (res.unit) {
        fc.env.report('typeck', 'E0618', `expected function, found ${res.variant ? 'enum variant' : 'struct'} \`${res.variant ?? res.adt}\``, callee.span);
        return null;
      }
      const ctor = ctorFields(fc, res, callee.path);
      if (!ctor) return null;
      return { params: ctor.fields, ret: ctor.adtTy, what: res.variant ? 'enum variant' : 'struct' };
    }
    case 'local': {
      const ty = fc.table.shallow(res.binding.ty);
      if (ty.k === 'fn') return { params: ty.params, ret: ty.ret, what: 'function' };
      if (ty.k === 'ref' && fc.table.shallow(ty.inner).k === 'fn') {
        const inner = fc.table.shallow(ty.inner) as Extract<Ty, { k: 'fn' }>;
        return { params: inner.params, ret: inner.ret, what: 'function' };
      }
      if (ty.k !== 'error') fc.env.report('typeck', 'E0618', `expected function, found \`${fc.env.show(ty)}\``, callee.span);
      return null;
    }
    case 'const':
      fc.env.report('typeck', 'E0618', `expected function, found \`${res.decl.name.name}\``, callee.span);
      return null;
    case 'std': {
      if (res.fn.isConst) {
        fc.env.report('typeck', 'E0618', `expected function, found constant \`${res.fn.path}\``, callee.span);
        return null;
      }
      const instance = fc.env.instantiateStdFunction(fc, res, callee, expected);
      return { params: instance.params, ret: instance.ret, what: 'function', after: instance.after };
    }
  }
}

function checkArgs(fc: FnChecker, expr: { args: Expr[]; span: Expr['span'] }, params: Ty[], what: string): void {
  if (params.length !== expr.args.length) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    fc.env.report(
      'typeck',
      'E0061',
      `this ${what} takes ${plural(params.length, 'argument')} but ${plural(expr.args.length, 'argument')} ${expr.args.length === 1 ? 'was' : 'were'} supplied`,
      expr.span,
    );
  }
  // Like rustc, closures are checked after the other arguments, which often decide their parameter types.
  const order = expr.args.map((arg, i) => ({ arg, i })).sort((a, b) => Number(a.arg.kind === 'closure') - Number(b.arg.kind === 'closure'));
  for (const { arg, i } of order) {
    const param = params[i];
    if (param) fc.checkCoerce(arg, param);
    else fc.check(arg, null);
  }
}

/**
 * The expected type of a call's result informs its arguments (`fold(None, …)` returning
 * Option<&str>): unify the return type with it when they can be equal.
 */
function hintReturn(fc: FnChecker, ret: Ty, expected: Ty | null): void {
  if (!expected) return;
  const e = fc.table.shallow(expected);
  if (e.k === 'var' || e.k === 'error') return;
  fc.table.unify(expected, ret);
}

/** `receiver.method(args)`: probes std families and user impls with auto-deref and auto-ref, as rustc does. */
export function checkMethodCall(fc: FnChecker, expr: ExprOf<'methodCall'>, expected: Ty | null): Ty {
  const receiverTy = fc.check(expr.receiver, null);
  const name = expr.method.name;
  const found = probe(fc, receiverTy, name, expr);
  if (found === 'reported') {
    expr.args.forEach((arg) => fc.check(arg, null));
    return fc.error;
  }
  if (found.kind === 'user') {
    fc.env.out.methods.set(expr.id, { k: 'user', decl: found.decl, owner: found.owner, adjust: found.adjust });
    const sig = fc.env.signatureOf(found.decl);
    if (expr.generics) return fc.unsupported('turbofish on the program’s own methods', expr.span);
    hintReturn(fc, sig.ret, expected);
    checkArgs(fc, expr, sig.params, 'method');
    return sig.ret;
  }
  const generics = explicitGenerics(fc, expr.generics);
  const instance = fc.env.instantiateStdMethod(fc, found.method, found.selfTy, found.params, generics, expected, expr);
  fc.env.out.methods.set(expr.id, { k: 'std', method: found.method, adjust: found.adjust, selfTy: found.selfTy, generics: instance.generics });
  hintReturn(fc, instance.ret, expected);
  checkArgs(fc, expr, instance.params, 'method');
  return instance.after();
}

function explicitGenerics(fc: FnChecker, generics: GenericArg[] | null): Ty[] | null {
  if (!generics) return null;
  return generics.map((arg) => {
    if (arg.kind !== 'type') return fc.unsupported('this generic argument', { line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 });
    return fc.env.lowerType(arg.type, fc.selfTy, true);
  });
}

type Probed =
  | { kind: 'std'; method: StdMethod; selfTy: Ty; params: Map<string, Ty>; adjust: Adjustment }
  | { kind: 'user'; decl: FnDecl; owner: string; adjust: Adjustment };

function probe(fc: FnChecker, receiverTy: Ty, name: string, expr: ExprOf<'methodCall'>): Probed | 'reported' {
  const table = fc.table;
  let ty = receiverTy;
  for (let derefs = 0; derefs < 8; derefs++) {
    const u = fc.known(ty);
    if (u.k === 'error') return 'reported';
    if (u.k === 'var') {
      if (table.kindOf(u.id) === 'general') {
        fc.env.report('typeck', 'E0282', 'type annotations needed', expr.receiver.span);
        return 'reported';
      }
      const viaAny = stdMethodsOf('any')?.get(name);
      if (viaAny) return { kind: 'std', method: viaAny, selfTy: u, params: new Map(), adjust: { derefs, autoref: viaAny.sig.self === 'value' ? 'none' : 'ref', unsize: false } };
      fc.env.report('typeck', 'E0689', `can't call method \`${name}\` on ambiguous numeric type \`${fc.env.show(u)}\``, expr.method.span);
      return 'reported';
    }
    // By value: methods whose receiver type is exactly this step's type.
    if (u.k === 'ref') {
      const adjust: Adjustment = { derefs, autoref: 'none', unsize: false };
      const hit = findMethod(fc, table.shallow(u.inner), name, u.mut ? 'refMut' : 'ref', adjust);
      if (hit) return hit;
      // Trait methods taking `self` are implemented for references too (`(&x).into()`, `r.max(s)`).
      const byValue = stdMethodsOf('any')?.get(name);
      if (byValue && byValue.sig.self === 'value') return { kind: 'std', method: byValue, selfTy: u, params: new Map(), adjust };
    } else {
      const hit = findMethod(fc, u, name, 'value', { derefs, autoref: 'none', unsize: false })
        ?? findMethod(fc, u, name, 'ref', { derefs, autoref: 'ref', unsize: false })
        ?? findMethod(fc, u, name, 'refMut', { derefs, autoref: 'refMut', unsize: false });
      if (hit) return hit;
    }
    const next = derefStep(u);
    if (!next) {
      if (u.k === 'array') {
        const slice: Ty = { k: 'slice', elem: u.elem };
        const hit = findMethod(fc, slice, name, 'ref', { derefs, autoref: 'ref', unsize: true })
          ?? findMethod(fc, slice, name, 'refMut', { derefs, autoref: 'refMut', unsize: true });
        if (hit) return hit;
      }
      break;
    }
    ty = next;
  }
  return reportNoMethod(fc, receiverTy, name, expr);
}

/** One auto-deref step: through references, Box, String → str, Vec → slice. */
function derefStep(u: Ty): Ty | null {
  if (u.k === 'ref') return u.inner;
  if (u.k === 'adt' && u.name === 'Box') return u.args[0]!;
  if (u.k === 'adt' && u.name === 'String') return { k: 'str' };
  if (u.k === 'adt' && u.name === 'Vec') return { k: 'slice', elem: u.args[0]! };
  return null;
}

function findMethod(fc: FnChecker, ty: Ty, name: string, mode: 'value' | 'ref' | 'refMut', adjust: Adjustment): Probed | null {
  if (ty.k === 'adt' && (fc.env.info.structs.has(ty.name) || fc.env.info.enums.has(ty.name))) {
    const decl = fc.env.userMethod(ty.name, name);
    if (decl?.selfParam && decl.selfParam.kind === mode) return { kind: 'user', decl, owner: ty.name, adjust };
    if (decl?.selfParam) return null;
  }
  for (const { family, params } of familiesOf(ty)) {
    const method = stdMethodsOf(family)?.get(name);
    if (method && method.sig.self === mode) return { kind: 'std', method, selfTy: ty, params, adjust };
  }
  return null;
}

/** Trait methods any type may have through derives or blanket impls (clone, to_string, into…). */
const BLANKET_METHODS = new Set(['clone', 'clone_from', 'to_string', 'to_owned', 'eq', 'ne', 'cmp', 'partial_cmp', 'lt', 'le', 'gt', 'ge', 'max', 'min', 'clamp', 'hash', 'fmt', 'into', 'try_into', 'borrow', 'borrow_mut', 'type_id', 'default']);

function reportNoMethod(fc: FnChecker, receiverTy: Ty, name: string, expr: ExprOf<'methodCall'>): 'reported' {
  // Methods that exist in real std but are not modelled here make the verdict unknown, never an error.
  const docNames = fc.env.docTypeNames(receiverTy);
  if (docNames === 'user') {
    if (BLANKET_METHODS.has(name)) fc.unsupported(`the method \`${name}\` on \`${fc.env.show(receiverTy)}\``, expr.method.span);
  } else if (docNames === null || docNames.some((doc) => stdTypeHasMethod(doc, name) !== false)) {
    fc.unsupported(`the method \`${name}\` on \`${fc.env.show(receiverTy)}\``, expr.method.span);
  }
  const shown = fc.env.show(derefAll(fc, receiverTy));
  fc.env.report('typeck', 'E0599', `no method named \`${name}\` found for ${fc.env.kindWord(receiverTy)} \`${shown}\` in the current scope`, expr.method.span);
  return 'reported';
}

function derefAll(fc: FnChecker, ty: Ty): Ty {
  let t = fc.table.shallow(ty);
  while (t.k === 'ref') t = fc.table.shallow(t.inner);
  return t;
}
