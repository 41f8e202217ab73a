import inventory from './inventory.json';

/**
 * What a path into the standard library names, from the documentation's inventory of every std
 * module. The judge distinguishes "does not exist" (a compile error) from "exists but is not
 * modelled here" (the verdict is unknown).
 */
export type StdLookup =
  | { kind: 'module'; path: string }
  | { kind: 'item'; path: string; itemKind: string; name: string }
  | { kind: 'missing'; path: string; missingSegment: string };

const modules = inventory.modules as Record<string, Record<string, string[]>>;

/** Crates whose paths mirror std's. */
const ROOT_CRATES = new Set(['std', 'core', 'alloc']);

export function isStdRoot(name: string): boolean {
  return ROOT_CRATES.has(name);
}

/** Looks up `segments` (starting with std, core or alloc) in the std inventory. */
export function lookupStdPath(segments: string[]): StdLookup {
  const [root, ...rest] = segments;
  if (!root || !ROOT_CRATES.has(root)) throw new Error(`not a std path: ${segments.join('::')}`);
  let modulePath = 'std';
  for (let i = 0; i < rest.length; i++) {
    const name = rest[i]!;
    const items = modules[modulePath];
    if (!items) return { kind: 'missing', path: segments.join('::'), missingSegment: name };
    const isLast = i === rest.length - 1;
    if ((items.mod ?? []).includes(name) && modules[`${modulePath}::${name}`]) {
      modulePath = `${modulePath}::${name}`;
      continue;
    }
    const itemKind = Object.entries(items).find(([kind, names]) => kind !== 'mod' && names.includes(name))?.[0];
    if (!itemKind) return { kind: 'missing', path: segments.join('::'), missingSegment: name };
    // An item followed by more segments (`std::f64::MAX`, `Ordering::Less`) is a path into the item.
    return { kind: 'item', path: `${modulePath}::${name}`, itemKind, name: isLast ? name : rest.slice(i).join('::') };
  }
  return { kind: 'module', path: modulePath };
}

/** Every item name a std module defines, by kind; null when there is no such module. */
export function stdModuleItems(modulePath: string): Record<string, string[]> | null {
  return modules[modulePath] ?? null;
}

const types = inventory.types as Record<string, { methods: string[]; consts: string[] }>;

/** Whether real std has a method (or associated function) of this name on the documented type. */
export function stdTypeHasMethod(typeName: string, method: string): boolean | null {
  const entry = types[typeName];
  return entry ? entry.methods.includes(method) : null;
}

export function stdTypeHasConst(typeName: string, name: string): boolean | null {
  const entry = types[typeName];
  return entry ? entry.consts.includes(name) : null;
}
