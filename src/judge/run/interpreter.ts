import type { CheckedProgram, ValueRes } from '../check/typed';
import type { Ty } from '../check/types';
import type { Block, Expr, FnDecl, Span, Stmt } from '../syntax/ast';
import { ProcessExit } from '../std/families/functions';
import type { Runtime } from '../std/registry';
import { Unsupported } from '../check/diagnostics';
import type { TestOutcome } from '../../core/verdict';
import { DEFAULT_MAX_ALLOCATION } from '../limits';
import { HANDLERS } from './eval-expr';
import type { FormatHooks } from './format-value';
import { bindPattern } from './eval-pattern';
import { createRuntime, cloneValue } from './runtime';
import { mayBeCopyAggregate, Panic, type Place, type Value } from './values';

/** Where a test assert of the harness sits (1-based), so its failure is a wrong answer. */
export interface TestSite {
  line: number;
  column: number;
  source: string;
}

export interface RunLimits {
  /** Evaluation steps before the run counts as not terminating. */
  maxSteps: number;
  /** Wall-clock limit, ms. */
  timeLimitMs: number;
  /** Elements one bulk allocation may create. */
  maxAllocation?: number;
  now: () => number;
}

export type RunOutcome =
  | { kind: 'completed'; stdout: string; tests: TestOutcome[] }
  | { kind: 'panicked'; message: string; span: Span | null; failedTest: boolean; stdout: string; tests: TestOutcome[] }
  | { kind: 'timeout'; stdout: string; tests: TestOutcome[] }
  | { kind: 'exited'; code: number; stdout: string; tests: TestOutcome[] }
  | { kind: 'unsupported'; construct: string; span: Span | null; stdout: string; tests: TestOutcome[] };

/** Variables of one function call (or closure call), by binding id. */
export class Frame {
  /** Created on the first binding: most blocks (loop bodies, branches) bind nothing. */
  #cells: Map<number, Place> | null = null;
  constructor(readonly parent: Frame | null) {}

  lookup(id: number): Place | null {
    for (let frame: Frame | null = this; frame; frame = frame.parent) {
      const cell = frame.#cells?.get(id);
      if (cell) return cell;
    }
    return null;
  }

  define(id: number, value: Value): void {
    this.bind(id, new Cell(value));
  }

  bind(id: number, place: Place): void {
    (this.#cells ??= new Map()).set(id, place);
  }
}

/** A variable's storage. */
class Cell implements Place {
  constructor(private value: Value) {}
  get(): Value {
    return this.value;
  }
  set(value: Value): void {
    this.value = value;
  }
}

export class BreakSignal {
  constructor(readonly label: string | null, readonly value: Value) {}
}
export class ContinueSignal {
  constructor(readonly label: string | null) {}
}
export class ReturnSignal {
  constructor(readonly value: Value) {}
}
class TimeoutSignal {}
class MemoryLimitSignal {
  constructor(readonly elements: number) {}
}

const UNIT_VALUE: Value = { k: 'unit' };


/** Runs a checked program's `main`, tree-walking the AST with the checker's side tables. */
export class Interpreter {
  readonly rt: Runtime & { hooks: FormatHooks };
  stdout = '';
  readonly tests: TestOutcome[] = [];
  /** The span of the operation being performed, for panic locations. */
  at: Span | null = null;
  #steps = 0;
  readonly #deadline: number;
  readonly #testSites: Map<string, TestSite>;
  readonly #constCache = new Map<unknown, Value>();
  /** The checker's side tables by expression id (ids are dense): array reads are the interpreter's hottest path. */
  readonly #types: (Ty | undefined)[] = [];
  readonly #values: (ValueRes | undefined)[] = [];
  depth = 0;

  constructor(
    readonly checked: CheckedProgram,
    readonly limits: RunLimits,
    testSites: TestSite[],
  ) {
    this.#deadline = limits.now() + limits.timeLimitMs;
    for (const [id, ty] of checked.types) this.#types[id] = ty;
    for (const [id, res] of checked.values) this.#values[id] = res;
    this.#testSites = new Map(testSites.map((site) => [`${site.line}:${site.column}`, site]));
    this.rt = createRuntime(checked, {
      call: (callable, args) => this.callValue(callable, args),
      callTraitMethod: (trait, method, self, args) => this.callTraitMethod(trait, method, self, args),
      step: () => this.step(),
      allocate: (elements) => this.allocate(elements),
    });
  }

