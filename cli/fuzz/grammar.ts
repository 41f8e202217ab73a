// Generator 2: random, mostly well-typed programs from a small grammar: functions over typed
// integers, bool, char, String, Vec<i32>, Option<i32>, a tuple, a struct with derives and an enum,
// with let/if/while/for/match/return, std method calls, closures, and a `fn main` of asserts.
import type { Rng } from './prng';

type Int = 'i32' | 'i64' | 'u8' | 'u32' | 'u64' | 'usize';
type Ty = Int | 'bool' | 'char' | 'String' | 'Vec<i32>' | 'Option<i32>' | '(i32, bool)' | 'Point' | 'Shape';
const INTS: Int[] = ['i32', 'i32', 'i32', 'i64', 'u8', 'u32', 'u64', 'usize', 'usize'];
const ALL: Ty[] = [...INTS, 'bool', 'bool', 'char', 'String', 'String', 'Vec<i32>', 'Vec<i32>', 'Option<i32>', '(i32, bool)', 'Point', 'Shape'];
const DISPLAY: Ty[] = [...INTS, 'bool', 'char', 'String'];
const isInt = (t: Ty): t is Int => (INTS as Ty[]).includes(t);
const signed = (t: Ty) => t === 'i32' || t === 'i64';
const copyTy = (t: Ty) => isInt(t) || t === 'bool' || t === 'char' || t === 'Option<i32>' || t === '(i32, bool)';

interface Var { name: string; ty: Ty | 'closure'; mut: boolean }
interface Fn { name: string; params: Ty[]; ret: Ty }

const WORDS = ['', 'a', 'hello', 'Hello, World', 'racecar', 'été', 'naïve café', '日本語', '😀 emoji 🎉', 'tab\\there', 'line\\nbreak', 'quote\\"d', 'back\\\\slash', '\\u{1F600}', '   padded  ', 'aAbBcC', '12345', 'x'];
const CHARS = ["'a'", "'z'", "'A'", "'0'", "'9'", "' '", "'é'", "'😀'", "'\\n'", "'\\''", "'\\u{263A}'", "'ß'"];

function intLit(rng: Rng, t: Int): string {
  const max: Record<Int, string> = { i32: '2147483647', i64: '9223372036854775807', u8: '255', u32: '4294967295', u64: '18446744073709551615', usize: '18446744073709551615' };
  return rng.weighted<() => string>([
    [10, () => String(rng.int(0, 10))],
    [5, () => String(rng.int(0, t === 'u8' ? 255 : 1000))],
    [2, () => (signed(t) ? String(-rng.int(1, 100)) : String(rng.int(11, 99)))],
    [0.6, () => `${t}::MAX`],
    [0.3, () => `${t}::MIN`],
    [0.3, () => max[t]],
    [1, () => (t === 'u8' ? rng.pick(['128', '200', '254']) : rng.pick(['65535', '1000000007', '123456789', '2147483646']))],
    [0.005, () => (t === 'u8' ? '256' : t === 'i32' || t === 'u32' ? '4294967296' : '-1')],
    [1, () => `${rng.int(0, 100)}${t}`],
    [0.005, () => '99999999999999999999999'],
  ])();
}

class ProgramGen {
  vars: Var[] = [];
  fns: Fn[] = [];
  nodes = 0;
  maxDepth = 4;
  fresh = 0;
  lines: string[] = [];
  indent = 1;

  constructor(readonly rng: Rng) {}

  name(prefix: string): string {
    return `${prefix}${this.fresh++}`;
  }

  varsOf(ty: Ty | 'closure'): Var[] {
    return this.vars.filter((v) => v.ty === ty);
  }

  /** A use of a variable of this type (cloned when it is not Copy), or null. */
  useVar(ty: Ty): string | null {
    const vs = this.varsOf(ty);
    if (vs.length === 0) return null;
    const v = this.rng.pick(vs);
    return copyTy(ty) ? v.name : `${v.name}.clone()`;
  }

  /** An expression of an integer type that is safe as a method receiver (not an ambiguous literal). */
  recv(t: Int, d: number): string {
    const v = this.varsOf(t);
    if (v.length > 0 && this.rng.chance(0.6)) return this.rng.pick(v).name;
    if (this.rng.chance(0.5)) return `${this.rng.int(0, 20)}${t}`;
    const n = this.name('r');
    return `({ let ${n}: ${t} = ${this.expr(t, d)}; ${n} })`;
  }

