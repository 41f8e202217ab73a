import { beforeAll, describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/judge/syntax/lower';
import type { RustParser } from '../../src/judge/syntax/tree-sitter';
import { fn, lower, rustParser, setUpParser, shape } from './syntax-helpers';

beforeAll(setUpParser);

/** What a small model writes for a MultiPL-E-style task, plus the task's tests; compiles and passes with rustc. */
const WORD_COUNT = `use std::collections::HashMap;

/// Counts how often each word occurs, ignoring case.
fn word_frequencies(text: &str) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        let cleaned: String = word
            .chars()
            .filter(|c| c.is_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if cleaned.is_empty() {
            continue;
        }
        *counts.entry(cleaned).or_insert(0) += 1;
    }
    counts
}

fn top_word(counts: &HashMap<String, usize>) -> Option<(String, usize)> {
    let mut best: Option<(String, usize)> = None;
    for (word, &count) in counts.iter() {
        match &best {
            Some((w, c)) if *c > count || (*c == count && w < word) => {}
            _ => best = Some((word.clone(), count)),
        }
    }
    best
}

fn main() {
    let candidate = word_frequencies;
    let counts = candidate("The cat and the hat. THE end!");
    assert_eq!(counts.get("the"), Some(&3));
    assert_eq!(counts.len(), 5);
    assert_eq!(top_word(&counts), Some(("the".to_string(), 3)));
    let empty = candidate("");
    assert!(empty.is_empty(), "expected no words, got {:?}", empty);
    println!("ok");
}
`;

describe('a realistic small-model program', () => {
  it('lowers whole, with the shapes later passes rely on', () => {
    const program = lower(WORD_COUNT);
    expect(program.items.map((i) => (i.kind === 'fn' ? `fn ${i.name.name}` : i.kind))).toEqual(['use', 'fn word_frequencies', 'fn top_word', 'fn main']);

    const wf = fn(program, 'word_frequencies');
    expect(shape(wf.params)).toEqual([{ pattern: { kind: 'ident', name: { name: 'text' }, mutable: false, byRef: null, sub: null }, type: { kind: 'ref', mutable: false, lifetime: null, inner: { kind: 'path', path: { segments: [{ name: 'str', generics: null }], global: false } } } }]);
    const loop = wf.body!.stmts[1]!;
    expect(shape(loop)).toMatchObject({
      kind: 'expr',
      semi: false,
      expr: {
        kind: 'for',
        pattern: { kind: 'ident', name: { name: 'word' } },
        iterable: { kind: 'methodCall', method: { name: 'split_whitespace' } },
        body: {
          stmts: [
            { kind: 'let', type: { kind: 'path' }, init: { kind: 'methodCall', method: { name: 'collect' }, receiver: { kind: 'methodCall', method: { name: 'map' } } } },
            { kind: 'expr', semi: false, expr: { kind: 'if', then: { stmts: [{ kind: 'expr', semi: true, expr: { kind: 'continue', label: null } }], tail: null }, else: null } },
            { kind: 'expr', semi: true },
          ],
          tail: null,
        },
      },
    });
    // `*counts.entry(cleaned).or_insert(0) += 1;` is the last statement, with its semicolon.
    if (loop.kind !== 'expr' || loop.expr.kind !== 'for') throw new Error();
    expect(shape(loop.expr.body.stmts[2])).toMatchObject({
      kind: 'expr',
      semi: true,
      expr: { kind: 'compoundAssign', op: '+', target: { kind: 'unary', op: '*', operand: { kind: 'methodCall', method: { name: 'or_insert' } } } },
    });
    expect(shape(wf.body!.tail)).toEqual({ kind: 'path', path: { segments: [{ name: 'counts', generics: null }], global: false } });

    const top = fn(program, 'top_word');
    const forLoop = top.body!.stmts[1]!;
    expect(shape(forLoop)).toMatchObject({
      expr: {
        kind: 'for',
        pattern: { kind: 'tuple', elems: [{ kind: 'ident', name: { name: 'word' } }, { kind: 'ref', pattern: { kind: 'ident', name: { name: 'count' } } }] },
        body: {
          stmts: [],
          tail: {
            kind: 'match',
            scrutinee: { kind: 'ref' },
            arms: [
              { pattern: { kind: 'tupleStruct', elems: [{ kind: 'tuple' }] }, guard: { kind: 'binary', op: '||' }, body: { kind: 'block' } },
              { pattern: { kind: 'wild' }, guard: null, body: { kind: 'assign', target: { kind: 'path' }, value: { kind: 'call' } } },
            ],
          },
        },
      },
    });

    const main = fn(program, 'main').body!;
    expect(main.stmts).toHaveLength(8);
    expect(main.tail).toBeNull();
    const asserts = main.stmts.flatMap((s) => (s.kind === 'expr' && s.expr.kind === 'macro' ? [s.expr] : []));
    expect(asserts.map((m) => m.macro)).toEqual(['assert_eq', 'assert_eq', 'assert_eq', 'assert', 'println']);
    const third = asserts[2]!;
    expect(third.span).toMatchObject({ line: 36, column: 5, endLine: 36, endColumn: 64 });
    if (third.macro !== 'assert_eq') throw new Error();
    expect(WORD_COUNT.slice(third.right.span.start, third.right.span.end)).toBe('Some(("the".to_string(), 3))');
    expect(third.right.span).toMatchObject({ line: 36, column: 35, endColumn: 63 });
  });

  it('lowers the same program appended with a test module, which is dropped', () => {
    const withTests = `${WORD_COUNT}\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn counts_words() {\n        assert_eq!(word_frequencies("a a").get("a"), Some(&2));\n    }\n}\n`;
    expect(shape(lower(withTests).items)).toEqual(shape(lower(WORD_COUNT).items));
  });

  it("lowers the original experiment's three TinyLlama answers (wrong ones too: they are not syntax errors)", () => {
    const baseline = lower(`fn is_prime(num: i32) -> bool {
    if num <= 1 {
        return false; // Base case
    }

    for I in 2..=num { // Factorization of prime numbers
        if num % I == 0 {
            return false; // Found a divisor, hence not a prime
        }
    }

    true
}`);
    const b = fn(baseline, 'is_prime').body!;
    expect(shape(b.stmts[1])).toMatchObject({
      kind: 'expr',
      semi: false,
      expr: { kind: 'for', pattern: { kind: 'ident', name: { name: 'I' } }, iterable: { kind: 'range', inclusive: true, end: { kind: 'path' } } },
    });
    expect(shape(b.tail)).toEqual({ kind: 'lit', value: { kind: 'bool', value: true } });

    const reread = lower(`use num::{is_prime, Primitive};

fn is_prime(num: u32) -> bool {
    let prime = Primitive::from(if num < 2 { false } else if num % 2 == 0 { true } else { Prime::from(num - 1) });
    Primitive::from(!prime.is_true())
}`);
    expect(shape(reread.items[0])).toMatchObject({ kind: 'use', tree: { kind: 'list', path: [{ name: 'num' }], children: [{ path: [{ name: 'is_prime' }] }, { path: [{ name: 'Primitive' }] }] } });

    const diverse = lower(`fn is_prime(num: usize) -> bool {
    const PRIMES: [usize; 3] = [2, 3, 5]; // the first three prime numbers

    if num < 1 {
        return false;
    } else if num == 1 {
        return true;
    } else if num % 2 == 0 || num % 3 == 0 {
        for I in PRIMES {
            if num % I == 0 {
                return false;
            }
        }
    } else {
        return true;
    }
}`);
    const d = fn(diverse, 'is_prime').body!;
    expect(shape(d.stmts[0])).toMatchObject({ kind: 'item', item: { kind: 'const', name: { name: 'PRIMES' }, type: { kind: 'array' }, value: { kind: 'array' } } });
    // The if chain is the body's tail (its missing value on one branch is for the type checker).
    expect(shape(d.tail)).toMatchObject({ kind: 'if', else: { kind: 'if', else: { kind: 'if', else: { stmts: [{ expr: { kind: 'return' } }] } } } });
  });

  it('keeps its invariants on a program using most of the syntax: ids, spans, names', () => {
    for (const source of [WORD_COUNT, KITCHEN_SINK]) {
      const program = lower(source);
      const problems: string[] = [];
      let lastId = 0;
      const lines = source.split('\n');
      const lineStarts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0));
      const walk = (value: unknown, parent: { start: number; end: number } | null, where: string): void => {
        if (Array.isArray(value)) return value.forEach((v, i) => walk(v, parent, `${where}[${i}]`));
        if (!value || typeof value !== 'object') return;
        const node = value as Record<string, unknown>;
        if (typeof node.id === 'number') {
          if (node.id <= lastId) problems.push(`${where}: id ${node.id} after ${lastId}`);
          lastId = node.id;
        }
        let here = parent;
        const s = node.span as { line: number; column: number; start: number; end: number } | undefined;
        if (s) {
          // Columns count code points from the line start; offsets are UTF-16.
          const col = Array.from(lines[s.line - 1]!.slice(0, s.start - lineStarts[s.line - 1]!)).length + 1;
          if (col !== s.column) problems.push(`${where}: column ${s.column}, offset says ${col}`);
          if (s.end <= s.start) problems.push(`${where}: empty span`);
          if (parent && (s.start < parent.start || s.end > parent.end)) problems.push(`${where}: outside its parent`);
          // A path segment's span is its name; its generic arguments come after it.
          here = 'generics' in node && typeof node.name === 'string' ? parent : s;
        }
        const name = node.name as { name?: string; span?: { start: number; end: number } } | undefined;
        if (name?.span && typeof name.name === 'string' && source.slice(name.span.start, name.span.end) !== name.name) problems.push(`${where}: name ${name.name}`);
        for (const [key, v] of Object.entries(node)) if (key !== 'span') walk(v, here, `${where}.${key}`);
      };
      walk(program.items, null, 'items');
      expect(problems).toEqual([]);
      expect(lastId).toBeGreaterThan(50);
    }
  });

  it('parses and lowers quickly once warm', async () => {
    const parser: RustParser = await rustParser();
    for (let i = 0; i < 20; i++) parseProgram(parser, WORD_COUNT);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const result = parseProgram(parser, WORD_COUNT);
      times.push(performance.now() - t0);
      expect(result.ok).toBe(true);
    }
    times.sort((a, b) => a - b);
    // Measured ≈ 1–2 ms; the bound only catches pathological regressions.
    expect(times[25]!).toBeLessThan(50);
  });
});

