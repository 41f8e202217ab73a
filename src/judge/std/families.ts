import type { Ty } from '../check/types';
import type { Family } from './registry';

/** The type parameters each family's signatures may name. */
const FAMILY_PARAMS: Record<Family, string[]> = {
  int: [],
  float: [],
  bool: [],
  char: [],
  str: [],
  String: [],
  Vec: ['T'],
  slice: ['T'],
  array: ['T'],
  VecDeque: ['T'],
  Option: ['T'],
  Result: ['T', 'E'],
  Ordering: [],
  Box: ['T'],
  HashMap: ['K', 'V'],
  HashSet: ['T'],
  BTreeMap: ['K', 'V'],
  BTreeSet: ['T'],
  Entry: ['K', 'V'],
  iter: ['Item'],
  Range: ['T'],
  tuple: [],
  Formatter: [],
  any: [],
};

export function isFamily(name: string): name is Family {
  return name in FAMILY_PARAMS;
}

export function familyParams(family: Family): string[] | null {
  return FAMILY_PARAMS[family] ?? null;
}

const ADT_FAMILIES = new Set<string>(['String', 'Vec', 'VecDeque', 'Option', 'Result', 'Ordering', 'Box', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'Entry', 'Formatter']);

/**
 * The method families of a type, in lookup order, with their parameters bound to the type's
 * arguments. `any` (clone, to_string, cmp, into…) comes last for every type.
 */
export function familiesOf(ty: Ty): { family: Family; params: Map<string, Ty> }[] {
  const bind = (family: Family, args: Ty[]) => ({
    family,
    params: new Map(FAMILY_PARAMS[family].map((name, i) => [name, args[i]!] as [string, Ty])),
  });
  const result: { family: Family; params: Map<string, Ty> }[] = [];
  switch (ty.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'char':
    case 'str':
      result.push(bind(ty.k, []));
      break;
    case 'slice':
      result.push(bind('slice', [ty.elem]));
      break;
    case 'array':
      result.push(bind('array', [ty.elem]));
      break;
    case 'iter':
      result.push(bind('iter', [ty.item]));
      break;
    case 'tuple':
      result.push(bind('tuple', []));
      break;
    case 'adt':
      if (ADT_FAMILIES.has(ty.name)) result.push(bind(ty.name as Family, ty.args));
      if (ty.name === 'Range' || ty.name === 'RangeInclusive') result.push(bind('Range', ty.args), bind('iter', ty.args));
      if (ty.name === 'RangeFrom') result.push(bind('iter', ty.args));
      break;
    default:
      break;
  }
  result.push(bind('any', []));
  return result;
}