  /** An expression whose type is fixed by itself (integer literals alone would default to i32). */
  typed(t: Ty, d: number): string {
    return isInt(t) ? this.recv(t, d) : this.expr(t, d);
  }

  literal(ty: Ty): string {
    const r = this.rng;
    if (isInt(ty)) return intLit(r, ty);
    switch (ty) {
      case 'bool': return r.pick(['true', 'false']);
      case 'char': return r.pick(CHARS);
      case 'String': return r.pick([`String::from("${r.pick(WORDS)}")`, `"${r.pick(WORDS)}".to_string()`, 'String::new()']);
      case 'Vec<i32>': return r.chance(0.15) ? 'Vec::<i32>::new()' : r.chance(0.1) ? `vec![${intLit(r, 'i32')}; ${r.int(0, 20)}]` : `vec![${Array.from({ length: r.int(1, 7) }, () => intLit(r, 'i32')).join(', ')}]`;
      case 'Option<i32>': return r.chance(0.7) ? `Some(${intLit(r, 'i32')})` : 'None::<i32>';
      case '(i32, bool)': return `(${intLit(r, 'i32')}, ${r.pick(['true', 'false'])})`;
      case 'Point': return `(Point { x: ${intLit(r, 'i32')}, y: ${intLit(r, 'i32')} })`;
      case 'Shape': return r.pick([`Shape::Circle(${r.int(0, 50)})`, `Shape::Rect(${r.int(0, 50)}, ${r.int(-5, 50)})`, 'Shape::Empty']);
    }
  }

  callFn(ty: Ty, d: number): string | null {
    const fs = this.fns.filter((f) => f.ret === ty);
    if (fs.length === 0) return null;
    const f = this.rng.pick(fs);
    return `${f.name}(${f.params.map((p) => this.expr(p, d - 1)).join(', ')})`;
  }

