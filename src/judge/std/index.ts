import { anyMethods } from './families/any';
import { boolMethods, charMethods, charFunctions } from './families/bool-char';
import { floatFunctions, floatMethods } from './families/float';
import { intFunctions, intMethods } from './families/int';
import { iterMethods, rangeMethods } from './families/iter';
import { mapFunctions, mapMethods } from './families/maps';
import { optionMethods, orderingMethods, resultMethods } from './families/option-result';
import { seqFunctions, seqMethods } from './families/seq';
import { moduleFunctions } from './families/functions';
import { textFunctions, textMethods } from './families/text';
import type { Family, StdFunction, StdMethod } from './registry';

const byFamily = new Map<Family, Map<string, StdMethod>>();
for (const method of [
  ...intMethods,
  ...floatMethods,
  ...boolMethods,
  ...charMethods,
  ...textMethods,
  ...seqMethods,
  ...optionMethods,
  ...resultMethods,
  ...orderingMethods,
  ...mapMethods,
  ...iterMethods,
  ...rangeMethods,
  ...anyMethods,
]) {
  const table = byFamily.get(method.family) ?? new Map<string, StdMethod>();
  if (table.has(method.name)) throw new Error(`duplicate std method ${method.family}::${method.name}`);
  table.set(method.name, method);
  byFamily.set(method.family, table);
}

const functionsByPath = new Map<string, StdFunction>();
for (const fn of [...intFunctions, ...floatFunctions, ...charFunctions, ...textFunctions, ...seqFunctions, ...mapFunctions, ...moduleFunctions]) {
  if (functionsByPath.has(fn.path)) throw new Error(`duplicate std function ${fn.path}`);
  functionsByPath.set(fn.path, fn);
}

/** The modelled methods of a family, by name. */
export function stdMethodsOf(family: Family): ReadonlyMap<string, StdMethod> | undefined {
  return byFamily.get(family);
}

/** A modelled std function, associated function or constant by key (`Vec::new`, `int::MAX`, `cmp::max`). */
export function stdFunction(key: string): StdFunction | undefined {
  return functionsByPath.get(key);
}

/** Every modelled method and function (for tests of the tables themselves). */
export function allStdMethods(): StdMethod[] {
  return [...byFamily.values()].flatMap((table) => [...table.values()]);
}

export function allStdFunctions(): StdFunction[] {
  return [...functionsByPath.values()];
}
