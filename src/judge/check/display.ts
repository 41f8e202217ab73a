import type { InferenceTable } from './infer';
import type { Ty } from './types';

/** A type as rustc prints it in messages: `i32`, `&str`, `Vec<String>`, `{integer}`, `()`. */
export function displayTy(ty: Ty, table: InferenceTable): string {
  const t = table.shallow(ty);
  switch (t.k) {
    case 'int':
    case 'float':
      return t.ty;
    case 'bool':
    case 'char':
    case 'str':
      return t.k;
    case 'never':
      return '!';
    case 'error':
      return '{type error}';
    case 'param':
      return t.name;
    case 'var': {
      const kind = table.kindOf(t.id);
      return kind === 'int' ? '{integer}' : kind === 'float' ? '{float}' : '_';
    }
    case 'tuple':
      if (t.elems.length === 1) return `(${displayTy(t.elems[0]!, table)},)`;
      return `(${t.elems.map((e) => displayTy(e, table)).join(', ')})`;
    case 'array':
      return `[${displayTy(t.elem, table)}; ${t.len}]`;
    case 'slice':
      return `[${displayTy(t.elem, table)}]`;
    case 'ref':
      return `&${t.mut ? 'mut ' : ''}${displayTy(t.inner, table)}`;
    case 'adt':
      return t.args.length === 0 ? t.name : `${t.name}<${t.args.map((a) => displayTy(a, table)).join(', ')}>`;
    case 'fn':
      if (t.origin === 'closure') return '{closure}';
      return `fn(${t.params.map((p) => displayTy(p, table)).join(', ')})${isUnitTy(t.ret, table) ? '' : ` -> ${displayTy(t.ret, table)}`}`;
    case 'iter':
      return `impl Iterator<Item = ${displayTy(t.item, table)}>`;
  }
}

function isUnitTy(ty: Ty, table: InferenceTable): boolean {
  const t = table.shallow(ty);
  return t.k === 'tuple' && t.elems.length === 0;
}