  expr(ty: Ty, d: number): string {
    this.nodes--;
    if (d <= 0 || this.nodes <= 0 || this.rng.chance(0.25)) return this.useVar(ty) ?? this.literal(ty);
    const r = this.rng;
    const e = (t: Ty) => this.expr(t, d - 1);
    const anyInt = () => r.pick(INTS);
    const common: [number, () => string | null][] = [
      [4, () => this.useVar(ty)],
      [2, () => this.literal(ty)],
      [3, () => this.callFn(ty, d)],
      [1, () => `if ${e('bool')} { ${e(ty)} } else { ${e(ty)} }`],
      [1, () => { const t = anyInt(); return `match ${this.recv(t, d - 1)} { 0 => ${e(ty)}, 1 | 2 => ${e(ty)}, 3..=9 => ${e(ty)}, _ => ${e(ty)} }`; }],
      [1, () => `match ${e('Option<i32>')} { Some(n) if n > ${intLit(r, 'i32')} => ${e(ty)}, Some(_) => ${e(ty)}, None => ${e(ty)} }`],
      [1, () => { const n = this.name('b'); return `{ let ${n}: ${ty} = ${e(ty)}; ${n}${copyTy(ty) ? '' : '.clone()'} }`; }],
    ];
    let options: [number, () => string | null][] = common;
    if (isInt(ty)) {
      const R = () => this.recv(ty, d - 1);
      options = options.concat([
        [10, () => `(${e(ty)} ${r.pick(['+', '-', '*', '+', '-', '/', '%'])} ${e(ty)})`],
        [2, () => `${R()}.${r.pick(['max', 'min'])}(${e(ty)})`],
        [1, () => `${R()}.pow(${r.int(0, 40)})`],
        [1, () => `${R()}.checked_${r.pick(['add', 'sub', 'mul', 'div'])}(${e(ty)}).unwrap_or(${intLit(r, ty)})`],
        [1, () => `${R()}.${r.pick(['wrapping_add', 'saturating_sub', 'wrapping_mul', 'saturating_add'])}(${e(ty)})`],
        [signed(ty) ? 1 : 0, () => `${R()}.abs()`],
        [2, () => `(${this.recv(anyInt(), d - 1)} as ${ty})`],
        [2, () => `(${e('Vec<i32>')}.len() as ${ty})`],
        [1, () => `(${e('String')}.${r.pick(['len()', 'chars().count()'])} as ${ty})`],
        [1, () => `(${e('char')} as u32 as ${ty})`],
        [ty === 'i32' ? 3 : 0, () => r.pick([
          `${e('Vec<i32>')}.iter().sum::<i32>()`, `${e('Vec<i32>')}.iter().map(|x| x * ${r.int(-3, 3)}).sum::<i32>()`,
          `${e('Vec<i32>')}.iter().fold(${intLit(r, 'i32')}, |acc, x| acc ${r.pick(['+', '-', '*'])} x)`, `${e('Vec<i32>')}.iter().max().copied().unwrap_or(${intLit(r, 'i32')})`,
          `${e('Option<i32>')}.unwrap()`, `${e('Option<i32>')}.unwrap_or(${e('i32')})`, `${e('(i32, bool)')}.0`,
          `${e('Point')}.${r.pick(['x', 'y', 'sum()'])}`, `area(&${e('Shape')})`,
          `match ${e('Shape')} { Shape::Circle(r) => r * r, Shape::Rect(w, h) => w * h, Shape::Empty => 0 }`,
          `${this.useVar('Vec<i32>') ?? 'vec![1, 2, 3]'}[${e('usize')}]`, `${e('Vec<i32>')}.get(${e('usize')}).copied().unwrap_or(-1)`,
        ])],
        [ty === 'usize' ? 2 : 0, () => r.pick([`${e('Vec<i32>')}.iter().filter(|&&x| x > ${intLit(r, 'i32')}).count()`, `${e('Vec<i32>')}.len()`, `${e('String')}.len()`, `${e('Vec<i32>')}.iter().position(|&x| x == ${intLit(r, 'i32')}).unwrap_or(0)`])],
        [ty === 'u32' ? 1 : 0, () => `${e('char')}.to_digit(10).unwrap_or(${r.int(0, 9)})`],
        [this.varsOf('closure').length > 0 && ty === 'i32' ? 2 : 0, () => `${r.pick(this.varsOf('closure')).name}(${e('i32')})`],
        [1, () => { const a = this.name('a'); return `(|${a}: ${ty}| ${a} ${r.pick(['+', '*', '-'])} ${e(ty)})(${e(ty)})`; }],
      ]);
    } else if (ty === 'bool') {
      options = options.concat([
        [8, () => { const t = anyInt(); return `(${this.typed(t, d - 1)} ${r.pick(['==', '!=', '<', '>', '<=', '>='])} ${e(t)})`; }],
        [4, () => `(${e('bool')} ${r.pick(['&&', '||'])} ${e('bool')})`],
        [2, () => `!${e('bool')}`],
        [1, () => `${e('Vec<i32>')}.contains(&${e('i32')})`],
        [1, () => `${e('Vec<i32>')}.is_empty()`],
        [1, () => `${e('String')}.${r.pick(['contains', 'starts_with', 'ends_with'])}("${r.pick(WORDS)}")`],
        [1, () => `${e('Option<i32>')}.${r.pick(['is_some()', 'is_none()'])}`],
        [1, () => `${e('char')}.${r.pick(['is_alphabetic()', 'is_ascii_digit()', 'is_whitespace()', 'is_uppercase()'])}`],
        [1, () => `${e('(i32, bool)')}.1`],
        [1, () => `(${e('Point')} == ${e('Point')})`],
        [1, () => `(${this.recv('i32', d - 1)} % 2 == 0)`],
        [1, () => `${e('Vec<i32>')}.iter().${r.pick(['any', 'all'])}(|&x| x ${r.pick(['>', '<', '=='])} ${intLit(r, 'i32')})`],
        [1, () => `(${e('String')} == ${e('String')})`],
      ]);
    } else if (ty === 'String') {
      options = options.concat([
        [3, () => `format!("{}-{:?}", ${this.typed(r.pick(DISPLAY), d - 1)}, ${this.typed(r.pick(ALL), d - 1)})`],
        [3, () => `${this.recv(anyInt(), d - 1)}.to_string()`],
        [2, () => `(${e('String')} + &${e('String')})`],
        [2, () => `${e('String')}.${r.pick(['to_uppercase()', 'to_lowercase()', 'trim().to_string()', 'chars().rev().collect::<String>()', `repeat(${r.int(0, 4)})`, 'replace("a", "b")'])}`],
        [1, () => `${e('char')}.to_string()`],
        [1, () => `${e('Vec<i32>')}.iter().map(|x| x.to_string()).collect::<Vec<String>>().join(",")`],
        [0.2, () => `${e('String')}.get(${r.int(0, 3)}..${r.int(0, 6)}).unwrap_or("").to_string()`],
        [0.5, () => `${this.useVar('String') ?? '"abcdef"'}[${r.int(0, 3)}..${r.int(0, 6)}].to_string()`],
        [1, () => `${e('String')}.chars().filter(|c| c.is_alphanumeric()).collect::<String>()`],
      ]);
    } else if (ty === 'Vec<i32>') {
      options = options.concat([
        [3, () => `${e('Vec<i32>')}.iter().map(|x| x ${r.pick(['*', '+', '-', '%'])} ${r.int(1, 5)}).collect::<Vec<i32>>()`],
        [2, () => `${e('Vec<i32>')}.iter().filter(|x| **x ${r.pick(['>', '<', '!='])} ${intLit(r, 'i32')}).cloned().collect::<Vec<i32>>()`],
        [2, () => `(${r.int(-3, 3)}..${r.chance(0.1) ? r.int(-3, 30) : r.int(0, 30)}).collect::<Vec<i32>>()`],
        [2, () => { const n = this.name('t'); return `{ let mut ${n} = ${e('Vec<i32>')}; ${n}.${r.pick(['sort()', 'reverse()', 'dedup()', `push(${e('i32')})`, 'pop()', `truncate(${r.int(0, 4)})`, `insert(0, ${e('i32')})`, `retain(|&x| x > ${r.int(-5, 5)})`])}; ${n} }`; }],
        [1, () => `${e('Vec<i32>')}.iter().rev().skip(${r.int(0, 2)}).take(${r.int(0, 5)}).copied().collect::<Vec<i32>>()`],
        [1, () => `${e('String')}.chars().map(|c| c as i32).collect::<Vec<i32>>()`],
        [1, () => `vec![${e('i32')}; ${e('usize')}]`],
      ]);
    } else if (ty === 'Option<i32>') {
      options = options.concat([
        [2, () => `Some(${e('i32')})`],
        [2, () => `${e('Vec<i32>')}.${r.pick(['iter().max().copied()', 'iter().min().copied()', 'first().cloned()', 'last().copied()'])}`],
        [1, () => `${e('Vec<i32>')}.get(${e('usize')}).copied()`],
        [2, () => `${this.recv('i32', d - 1)}.checked_${r.pick(['add', 'mul', 'sub', 'div', 'rem'])}(${e('i32')})`],
        [1, () => `${e('Option<i32>')}.${r.pick(['map(|x| x + 1)', 'filter(|x| *x > 0)', 'and_then(|x: i32| x.checked_mul(2))', 'or(Some(0))'])}`],
        [1, () => `${e('String')}.find('${r.pick(['a', 'e', 'z'])}').map(|i| i as i32)`],
        [1, () => `${e('String')}.parse::<i32>().ok()`],
      ]);
    } else if (ty === 'char') {
      options = options.concat([
        [2, () => `${e('String')}.chars().next().unwrap_or('?')`],
        [1, () => `${e('String')}.chars().nth(${r.int(0, 5)}).unwrap()`],
        [1, () => `(b'a' + ${e('u8')}) as char`],
        [1, () => `${e('char')}.to_ascii_uppercase()`],
        [1, () => `std::char::from_digit(${e('u32')}, 10).unwrap_or('x')`],
      ]);
    } else if (ty === '(i32, bool)') {
      options = options.concat([[3, () => `(${e('i32')}, ${e('bool')})`]]);
    } else if (ty === 'Point') {
      options = options.concat([[2, () => `Point::new(${e('i32')}, ${e('i32')})`], [2, () => `${e('Point')}.shifted(${e('i32')})`], [2, () => `(Point { x: ${e('i32')}, y: ${e('i32')} })`]]);
    } else if (ty === 'Shape') {
      options = options.concat([[3, () => `Shape::Rect(${e('i32')}, ${e('i32')})`], [2, () => `Shape::Circle(${e('i32')})`]]);
    }
    for (let tries = 0; tries < 4; tries++) {
      const s = r.weighted(options)();
      if (s !== null) return s;
    }
    return this.literal(ty);
  }

