import { checkFormatArguments, isFormatError, parseFormatString, type ArgRef, type FormatTrait } from '../run/format-spec';
import type { Expr, FormatArgs, Span } from '../syntax/ast';
import type { FnChecker } from './fn-checker';
import { checkEqualityOperands } from './ops';
import { bool, never, string, unit, usize, vec, type Ty } from './types';

type MacroExpr = Extract<Expr, { kind: 'macro' }>;

/** The std macros the judge understands. */
export function checkMacro(fc: FnChecker, expr: MacroExpr, expected: Ty | null): Ty {
  switch (expr.macro) {
    case 'vec': {
      const e = expected ? fc.table.shallow(expected) : null;
      const elem = e && e.k === 'adt' && e.name === 'Vec' ? e.args[0]! : fc.table.fresh();
      if (expr.form === 'list') {
        for (const item of expr.elems) fc.checkCoerce(item, elem);
      } else {
        fc.checkCoerce(expr.value, elem);
        fc.checkCoerce(expr.count, usize);
        if (fc.env.implements(elem, 'Clone') === 'no') {
          fc.env.report('typeck', 'E0277', `the trait bound \`${fc.env.show(elem)}: Clone\` is not satisfied`, expr.value.span);
        }
      }
      return vec(elem);
    }
    case 'format':
      checkFormat(fc, expr.format, expr.span);
      return string;
    case 'print':
    case 'println':
    case 'eprint':
    case 'eprintln':
      checkFormat(fc, expr.format, expr.span);
      return unit;
    case 'panic':
    case 'unreachable':
    case 'todo':
    case 'unimplemented':
      checkFormat(fc, expr.format, expr.span);
      return never;
    case 'write':
    case 'writeln': {
      const target = fc.table.shallow(fc.check(expr.target, null));
      checkFormat(fc, expr.format, expr.span);
      const inner = target.k === 'ref' ? fc.table.shallow(target.inner) : target;
      if (inner.k === 'adt' && inner.name === 'Formatter') return { k: 'adt', name: 'Result', args: [unit, { k: 'adt', name: 'fmt::Error', args: [] }] };
      return fc.unsupported(`\`${expr.macro}!\` to anything but a Formatter`, expr.span);
    }
    case 'assert':
    case 'debug_assert':
      fc.checkCoerce(expr.condition, bool);
      checkFormat(fc, expr.message, expr.span);
      return unit;
    case 'assert_eq':
    case 'assert_ne':
    case 'debug_assert_eq':
    case 'debug_assert_ne': {
      const left = fc.check(expr.left, null);
      const right = fc.check(expr.right, fc.table.shallow(left).k === 'var' ? left : null);
      if (checkEqualityOperands(fc, left, right, expr.right.span, expr.span)) {
        for (const [ty, side] of [[left, expr.left], [right, expr.right]] as const) {
          if (fc.env.implements(ty, 'Debug') === 'no') {
            fc.env.report('typeck', 'E0277', `\`${fc.env.show(ty)}\` doesn't implement \`Debug\``, side.span);
            break;
          }
        }
      }
      checkFormat(fc, expr.message, expr.span);
      return unit;
    }
    case 'matches': {
      const ty = fc.check(expr.scrutinee, null);
      fc.withScope(() => {
        fc.checkPatternIn(expr.pattern, ty);
        if (expr.guard) fc.checkCoerce(expr.guard, bool);
      });
      return bool;
    }
  }
}

const TRAIT_NAMES: Record<FormatTrait, string> = {
  display: 'std::fmt::Display',
  debug: 'Debug',
  lowerHex: 'LowerHex',
  upperHex: 'UpperHex',
  binary: 'Binary',
  octal: 'Octal',
  lowerExp: 'LowerExp',
  upperExp: 'UpperExp',
};

/** A format macro's template and arguments, checked the way `format_args!` does. */
function checkFormat(fc: FnChecker, format: FormatArgs | null, span: Span): void {
  if (!format) return;
  const argTypes = [...format.positional, ...format.named.map((n) => n.value)].map((arg) => fc.check(arg, null));
  const pieces = parseFormatString(format.template.value);
  if (isFormatError(pieces)) {
    fc.env.report('resolve', null, pieces.message, format.template.span);
    return;
  }
  const named = format.named.map((n) => n.name.name);
  const paths = format.positional.map((arg) => (arg.kind === 'path' && arg.path.segments.length === 1 ? arg.path.segments[0]!.name : null));
  const checked = checkFormatArguments(pieces, format.positional.length, named, paths);
  for (const message of checked.errors) fc.env.report('resolve', null, message, span);
  if (checked.errors.length > 0) return;
  const captured = new Map<string, Ty>();
  for (const name of checked.captures) {
    const binding = fc.lookup(name);
    if (!binding) {
      fc.env.report('resolve', 'E0425', `cannot find value \`${name}\` in this scope`, format.template.span);
      return;
    }
    captured.set(name, binding.ty);
    const forMacro = fc.env.out.formatCaptures.get(format) ?? new Map();
    forMacro.set(name, binding);
    fc.env.out.formatCaptures.set(format, forMacro);
  }
  const typeOf = (ref: ArgRef): Ty | undefined =>
    ref.kind === 'name' ? (argTypes[format.positional.length + named.indexOf(ref.name)] ?? captured.get(ref.name)) : argTypes[ref.index];
  const spanOf = (ref: ArgRef): Span =>
    (ref.kind === 'name' ? format.named.find((n) => n.name.name === ref.name)?.value.span : format.positional[ref.index]?.span) ?? format.template.span;
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    // `{:w$}` and `{:.*}` take their width and precision from a usize argument.
    for (const count of [piece.spec.width, piece.spec.precision]) {
      const countTy = typeof count === 'object' && count ? typeOf(count) : undefined;
      if (countTy) fc.coerce(countTy, usize, spanOf(count as ArgRef));
    }
    const ty = typeOf(piece.arg);
    if (!ty) continue;
    const trait = piece.spec.trait;
    const ok = trait === 'display' || trait === 'debug' ? fc.env.implements(ty, trait === 'display' ? 'Display' : 'Debug') !== 'no' : formatsAsNumber(fc, ty, trait);
    if (!ok) {
      const message = trait === 'display' ? `\`${fc.env.show(ty)}\` doesn't implement \`std::fmt::Display\`` : `the trait bound \`${fc.env.show(ty)}: ${TRAIT_NAMES[trait]}\` is not satisfied`;
      fc.env.report('typeck', 'E0277', message, span);
    }
  }
}

function formatsAsNumber(fc: FnChecker, ty: Ty, trait: FormatTrait): boolean {
  let t = fc.table.shallow(ty);
  while (t.k === 'ref') t = fc.table.shallow(t.inner);
  const isInt = t.k === 'int' || (t.k === 'var' && fc.table.kindOf(t.id) === 'int');
  const isFloat = t.k === 'float' || (t.k === 'var' && fc.table.kindOf(t.id) === 'float');
  if (trait === 'lowerExp' || trait === 'upperExp') return isInt || isFloat || t.k === 'error';
  return isInt || t.k === 'error';
}
