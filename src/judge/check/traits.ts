import type { InferenceTable } from './infer';
import type { ProgramInfo } from './program';
import type { Ty } from './types';

/** The std traits whose implementations the checker decides. */
export type TraitName = 'Copy' | 'Clone' | 'PartialEq' | 'Eq' | 'PartialOrd' | 'Ord' | 'Hash' | 'Debug' | 'Display' | 'Default';

/** yes / no, or unknown while inference has not yet decided a type involved. */
export type Answer = 'yes' | 'no' | 'unknown';

const COLLECTIONS_1 = new Set(['Vec', 'VecDeque', 'Option', 'Box', 'HashSet', 'BTreeSet']);

/** Whether `ty` implements `trait` in Rust 1.95 (for the types the judge models). */
export function implementsTrait(ty: Ty, trait: TraitName, info: ProgramInfo, table: InferenceTable): Answer {
  const t = table.shallow(ty);
  const all = (tys: Ty[], tr: TraitName = trait): Answer => combine(tys.map((x) => implementsTrait(x, tr, info, table)));
  switch (t.k) {
    case 'error':
      return 'yes';
    case 'var': {
      const kind = table.kindOf(t.id);
      if (kind === 'general') return 'unknown';
      // Every integer type has all of these; floats lack Eq, Ord and Hash.
      return kind === 'float' && (trait === 'Eq' || trait === 'Ord' || trait === 'Hash') ? 'no' : 'yes';
    }
    case 'param':
      return 'unknown';
    case 'int':
    case 'bool':
    case 'char':
      return 'yes';
    case 'float':
      return trait === 'Eq' || trait === 'Ord' || trait === 'Hash' ? 'no' : 'yes';
    case 'never':
      return 'yes';
    case 'str':
      return trait === 'Copy' || trait === 'Clone' || trait === 'Default' ? 'no' : 'yes';
    case 'tuple':
      if (trait === 'Display') return 'no';
      return all(t.elems);
    case 'array':
      if (trait === 'Display') return 'no';
      return all([t.elem]);
    case 'slice':
      if (trait === 'Display' || trait === 'Copy' || trait === 'Clone' || trait === 'Default') return 'no';
      return all([t.elem]);
    case 'ref':
      if (trait === 'Copy' || trait === 'Clone') return t.mut ? 'no' : 'yes';
      if (trait === 'Default') return 'no';
      return implementsTrait(t.inner, trait, info, table);
    case 'fn':
      if (t.origin === 'closure') return trait === 'Copy' || trait === 'Clone' ? 'unknown' : 'no';
      return trait === 'Display' || trait === 'Default' ? 'no' : 'yes';
    case 'iter':
      // std iterators are Clone (and Debug) when what they hold is; the judge's closures always are.
      if (trait === 'Display') return t.source === 'case' ? 'yes' : 'no';
      return trait === 'Clone' || trait === 'Debug' ? 'yes' : 'no';
    case 'adt':
      return adtImplements(t, trait, info, all);
  }
}

function adtImplements(
  t: Extract<Ty, { k: 'adt' }>,
  trait: TraitName,
  info: ProgramInfo,
  all: (tys: Ty[], tr?: TraitName) => Answer,
): Answer {
  if (info.structs.has(t.name) || info.enums.has(t.name)) {
    const decl = info.structs.get(t.name) ?? info.enums.get(t.name)!;
    if (decl.attributes.derives.includes(trait)) return 'yes';
    if (info.traitImpls.get(t.name)?.has(trait) || info.traitImpls.get(t.name)?.has(`fmt::${trait}`) || info.traitImpls.get(t.name)?.has(`std::fmt::${trait}`)) return 'yes';
    // Eq/Ord imply their partial versions only through explicit impls or derives; Copy requires Clone.
    return 'no';
  }
  switch (t.name) {
    case 'String':
      return trait === 'Copy' ? 'no' : 'yes';
    case 'Ordering':
      return trait === 'Default' ? 'no' : trait === 'Display' ? 'no' : 'yes';
    case 'Option':
      if (trait === 'Display') return 'no';
      if (trait === 'Default') return 'yes';
      return all(t.args);
    case 'Result':
      if (trait === 'Display' || trait === 'Default') return 'no';
      return all(t.args);
    case 'Box':
      if (trait === 'Copy') return 'no';
      return all(t.args);
    case 'Vec':
    case 'VecDeque':
      if (trait === 'Copy' || trait === 'Display') return 'no';
      if (trait === 'Default') return 'yes';
      return all(t.args);
    case 'HashMap':
    case 'HashSet':
      if (trait === 'Copy' || trait === 'Display' || trait === 'PartialOrd' || trait === 'Ord' || trait === 'Hash') return 'no';
      if (trait === 'Default') return 'yes';
      // PartialEq/Eq compare values; keys are already Eq + Hash.
      return trait === 'PartialEq' || trait === 'Eq' ? all(t.name === 'HashMap' ? t.args.slice(1) : []) : all(t.args);
    case 'BTreeMap':
    case 'BTreeSet':
      if (trait === 'Copy' || trait === 'Display') return 'no';
      if (trait === 'Default') return 'yes';
      return all(t.args);
    case 'Range':
    case 'RangeInclusive':
      if (trait === 'Copy' || trait === 'Display' || trait === 'Default' || trait === 'PartialOrd' || trait === 'Ord') return 'no';
      return all(t.args);
    case 'Reverse':
      // std::cmp::Reverse<T> derives everything from T (its order reversed); it has no Display.
      return trait === 'Display' ? 'no' : all(t.args);
    case 'ParseError':
    case 'ParseIntError':
    case 'ParseFloatError':
    case 'ParseBoolError':
    case 'ParseCharError':
    case 'TryFromIntError':
    case 'FromUtf8Error':
    case 'fmt::Error':
      // std's error types: Debug, Display, Clone, PartialEq, Eq; not Copy (except fmt::Error), Ord, Hash or Default.
      return trait === 'Copy' ? (t.name === 'fmt::Error' ? 'yes' : 'no') : trait === 'PartialOrd' || trait === 'Ord' || trait === 'Default' || trait === 'Hash' ? 'no' : 'yes';
    default:
      return COLLECTIONS_1.has(t.name) ? all(t.args) : 'unknown';
  }
}

function combine(answers: Answer[]): Answer {
  if (answers.includes('no')) return 'no';
  if (answers.includes('unknown')) return 'unknown';
  return 'yes';
}