  emit(line: string): void {
    this.lines.push('    '.repeat(this.indent) + line);
  }

  block(head: string, body: () => void, tail = '}', open = true): void {
    if (open) this.emit(`${head} {`);
    const saved = this.vars.slice();
    this.indent++;
    body();
    this.indent--;
    this.vars = saved;
    this.emit(tail);
  }

  stmts(n: number, depth: number, ret: Ty | null): void {
    for (let i = 0; i < n; i++) this.stmt(depth, ret);
  }

  stmt(depth: number, ret: Ty | null): void {
    const r = this.rng;
    const d = this.maxDepth;
    const inner = () => this.stmts(r.int(1, 3), depth + 1, ret);
    const nest = depth < 3 ? 1 : 0.05;
    const mutVars = this.vars.filter((v) => v.mut && v.ty !== 'closure');
    r.weighted<() => void>([
      [8, () => {
        const ty = r.pick(ALL);
        const name = r.chance(0.1) && this.vars.length > 0 ? r.pick(this.vars).name : this.name('x');
        const mut = r.chance(0.5);
        this.emit(`let ${mut ? 'mut ' : ''}${name}${r.chance(0.97) || isInt(ty) ? `: ${ty}` : ''} = ${this.expr(ty, d)};`);
        this.vars = this.vars.filter((v) => v.name !== name);
        this.vars.push({ name, ty, mut });
      }],
      [mutVars.length > 0 ? 7 : 0, () => {
        const v = r.pick(mutVars);
        const ty = v.ty as Ty;
        if (isInt(ty)) this.emit(`${v.name} ${r.pick(['=', '+=', '-=', '*=', '+='])} ${this.expr(ty, d)};`);
        else if (ty === 'Vec<i32>') this.emit(r.pick([`${v.name}.push(${this.expr('i32', d)});`, `${v.name}.sort();`, `${v.name}.pop();`, `${v.name}.insert(0, ${this.expr('i32', 2)});`, `${v.name}.reverse();`, `${v.name}.retain(|&x| x % 2 == 0);`, `${v.name}.swap(0, ${r.int(0, 3)});`, `${v.name}.extend(vec![1, 2]);`, `${v.name}.remove(0);`, `${v.name}[${this.expr('usize', 2)}] = ${this.expr('i32', 2)};`]));
        else if (ty === 'String') this.emit(r.pick([`${v.name}.push_str(&${this.expr('String', d)});`, `${v.name}.push(${this.expr('char', 2)});`, `${v.name} = ${v.name}.trim().to_string();`, `${v.name}.clear();`]));
        else if (ty === 'Point') this.emit(r.pick([`${v.name}.x += ${this.expr('i32', 2)};`, `${v.name}.scale(${this.expr('i32', 2)});`]));
        else this.emit(`${v.name} = ${this.expr(ty, d)};`);
      }],
      [3 * nest, () => {
        const hasElse = r.chance(0.5);
        this.block(`if ${this.expr('bool', d)}`, inner, hasElse ? '} else {' : '}');
        if (hasElse) this.block('', inner, '}', false);
      }],
      [2 * nest, () => {
        const i = this.name('i');
        this.emit(`let mut ${i}: usize = 0;`);
        this.block(`while ${i} < ${r.int(0, 12)}${r.chance(0.3) ? ` && ${this.expr('bool', 2)}` : ''}`, () => { inner(); this.emit(`${i} += 1;`); });
      }],
      [3 * nest, () => {
        const i = this.name('i');
        const ty = r.pick<Ty>(['i32', 'usize', 'u64', 'char', 'i32']);
        const head = ty === 'char' ? `for ${i} in ${this.expr('String', 2)}.chars()` : r.chance(0.3) && ty === 'i32' ? `for &${i} in ${this.expr('Vec<i32>', 2)}.iter()` : `for ${i} in ${this.recv(ty as Int, 1)}..${r.chance(0.3) ? '=' : ''}${r.chance(0.7) ? r.int(0, 20) : this.expr(ty, 2)}`;
        this.block(head, () => { this.vars.push({ name: i, ty, mut: false }); inner(); });
      }],
      [1 * nest, () => {
        const t = r.pick(INTS);
        this.block(`match ${this.recv(t, 2)}`, () => {
          this.block('0 =>', inner);
          this.block(`${r.int(1, 5)} | ${r.int(6, 9)} =>`, inner);
          this.block('_ =>', inner);
        });
      }],
      [1.5 * nest, () => {
        const n = this.name('y');
        this.block(`if let Some(${n}) = ${this.expr('Option<i32>', 2)}`, () => { this.vars.push({ name: n, ty: 'i32', mut: false }); inner(); });
      }],
      [2, () => this.emit(`if ${this.expr('bool', 2)} { return${ret ? ` ${this.expr(ret, 2)}` : ''}; }`)],
      [1, () => { const n = this.name('f'); this.emit(`let ${n} = |a: i32| a ${r.pick(['+', '*', '-', '/'])} ${this.expr('i32', 1)};`); this.vars.push({ name: n, ty: 'closure', mut: false }); }],
      [1, () => this.emit(`println!("{} {:?}", ${this.typed(r.pick(DISPLAY), 2)}, ${this.typed(r.pick(ALL), 2)});`)],
      [0.3, () => this.emit(`assert!(${this.expr('bool', 2)}, "check failed");`)],
      [0.5 * nest, () => this.block('', inner)],
      [0.5 * nest, () => {
        const i = this.name('k');
        this.emit(`let mut ${i} = 0;`);
        this.block('loop', () => { inner(); this.emit(`${i} += 1;`); this.emit(`if ${i} > ${r.int(0, 20)} { break; }`); });
      }],
      [0.01, () => this.emit(r.pick(['loop {}', 'while true {}', `let _ = ${this.fns.length > 0 ? this.fns[0]!.name : 'main'};`]))],
    ])();
  }

