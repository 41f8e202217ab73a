import type { Expr, FnDecl, Path, Span, TypeExpr } from '../syntax/ast';
import { stdTypeHasConst, stdTypeHasMethod } from '../std/paths';
import type { Obligation, StdFunction, StdMethod } from '../std/registry';
import type { SigType } from '../std/sig';
import { diagnostic, Unsupported, type CheckDiagnostic, type Phase } from './diagnostics';
import { displayTy } from './display';
import type { FnChecker } from './fn-checker';
import { InferenceTable } from './infer';
import { lowerType } from './lower-type';
import { fieldList, type ProgramInfo } from './program';
import { instantiateStdFunction, instantiateStdMethod, type Instance } from './std-calls';
import { implementsTrait, type Answer, type TraitName } from './traits';
import type { Binding, CheckedProgram, ValueRes } from './typed';
import { adt, type Ty } from './types';

export type VariantFields =
  | { kind: 'named'; fields: { name: string; ty: Ty }[] }
  | { kind: 'tuple'; types: Ty[] }
  | { kind: 'unit' };

/** State shared by every function body of one program while it is checked. */
export class ProgramEnv {
  readonly table = new InferenceTable();
  readonly diagnostics: CheckDiagnostic[] = [];
  readonly out: CheckedProgram;
  /** Requirements to check when types are known, with where to report them. */
  readonly obligations: { obligation: Obligation; span: Span; body: number }[] = [];
  /** Integer literals, to check their value fits their final type (overflowing_literals). */
  readonly intLiterals: { expr: Expr; value: bigint; negated: boolean; body: number }[] = [];
  /** The function body being checked, so that what a body left undecided can be set aside if it was abandoned. */
  body = 0;
  /** Bodies abandoned at an unsupported construct: their inference is incomplete. */
  readonly abandonedBodies = new Set<number>();
  readonly #variantFields = new Map<string, VariantFields>();
  readonly #methodFunctions = new Map<StdMethod, StdFunction>();
  #nextBinding = 0;

  constructor(readonly info: ProgramInfo) {
    this.out = {
      info,
      types: new Map(),
      values: new Map(),
      methods: new Map(),
      derefs: new Map(),
      patterns: new Map(),
      captures: new Map(),
      signatures: new Map(),
      selfBindings: new Map(),
      exprs: new Map(),
      formatCaptures: new Map(),
      fieldTypes: (adtName, variant) => {
        const fields = this.variantFieldTypes(adtName, variant);
        if (!fields) return [];
        if (fields.kind === 'named') return fields.fields.map((f) => ({ name: f.name, ty: this.table.resolve(f.ty) }));
        if (fields.kind === 'tuple') return fields.types.map((ty) => ({ name: null, ty: this.table.resolve(ty) }));
        return [];
      },
      resolve: (ty) => this.table.resolve(ty),
    };
  }

  report(phase: Phase, code: string | null, message: string, span: Span): void {
    this.diagnostics.push(diagnostic(phase, code, message, span));
  }

  show(ty: Ty): string {
    return displayTy(ty, this.table);
  }

  implements(ty: Ty, trait: TraitName): Answer {
    return implementsTrait(ty, trait, this.info, this.table);
  }

