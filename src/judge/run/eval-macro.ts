import type { Expr, FormatArgs } from '../syntax/ast';
import { derefValue, placeOf } from './eval-expr';
import { isFormatError, parseFormatString, type FormatPiece } from './format-spec';
import { formatArguments } from './format-value';
import { okValue } from './integers';
import { displayable } from './runtime';
import { bindPattern } from './eval-pattern';
import { Frame, type Interpreter } from './interpreter';
import { footprint, Panic, type Value } from './values';

type MacroExpr = Extract<Expr, { kind: 'macro' }>;

const UNIT: Value = { k: 'unit' };
const templates = new Map<string, FormatPiece[]>();

/** Runs a format macro's arguments through its template. */
export function formatText(interp: Interpreter, format: FormatArgs | null, frame: Frame): string {
  if (!format) return '';
  let pieces = templates.get(format.template.value);
  if (!pieces) {
    const parsed = parseFormatString(format.template.value);
    if (isFormatError(parsed)) throw new Error(`format string rejected at run time: ${parsed.message}`);
    pieces = parsed;
    templates.set(format.template.value, pieces);
  }
  const positional = format.positional.map((arg) => interp.eval(arg, frame));
  const named = new Map<string, Value>();
  const namedValues = format.named.map((n) => {
    const value = interp.eval(n.value, frame);
    named.set(n.name.name, value);
    return value;
  });
  for (const [name, binding] of interp.checked.formatCaptures.get(format) ?? []) {
    const place = frame.lookup(binding.id);
    if (place) named.set(name, place.get());
  }
  for (const [name, value] of named) named.set(name, displayable(value));
  return formatArguments(pieces, [...positional, ...namedValues].map(displayable), named, interp.rt.hooks);
}

export function evalMacro(interp: Interpreter, expr: MacroExpr, frame: Frame): Value {
  switch (expr.macro) {
    case 'vec':
      if (expr.form === 'list') return { k: 'vec', items: expr.elems.map((e) => interp.eval(e, frame)) };
      {
        const value = interp.eval(expr.value, frame);
        const count = Number((derefValue(interp.eval(expr.count, frame)) as { v: bigint }).v);
        interp.at = expr.span;
        interp.allocate(count * (1 + footprint(value)));
        const items: Value[] = [];
        for (let i = 0; i < count; i++) {
          items.push(i === count - 1 ? value : interp.rt.clone(value));
        }
        return { k: 'vec', items };
      }
    case 'format':
      return { k: 'string', v: formatText(interp, expr.format, frame) };
    case 'print':
      interp.stdout += formatText(interp, expr.format, frame);
      return UNIT;
    case 'println':
      interp.stdout += `${formatText(interp, expr.format, frame)}\n`;
      return UNIT;
    case 'eprint':
    case 'eprintln':
      formatText(interp, expr.format, frame);
      return UNIT;
    case 'panic':
      return interp.panicAt(expr.format ? formatText(interp, expr.format, frame) : 'explicit panic', expr.span);
    case 'unreachable':
      return interp.panicAt(`internal error: entered unreachable code${expr.format ? `: ${formatText(interp, expr.format, frame)}` : ''}`, expr.span);
    case 'todo':
      return interp.panicAt(`not yet implemented${expr.format ? `: ${formatText(interp, expr.format, frame)}` : ''}`, expr.span);
    case 'unimplemented':
      return interp.panicAt(`not implemented${expr.format ? `: ${formatText(interp, expr.format, frame)}` : ''}`, expr.span);
    case 'write':
    case 'writeln': {
      const target = placeOf(interp, expr.target, frame);
      let formatter = target.get();
      while (formatter.k === 'ref') formatter = formatter.place.get();
      if (formatter.k !== 'adt' || formatter.name !== 'Formatter') throw new Error('write! to something other than a Formatter');
      const text = formatText(interp, expr.format, frame) + (expr.macro === 'writeln' ? '\n' : '');
      const buffer = formatter.fields[0] as { k: 'string'; v: string };
      formatter.fields[0] = { k: 'string', v: buffer.v + text };
      return okValue(UNIT);
    }
    case 'assert':
    case 'debug_assert': {
      const ok = derefValue(interp.eval(expr.condition, frame));
      const passed = ok.k === 'bool' && ok.v;
      const site = interp.testSite(expr.span);
      if (site) interp.tests.push({ source: site.source, passed });
      if (passed) return UNIT;
      const message = expr.message ? formatText(interp, expr.message, frame) : `assertion failed: ${conditionText(interp, expr)}`;
      return fail(interp, message, expr, site !== undefined);
    }
    case 'assert_eq':
    case 'assert_ne':
    case 'debug_assert_eq':
    case 'debug_assert_ne': {
      const left = interp.eval(expr.left, frame);
      const right = interp.eval(expr.right, frame);
      const equal = interp.rt.equals(left, right);
      const wantEqual = expr.macro === 'assert_eq' || expr.macro === 'debug_assert_eq';
      const passed = equal === wantEqual;
      const site = interp.testSite(expr.span);
      const l = interp.rt.debug(left);
      const r = interp.rt.debug(right);
      if (site) interp.tests.push(passed ? { source: site.source, passed } : { source: site.source, passed, left: l, right: r });
      if (passed) return UNIT;
      const op = wantEqual ? '==' : '!=';
      const extra = expr.message ? `: ${formatText(interp, expr.message, frame)}` : '';
      return fail(interp, `assertion \`left ${op} right\` failed${extra}\n  left: ${l}\n right: ${r}`, expr, site !== undefined);
    }
    case 'matches': {
      const value = interp.eval(expr.scrutinee, frame);
      return { k: 'bool', v: matchesPattern(interp, expr, value, frame) };
    }
  }
}

function fail(interp: Interpreter, message: string, expr: MacroExpr, failedTest: boolean): never {
  const panic = new Panic(message) as Panic & { span: MacroExpr['span']; failedTest: boolean };
  panic.span = expr.span;
  panic.failedTest = failedTest;
  interp.at = expr.span;
  throw panic;
}

/** `assert!(cond)` reports its condition as written. */
function conditionText(interp: Interpreter, expr: Extract<MacroExpr, { macro: 'assert' | 'debug_assert' }>): string {
  const site = interp.testSite(expr.span);
  const inner = site ? /\(\s*([\s\S]*)\)\s*;?\s*$/.exec(site.source)?.[1] : null;
  return inner ?? 'condition';
}

function matchesPattern(interp: Interpreter, expr: Extract<MacroExpr, { macro: 'matches' }>, value: Value, frame: Frame): boolean {
  const inner = new Frame(frame);
  if (!bindPattern(interp, inner, expr.pattern, value, null)) return false;
  if (!expr.guard) return true;
  const guard = derefValue(interp.eval(expr.guard, inner));
  return guard.k === 'bool' && guard.v;
}