  fn(name: string, params: Ty[], ret: Ty): void {
    this.vars = params.map((ty, i) => ({ name: `p${i}`, ty, mut: this.rng.chance(0.2) }));
    this.lines.push(`fn ${name}(${this.vars.map((v) => `${v.mut ? 'mut ' : ''}${v.name}: ${v.ty}`).join(', ')}) -> ${ret} {`);
    this.indent = 1;
    this.stmts(this.rng.int(0, 5), 0, ret);
    const tail = this.expr(ret, this.maxDepth);
    this.emit(/^(if|match|\{)/.test(tail) ? `(${tail})` : tail);
    this.lines.push('}', '');
  }
}

const PRELUDE = (r: Rng) => `${r.chance(0.97) ? '#[derive(Debug, Clone, PartialEq)]\n' : ''}struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
    fn sum(&self) -> i32 {
        self.x + self.y
    }
    fn shifted(&self, d: i32) -> Point {
        Point { x: self.x + d, y: self.y - d }
    }
    fn scale(&mut self, k: i32) {
        self.x *= k;
        self.y *= k;
    }
}

${r.chance(0.97) ? '#[derive(Debug, Clone, PartialEq)]\n' : ''}enum Shape {
    Circle(i32),
    Rect(i32, i32),
    Empty,
}

fn area(s: &Shape) -> i32 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect(w, h) => w * h,
        ${r.chance(0.98) ? 'Shape::Empty => 0,' : ''}
    }
}

fn fact(n: u64) -> u64 {
    if n ${r.pick(['==', '<='])} ${r.pick(['0', '1'])} { 1 } else { n * fact(n - 1) }
}

fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

`;

export function grammarProgram(rng: Rng): string {
  const g = new ProgramGen(rng);
  const deep = rng.chance(0.08);
  g.maxDepth = deep ? rng.int(8, 30) : rng.int(2, 5);
  g.fns.push({ name: 'fact', params: ['u64'], ret: 'u64' });
  const count = rng.int(1, 3);
  for (let k = 0; k < count; k++) {
    g.nodes = deep ? 300 : rng.int(15, 60);
    const params = Array.from({ length: rng.int(0, 4) }, () => rng.pick(ALL));
    const ret = rng.pick(ALL);
    g.fn(`f${k}`, params, ret);
    g.fns.push({ name: `f${k}`, params, ret });
  }
  // main: some lets, then asserts that often hold (f(x) == f(x)), and others that may not.
  g.vars = [];
  g.lines.push('fn main() {');
  g.indent = 1;
  g.nodes = 60;
  g.maxDepth = 3;
  for (let i = rng.int(0, 3); i > 0; i--) g.stmt(3, null);
  const userFns = g.fns.filter((f) => f.name.startsWith('f') && f.name !== 'fact' && f.name !== 'fib');
  for (let i = rng.int(1, 6); i > 0; i--) {
    const f = rng.pick(userFns);
    g.nodes = 30;
    const args = f.params.map((p) => g.literal(p)).join(', ');
    g.emit(rng.weighted<() => string>([
      [4, () => `assert_eq!(${f.name}(${args}), ${f.name}(${args}));`],
      [3, () => `assert_eq!(${f.name}(${args}), ${g.expr(f.ret, 1)});`],
      [1, () => `assert_ne!(${f.name}(${args}), ${g.literal(f.ret)});`],
      [1, () => `assert!(${g.expr('bool', 2)});`],
      [0.5, () => `assert_eq!(fact(${rng.int(0, 25)}), ${rng.int(1, 3628800)});`],
      [0.3, () => `assert_eq!(fib(${rng.int(0, 40)}), ${rng.int(0, 100)});`],
    ])());
  }
  g.lines.push('}');
  return PRELUDE(rng) + g.lines.join('\n') + '\n';
}
