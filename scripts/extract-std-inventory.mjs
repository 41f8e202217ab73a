// Extracts from the local Rust documentation (rustup's rust-docs component) which items every
// std module has and which methods and associated constants every common std type has. The judge
// uses it to tell "does not exist in Rust" (a compile error: E0432, E0433, E0599) from "exists but
// is not modelled" (verdict unknown). Run after a toolchain upgrade:
//   node scripts/extract-std-inventory.mjs > src/judge/std/inventory.json
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sysroot = execSync('rustc --print sysroot', { encoding: 'utf8' }).trim();
const version = execSync('rustc --version', { encoding: 'utf8' }).trim();
const root = join(sysroot, 'share/doc/rust/html/std');
if (!existsSync(root)) throw new Error(`No std docs at ${root}: rustup component add rust-docs`);

/** @type {Record<string, Record<string, string[]>>} */
const modules = {};
/** @param {string} dir @param {string} path */
function walk(dir, path) {
  const sidebar = readdirSync(dir).find((f) => /^sidebar-items.*\.js$/.test(f));
  if (!sidebar) return;
  const json = readFileSync(join(dir, sidebar), 'utf8').replace(/^window\.SIDEBAR_ITEMS = /, '').replace(/;\s*$/, '');
  /** @type {Record<string, string[]>} */
  const items = JSON.parse(json);
  modules[path] = items;
  for (const child of items.mod ?? []) {
    const childDir = join(dir, child);
    if (existsSync(childDir) && statSync(childDir).isDirectory()) walk(childDir, `${path}::${child}`);
  }
}
walk(root, 'std');

/** Type name → documentation page (relative to std/). @type {Record<string, string>} */
const pages = {
  Vec: 'vec/struct.Vec.html',
  String: 'string/struct.String.html',
  str: 'primitive.str.html',
  slice: 'primitive.slice.html',
  array: 'primitive.array.html',
  tuple: 'primitive.tuple.html',
  bool: 'primitive.bool.html',
  char: 'primitive.char.html',
  f32: 'primitive.f32.html',
  f64: 'primitive.f64.html',
  Option: 'option/enum.Option.html',
  Result: 'result/enum.Result.html',
  HashMap: 'collections/struct.HashMap.html',
  HashSet: 'collections/struct.HashSet.html',
  BTreeMap: 'collections/struct.BTreeMap.html',
  BTreeSet: 'collections/struct.BTreeSet.html',
  VecDeque: 'collections/struct.VecDeque.html',
  Entry: 'collections/hash_map/enum.Entry.html',
  BTreeEntry: 'collections/btree_map/enum.Entry.html',
  Iterator: 'iter/trait.Iterator.html',
  DoubleEndedIterator: 'iter/trait.DoubleEndedIterator.html',
  ExactSizeIterator: 'iter/trait.ExactSizeIterator.html',
  Peekable: 'iter/struct.Peekable.html',
  Chars: 'str/struct.Chars.html',
  Ordering: 'cmp/enum.Ordering.html',
  Box: 'boxed/struct.Box.html',
  Range: 'ops/struct.Range.html',
  RangeInclusive: 'ops/struct.RangeInclusive.html',
  Formatter: 'fmt/struct.Formatter.html',
};
for (const int of ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']) {
  pages[int] = `primitive.${int}.html`;
}

/** @type {Record<string, { methods: string[], consts: string[] }>} */
const types = {};
for (const [name, page] of Object.entries(pages)) {
  const html = readFileSync(join(root, page), 'utf8');
  const ids = (/** @type {RegExp} */ re) => [...new Set([...html.matchAll(re)].map((m) => /** @type {string} */ (m[1])))].sort();
  types[name] = {
    methods: ids(/id="(?:method|tymethod)\.([A-Za-z_0-9]+)"/g),
    consts: ids(/id="associatedconstant\.([A-Za-z_0-9]+)"/g),
  };
}

process.stdout.write(JSON.stringify({ source: `${version} documentation`, modules, types }) + '\n');