  newBinding(name: string, ty: Ty, mutable: boolean, span: Span, deferredInit = false): Binding {
    return { id: this.#nextBinding++, name, ty, mutable, span, deferredInit };
  }

  /** A written type as a checker type; `_` only where inference may fill it in. */
  lowerType(type: TypeExpr, selfTy: Ty | null, allowInfer: boolean): Ty {
    return lowerType(type, { info: this.info, table: this.table, diagnostics: this.diagnostics, selfTy, allowInfer });
  }

  signatureOf(decl: FnDecl): { params: Ty[]; ret: Ty; selfTy: Ty | null } {
    const sig = this.out.signatures.get(decl);
    if (!sig) throw new Unsupported(`the signature of \`${decl.name.name}\``, decl.span);
    return sig;
  }

  /** The type of the `self` parameter of a method. */
  selfParamType(decl: FnDecl, selfTy: Ty): Ty {
    const mode = decl.selfParam?.kind;
    return mode === 'ref' ? { k: 'ref', mut: false, inner: selfTy } : mode === 'refMut' ? { k: 'ref', mut: true, inner: selfTy } : selfTy;
  }

  // ---- the program's own types -------------------------------------------------------------

  isUserType(ty: Ty): boolean {
    let t = this.table.shallow(ty);
    while (t.k === 'ref') t = this.table.shallow(t.inner);
    return t.k === 'adt' && (this.info.structs.has(t.name) || this.info.enums.has(t.name));
  }

  /** Field types of a struct (variant null) or enum variant. */
  variantFieldTypes(adtName: string, variant: string | null): VariantFields | null {
    const key = `${adtName}::${variant ?? ''}`;
    const cached = this.#variantFields.get(key);
    if (cached) return cached;
    const fields = variant === null
      ? this.info.structs.get(adtName)?.fields
      : this.info.enums.get(adtName)?.variants.find((v) => v.name.name === variant)?.fields;
    if (!fields) return null;
    const selfTy = adt(adtName);
    const lowered = fieldList(fields).map((f) => ({ name: f.name, ty: this.lowerType(f.type, selfTy, false) }));
    const result: VariantFields =
      fields.kind === 'named'
        ? { kind: 'named', fields: lowered.map((f) => ({ name: f.name!, ty: f.ty })) }
        : fields.kind === 'tuple'
          ? { kind: 'tuple', types: lowered.map((f) => f.ty) }
          : { kind: 'unit' };
    this.#variantFields.set(key, result);
    return result;
  }

  /** The struct or struct-like variant a struct literal or struct pattern names. */
  resolveStructPath(fc: FnChecker, path: Path): { adt: string; variant: string | null; fields: { name: string; ty: Ty }[] } | null {
    const names = path.segments.map((s) => (s.name === 'Self' ? (this.selfTypeName(fc) ?? 'Self') : s.name));
    let adtName: string | undefined;
    let variant: string | null = null;
    if (names.length === 1) {
      const imported = this.info.imports.get(names[0]!);
      if (imported?.kind === 'variant') {
        adtName = imported.enumName;
        variant = imported.variant;
      } else {
        adtName = names[0]!;
      }
    } else if (names.length === 2) {
      adtName = names[0]!;
      variant = names[1]!;
    } else {
      return fc.unsupported('this struct path', path.span);
    }
    const fields = this.info.structs.has(adtName) || this.info.enums.has(adtName) ? this.variantFieldTypes(adtName, variant) : null;
    if (!fields) {
      const shown = names.join('::');
      this.report('resolve', 'E0422', `cannot find struct, variant or union type \`${shown}\` in this scope`, path.span);
      return null;
    }
    if (fields.kind !== 'named') {
      if (fields.kind === 'unit') return { adt: adtName, variant, fields: [] };
      return fc.unsupported('tuple structs written with braces', path.span);
    }
    return { adt: adtName, variant, fields: fields.fields };
  }

  selfTypeName(fc: FnChecker): string | null {
    const t = fc.selfTy ? this.table.shallow(fc.selfTy) : null;
    return t && t.k === 'adt' ? t.name : null;
  }

  /** An inherent method, or a method of a trait the type implements. */
  userMethod(typeName: string, name: string): FnDecl | null {
    const inherent = this.info.inherent.get(typeName)?.get(name);
    if (inherent) return inherent;
    for (const impl of this.info.traitImpls.get(typeName)?.values() ?? []) {
      const fn = impl.items.find((item) => item.kind === 'fn' && item.name.name === name);
      if (fn && fn.kind === 'fn') return fn;
    }
    return null;
  }

  userMethodOnType(ty: Ty, name: string): boolean {
    const t = this.table.shallow(ty);
    return t.k === 'adt' && this.userMethod(t.name, name) !== null;
  }

  /** A user operator implementation (`impl Add for Point`): checks the right operand, returns the output type. */
  userOperator(fc: FnChecker, expr: Extract<Expr, { kind: 'binary' }>, traitName: string, l: Ty, r: Ty): Ty | null {
    const t = this.table.shallow(l);
    if (!traitName || t.k !== 'adt') return null;
    const impls = this.info.traitImpls.get(t.name);
    if (!impls) return null;
    const impl = [...impls.entries()].find(([name]) => name === traitName || name.endsWith(`::${traitName}`))?.[1];
    const method = impl?.items.find((item) => item.kind === 'fn');
    if (!method || method.kind !== 'fn') return null;
    const sig = this.signatureOf(method);
    fc.coerce(r, sig.params[0] ?? fc.error, expr.right.span);
    this.out.methods.set(expr.id, { k: 'user', decl: method, owner: t.name, adjust: { derefs: 0, autoref: 'none', unsize: false } });
    return sig.ret;
  }

  // ---- std ---------------------------------------------------------------------------------

  /** The documentation pages whose method lists apply to a type (for "exists but not modelled"). */
  docTypeNames(ty: Ty): string[] | 'user' | null {
    let t = this.table.shallow(ty);
    while (t.k === 'ref') t = this.table.shallow(t.inner);
    switch (t.k) {
      case 'int':
      case 'float':
        return [t.ty];
      case 'bool':
      case 'char':
      case 'str':
        return [t.k];
      case 'slice':
      case 'array':
      case 'tuple':
        return [t.k];
      case 'iter':
        return ['Iterator', 'DoubleEndedIterator', 'ExactSizeIterator', 'Peekable', 'Chars'];
      case 'adt':
        if (this.isUserType(t)) return 'user';
        if (t.name === 'Range' || t.name === 'RangeInclusive') return [t.name, 'Iterator', 'DoubleEndedIterator', 'ExactSizeIterator'];
        return stdTypeHasMethod(t.name, 'clone') === null ? null : [t.name];
      default:
        return null;
    }
  }

  /** rustc's word for a type in "no method named … found for <word> `T`". */
  kindWord(ty: Ty): string {
    const t = this.table.shallow(ty);
    if (t.k === 'ref') return 'reference';
    if (t.k === 'adt') return this.info.enums.has(t.name) || t.name === 'Option' || t.name === 'Result' || t.name === 'Ordering' ? 'enum' : 'struct';
    if (t.k === 'slice' || t.k === 'array') return t.k;
    return 'type';
  }

  /** `Vec::nonexistent`: E0599 when std has no such item, unknown when std has it but it is not modelled. */
  missingStdItem(typeName: string, name: string, path: Path): null {
    if (stdTypeHasMethod(typeName, name) !== false || stdTypeHasConst(typeName, name)) {
      throw new Unsupported(`\`${typeName}::${name}\``, path.span);
    }
    const kind = typeName === 'Option' || typeName === 'Result' ? 'enum' : /^[A-Z]/.test(typeName) ? 'struct' : 'type';
    this.report('typeck', 'E0599', `no function or associated item named \`${name}\` found for ${kind} \`${typeName}\` in the current scope`, path.segments[path.segments.length - 1]!.span);
    return null;
  }

  stdConstType(fn: StdFunction, selfTy: Ty | null, span: Span): Ty {
    return instantiateStdFunction(this, fn, selfTy, null, span).ret;
  }

  instantiateStdFunction(fc: FnChecker, res: Extract<ValueRes, { k: 'std' }>, callee: Expr, expected: Ty | null): Instance {
    void fc;
    return instantiateStdFunction(this, res.fn, res.selfTy, expected, callee.span);
  }

  instantiateStdMethod(
    fc: FnChecker,
    method: StdMethod,
    selfTy: Ty,
    params: Map<string, Ty>,
    generics: Ty[] | null,
    expected: Ty | null,
    expr: Extract<Expr, { kind: 'methodCall' }>,
  ): Instance {
    return instantiateStdMethod(this, fc, method, selfTy, params, generics, expected, expr);
  }

  /** A method used as a function value (`char::is_alphanumeric`), with its receiver as the first parameter. */
  methodAsFunction(method: StdMethod): StdFunction {
    const cached = this.#methodFunctions.get(method);
    if (cached) return cached;
    const self: SigType = { k: 'name', name: 'Self', args: [] };
    const first: SigType = method.sig.self === 'ref' ? { k: 'ref', mut: false, inner: self } : method.sig.self === 'refMut' ? { k: 'ref', mut: true, inner: self } : self;
    const fn: StdFunction = {
      path: `${method.family}::${method.name}`,
      sig: { ...method.sig, self: null, params: [first, ...method.sig.params] },
      family: method.family,
      requires: method.requires,
      isConst: false,
      run: (args, types, rt) => {
        const [receiver, ...rest] = args;
        let self = receiver!;
        let place = null;
        while (self.k === 'ref') {
          place = self.place;
          self = self.place.get();
        }
        return method.run({ self, place, args: rest, selfTy: types.params[0]!, retTy: types.ret, generics: types.generics, rt });
      },
    };
    this.#methodFunctions.set(method, fn);
    return fn;
  }

  /** The type of a value path once resolved. */
  typeOfValue(fc: FnChecker, res: ValueRes, path: Path): Ty {
    switch (res.k) {
      case 'local':
        return res.binding.ty;
      case 'fn': {
        const sig = this.signatureOf(res.decl);
        const params = res.decl.selfParam ? [this.selfParamType(res.decl, sig.selfTy!), ...sig.params] : sig.params;
        return { k: 'fn', params, ret: sig.ret, origin: 'item' };
      }
      case 'ctor': {
        const adtTy = fc.env.ctorType(fc, res);
        if (res.unit) return adtTy.ret;
        return { k: 'fn', params: adtTy.params, ret: adtTy.ret, origin: 'item' };
      }
      case 'const':
        return res.decl.type ? this.lowerType(res.decl.type, null, false) : fc.error;
      case 'std': {
        const instance = instantiateStdFunction(this, res.fn, res.selfTy, null, path.span);
        instance.after();
        if (res.fn.isConst) return instance.ret;
        return { k: 'fn', params: instance.params, ret: instance.ret, origin: 'item' };
      }
    }
  }

  ctorType(fc: FnChecker, res: Extract<ValueRes, { k: 'ctor' }>): { params: Ty[]; ret: Ty } {
    if (res.adt === 'Option') {
      const t = this.table.fresh();
      return { params: res.variant === 'Some' ? [t] : [], ret: adt('Option', [t]) };
    }
    if (res.adt === 'Result') {
      const ok = this.table.fresh();
      const err = this.table.fresh();
      return { params: [res.variant === 'Ok' ? ok : err], ret: adt('Result', [ok, err]) };
    }
    if (res.adt === 'Ordering') return { params: [], ret: adt('Ordering') };
    if (res.adt === 'Reverse') {
      const t = this.table.fresh();
      return { params: [t], ret: adt('Reverse', [t]) };
    }
    const fields = this.variantFieldTypes(res.adt, res.variant);
    if (!fields) return fc.unsupported(`the constructor \`${res.adt}\``, { line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 });
    return { params: fields.kind === 'tuple' ? fields.types : [], ret: adt(res.adt) };
  }

  /** The item type of `for x in <expr>`. */
  itemOfIntoIterator(fc: FnChecker, ty: Ty, span: Span): Ty {
    const t = fc.known(ty);
    const refOf = (inner: Ty, mut: boolean): Ty => ({ k: 'ref', mut, inner });
    const notIterator = () => {
      this.report('typeck', 'E0277', `\`${this.show(ty)}\` is not an iterator`, span);
      return fc.error;
    };
    switch (t.k) {
      case 'error':
        return fc.error;
      case 'iter':
        return t.item;
      case 'array':
        return t.elem;
      case 'var':
        if (this.table.kindOf(t.id) !== 'general') return notIterator();
        this.report('typeck', 'E0282', 'type annotations needed', span);
        return fc.error;
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
      case 'str':
      case 'tuple':
        return notIterator();
      case 'adt':
        switch (t.name) {
          case 'Range':
          case 'RangeInclusive':
          case 'RangeFrom':
            return t.args[0]!;
          case 'Vec':
          case 'VecDeque':
          case 'HashSet':
          case 'BTreeSet':
          case 'Option':
            return t.args[0]!;
          case 'HashMap':
          case 'BTreeMap':
            return { k: 'tuple', elems: [t.args[0]!, t.args[1]!] };
          case 'String':
            return notIterator();
        }
        if (this.isUserType(t)) return notIterator();
        return fc.unsupported(`iterating over \`${this.show(ty)}\``, span);
      case 'ref': {
        const inner = this.table.shallow(t.inner);
        if (inner.k === 'slice' || inner.k === 'array') return refOf(inner.elem, t.mut);
        if (inner.k === 'adt') {
          if (inner.name === 'Vec' || inner.name === 'VecDeque') return refOf(inner.args[0]!, t.mut);
          if (inner.name === 'HashSet' || inner.name === 'BTreeSet') {
            if (t.mut) return fc.unsupported('iterating over `&mut` sets', span);
            return refOf(inner.args[0]!, false);
          }
          if (inner.name === 'HashMap' || inner.name === 'BTreeMap') return { k: 'tuple', elems: [refOf(inner.args[0]!, false), refOf(inner.args[1]!, t.mut)] };
          if (inner.name === 'String') return notIterator();
        }
        if (inner.k === 'str') return notIterator();
        if (inner.k === 'iter' && t.mut) return inner.item;
        return fc.unsupported(`iterating over \`${this.show(ty)}\``, span);
      }
      default:
        return fc.unsupported(`iterating over \`${this.show(ty)}\``, span);
    }
  }
}