/** Most of the syntax the AST covers, in one file that rustc parses (it need not type-check). */
const KITCHEN_SINK = String.raw`#![allow(unused)]
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::fmt;
#[derive(Debug, Clone, PartialEq)]
pub struct Point<T: Copy + Default> where T: fmt::Debug { pub x: T, y: T }
struct Unit;
struct Pair(pub i32, String);
enum Shape { Circle(f64), Rect { w: f64, h: f64 }, Empty = 3 }
impl<T: Copy + Default + fmt::Debug> Point<T> {
    pub fn new(x: T, y: T) -> Self { Self { x, y } }
    fn get(&self) -> T { self.x }
    fn set(&mut self, v: T) { self.x = v; }
}
impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "unit") }
}
trait Area { type Out; const N: usize; fn area(&self) -> f64; fn twice(&self) -> f64 { self.area() * 2.0 } }
const MAX: u32 = 1_000;
static mut COUNT: i32 = 0;
type Res<T> = Result<T, String>;
fn apply<F>(f: F, x: i32) -> i32 where F: Fn(i32) -> i32 { f(x) }
fn it() -> impl Iterator<Item = u32> { (0..10u32).filter(|x| x % 2 == 0) }
fn boxed() -> Box<dyn Fn(i32) -> i32 + Send> { Box::new(move |x| x + 1) }
fn main() {
    let v: Vec<i32> = (1..=5).map(|x| x * x).collect::<Vec<_>>();
    let m: HashMap<String, Vec<usize>> = HashMap::new();
    let s = String::from("hé\n\t\\\"\u{1F600}\x41");
    let r = r#"raw "str""#;
    let e = "😀é"; let after_emoji = e.len() + 1; // 😀 before and after
    let c = ('a', '\n', '\'', '\u{e9}', b'a', b"ab");
    let nums = (0xff_u8, 0o17, 0b1010, 1_000_i64, 2usize, 1f64, 1.5, 1e3, 2., 1.5f32);
    let t = (1,);
    let u = ();
    let arr = [0u8; 4];
    let sl = &arr[1..];
    let sl2 = &arr[..=2];
    let mut i = 0;
    'outer: loop { i += 1; if i > 3 { break 'outer; } else { continue 'outer; } }
    let val = 'b: { if i > 0 { break 'b 1; } 2 };
    while let Some(x) = v.iter().next() { break; }
    for (idx, x) in v.iter().enumerate() { let _ = idx as u64; }
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 3, ..p.clone() };
    let n = match p.x { -1 => 0, 1..=5 | 7 => 1, x @ 8..=9 => x, _ => 2 };
    let Some(z) = Some(3) else { return; };
    let f = |a: i32, b: i32| -> i32 { a + b };
    let g = |(i, x): (usize, &i32)| *x;
    let h = |&x: &i32| x;
    let y = i32::MAX; let w = <i32>::max_value(); let z2 = Vec::<i32>::new();
    let neg = -x() + !true as i32;
    let tup = t.0;
    let r2 = foo()?;
    fn inner() -> i32 { 1 }
    use std::fmt::Write as W;
    if let Some(a) = Some(1) { } else if i == 2 { } else { }
    unsafe_fn_name();
    v
}
#[cfg(test)]
mod tests { use super::*; #[test] fn t() { assert!(true); } }
`;