  run(): RunOutcome {
    const main = this.checked.info.fns.get('main');
    const base = () => ({ stdout: this.stdout, tests: this.tests });
    if (!main) return { kind: 'unsupported', construct: 'a program without `main`', span: null, ...base() };
    try {
      this.callFn(main, null, []);
      return { kind: 'completed', ...base() };
    } catch (error) {
      if (error instanceof Panic) {
        const failedTest = (error as Panic & { failedTest?: boolean }).failedTest === true;
        return { kind: 'panicked', message: error.panicMessage, span: (error as Panic & { span?: Span }).span ?? this.at, failedTest, ...base() };
      }
      if (error instanceof TimeoutSignal) return { kind: 'timeout', ...base() };
      if (error instanceof MemoryLimitSignal) {
        const construct = `an allocation of ${error.elements} elements, more memory than the in-browser judge allows`;
        return { kind: 'unsupported', construct, span: this.at, ...base() };
      }
      if (error instanceof ProcessExit) return { kind: 'exited', code: error.code, ...base() };
      if (error instanceof Unsupported) return { kind: 'unsupported', construct: error.construct, span: error.span, ...base() };
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        return { kind: 'unsupported', construct: 'recursion deeper than the in-browser judge can follow', span: this.at, ...base() };
      }
      throw error;
    }
  }

  /** Charges one step; throws when the budget or the time limit is exhausted. */
  step(): void {
    this.#steps++;
    if (this.#steps > this.limits.maxSteps) throw new TimeoutSignal();
    if ((this.#steps & 0xfff) === 0 && this.limits.now() > this.#deadline) throw new TimeoutSignal();
  }

  /** Charges a bulk allocation: one step per 8 elements, refused beyond the memory limit. */
  allocate(elements: number): void {
    if (elements > (this.limits.maxAllocation ?? DEFAULT_MAX_ALLOCATION)) throw new MemoryLimitSignal(elements);
    this.#steps += elements >>> 3;
    this.step();
  }

  testSite(span: Span): TestSite | undefined {
    return this.#testSites.get(`${span.line}:${span.column}`);
  }

  typeOf(expr: Expr): Ty {
    const ty = this.#types[expr.id];
    if (!ty) throw new Error(`no type recorded for expression ${expr.id} (${expr.kind})`);
    return ty;
  }

  // ---- functions --------------------------------------------------------------------------

  /** Calls a user function (or method, with `self` first). */
  callFn(decl: FnDecl, self: Value | null, args: Value[]): Value {
    if (!decl.body) throw new Unsupported(`calling \`${decl.name.name}\` without a body`, decl.span);
    this.step();
    const frame = new Frame(null);
    if (decl.selfParam) {
      const binding = this.checked.selfBindings.get(decl);
      if (!binding || !self) throw new Error(`method ${decl.name.name} called without self`);
      frame.define(binding.id, self);
    }
    decl.params.forEach((param, i) => bindPattern(this, frame, param.pattern, args[i]!, null));
    this.depth++;
    try {
      return this.evalBlock(decl.body, frame);
    } catch (signal) {
      if (signal instanceof ReturnSignal) return signal.value;
      throw signal;
    } finally {
      this.depth--;
    }
  }

  /** Calls any callable value: closures, function items, constructors, std functions. */
  callValue(callable: Value, args: Value[]): Value {
    let c = callable;
    while (c.k === 'ref') c = c.place.get();
    if (c.k !== 'callable') throw new Error(`calling a ${c.k}`);
    return c.call(args);
  }

  /** `impl Trait for Type` method on a user value, if the program has one. */
  callTraitMethod(trait: string, method: string, self: Value, args: Value[]): Value | undefined {
    let v = self;
    while (v.k === 'ref') v = v.place.get();
    if (v.k !== 'adt') return undefined;
    const impls = this.checked.info.traitImpls.get(v.name);
    if (!impls) return undefined;
    const impl = [...impls.entries()].find(([name]) => name === trait || name.endsWith(`::${trait}`))?.[1];
    const fn = impl?.items.find((item) => item.kind === 'fn' && item.name.name === method);
    if (!fn || fn.kind !== 'fn') return undefined;
    if (method === 'fmt') {
      const formatter: Value = { k: 'adt', name: 'Formatter', variant: null, fields: [{ k: 'string', v: '' }], fieldNames: null };
      const place: Place = { get: () => formatter, set: () => {} };
      this.callFn(fn, { k: 'ref', mutable: false, place: { get: () => v, set: () => {} } }, [{ k: 'ref', mutable: true, place }]);
      return { k: 'str', v: (formatter.fields[0] as { v: string }).v };
    }
    const selfArg: Value | null = fn.selfParam ? (fn.selfParam.kind === 'value' ? v : { k: 'ref', mutable: false, place: { get: () => v, set: () => {} } }) : null;
    return this.callFn(fn, selfArg, args);
  }

  // ---- blocks -----------------------------------------------------------------------------

  evalBlock(block: Block, parent: Frame): Value {
    const frame = new Frame(parent);
    const stmts = block.stmts;
    for (let i = 0; i < stmts.length; i++) this.execStmt(stmts[i]!, frame);
    return block.tail ? HANDLERS[block.tail.kind](this, block.tail as never, frame) : UNIT_VALUE;
  }

  execStmt(stmt: Stmt, frame: Frame): void {
    switch (stmt.kind) {
      case 'item':
        return;
      case 'expr':
        this.eval(stmt.expr, frame);
        return;
      case 'let': {
        if (!stmt.init) {
          bindPattern(this, frame, stmt.pattern, { k: 'unit' }, null, true);
          return;
        }
        const value = this.eval(stmt.init, frame);
        const matched = bindPattern(this, frame, stmt.pattern, value, null);
        if (!matched) {
          if (!stmt.elseBlock) throw new Error('refutable pattern in let without else');
          this.evalBlock(stmt.elseBlock, frame);
          throw new Error('let-else block did not diverge');
        }
        return;
      }
    }
  }

  eval(expr: Expr, frame: Frame): Value {
    this.step();
    return HANDLERS[expr.kind](this, expr as never, frame);
  }

  /** What a path expression names (from the checker). */
  valueOf(expr: Expr): ValueRes | undefined {
    return this.#values[expr.id];
  }

  /** Reads a place as a value: Copy aggregates are copied so later writes do not alias. */
  read(place: Place, ty: Ty): Value {
    const value = place.get();
    return mayBeCopyAggregate(value) && isCopyAggregate(ty, this.checked) ? cloneValue(value) : value;
  }

  constValue(key: unknown, compute: () => Value): Value {
    const cached = this.#constCache.get(key);
    if (cached) return cached;
    const value = compute();
    this.#constCache.set(key, value);
    return value;
  }

  panicAt(message: string, span: Span): never {
    const panic = new Panic(message) as Panic & { span: Span };
    panic.span = span;
    throw panic;
  }
}

/** Copy values that hold other values (tuples, arrays, Copy structs): a copy must not share them. */
export function isCopyAggregate(ty: Ty, checked: CheckedProgram): boolean {
  switch (ty.k) {
    case 'tuple':
      return ty.elems.length > 0 && ty.elems.every((e) => isCopy(e, checked));
    case 'array':
      return isCopy(ty.elem, checked);
    case 'adt':
      if (ty.name === 'Option') return isCopyAggregate(ty.args[0]!, checked);
      return (checked.info.structs.get(ty.name) ?? checked.info.enums.get(ty.name))?.attributes.derives.includes('Copy') ?? false;
    default:
      return false;
  }
}

function isCopy(ty: Ty, checked: CheckedProgram): boolean {
  switch (ty.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'char':
    case 'never':
      return true;
    case 'ref':
      return !ty.mut;
    case 'tuple':
      return ty.elems.every((e) => isCopy(e, checked));
    case 'array':
      return isCopy(ty.elem, checked);
    case 'adt':
      if (ty.name === 'Option') return isCopy(ty.args[0]!, checked);
      if (ty.name === 'Ordering') return true;
      return (checked.info.structs.get(ty.name) ?? checked.info.enums.get(ty.name))?.attributes.derives.includes('Copy') ?? false;
    default:
      return false;
  }
}
