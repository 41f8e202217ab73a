import { beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/judge/syntax/ast';
import { body, expectUnsupported, fn, lower, setUpParser, shape, type } from './syntax-helpers';

beforeAll(setUpParser);

const tpath = (...names: string[]) => ({ kind: 'path', path: { segments: names.map((name) => ({ name, generics: null })), global: false } });
const bound = (name: string) => ({ path: { segments: [{ name, generics: null }], global: false }, fnSugar: null, maybe: false });
const only = (source: string): Item => lower(source).items[0]!;

describe('types', () => {
  it('lowers references (keeping their lifetime names), pointers, slices and arrays', () => {
    expect(shape(type("&'a str"))).toEqual({ kind: 'ref', mutable: false, lifetime: "'a", inner: tpath('str') });
    expect(shape(type('&mut Vec<i32>'))).toEqual({
      kind: 'ref',
      mutable: true,
      lifetime: null,
      inner: { kind: 'path', path: { segments: [{ name: 'Vec', generics: [{ kind: 'type', type: tpath('i32') }] }], global: false } },
    });
    expect(shape(type('[i32; 3]'))).toEqual({ kind: 'array', elem: tpath('i32'), length: { kind: 'lit', value: { kind: 'int', value: '3n', suffix: null } } });
    expect(shape(type('&[u8]'))).toEqual({ kind: 'ref', mutable: false, lifetime: null, inner: { kind: 'slice', elem: tpath('u8') } });
    expect(shape(type('*const u8'))).toEqual({ kind: 'ptr', mutable: false, inner: tpath('u8') });
    expect(shape(type('*mut u8'))).toEqual({ kind: 'ptr', mutable: true, inner: tpath('u8') });
  });

  it('lowers tuples, unit, never, infer and parenthesised types', () => {
    expect(shape(type('Option<(usize, usize)>'))).toEqual({
      kind: 'path',
      path: { segments: [{ name: 'Option', generics: [{ kind: 'type', type: { kind: 'tuple', elems: [tpath('usize'), tpath('usize')] } }] }], global: false },
    });
    expect(shape(type('()'))).toEqual({ kind: 'tuple', elems: [] });
    expect(shape(type('(i32,)'))).toEqual({ kind: 'tuple', elems: [tpath('i32')] });
    expect(shape(type('(i32)'))).toEqual(tpath('i32'));
    expect(shape(type('!'))).toEqual({ kind: 'never' });
    expect(shape(type('_'))).toEqual({ kind: 'infer' });
  });

  it('lowers generic paths with several arguments, bindings, lifetimes and consts', () => {
    expect(shape(type('HashMap<String, Vec<usize>>'))).toMatchObject({
      path: { segments: [{ name: 'HashMap', generics: [{ kind: 'type', type: tpath('String') }, { kind: 'type', type: { path: { segments: [{ name: 'Vec' }] } } }] }] },
    });
    expect(shape(type('Result<i32, String>'))).toMatchObject({ path: { segments: [{ name: 'Result', generics: [{ type: tpath('i32') }, { type: tpath('String') }] }] } });
    expect(shape(type("Foo<'a, 3, { N }>"))).toMatchObject({
      path: { segments: [{ generics: [{ kind: 'lifetime', name: "'a" }, { kind: 'const', value: { kind: 'lit' } }, { kind: 'const', value: { kind: 'block' } }] }] },
    });
    expect(shape(type('std::vec::Vec<i32>'))).toMatchObject({ path: { segments: [{ name: 'std' }, { name: 'vec' }, { name: 'Vec', generics: [{ kind: 'type' }] }] } });
  });

  it('lowers function pointers, impl Trait and dyn Trait with Fn sugar', () => {
    expect(shape(type('fn(i32) -> i32'))).toEqual({ kind: 'fnPointer', params: [tpath('i32')], ret: tpath('i32') });
    expect(shape(type('fn(&str)'))).toEqual({ kind: 'fnPointer', params: [{ kind: 'ref', mutable: false, lifetime: null, inner: tpath('str') }], ret: null });
    expect(shape(type('impl Iterator<Item = u32>'))).toEqual({
      kind: 'implTrait',
      bounds: [{ path: { segments: [{ name: 'Iterator', generics: [{ kind: 'binding', name: { name: 'Item' }, type: tpath('u32') }] }], global: false }, fnSugar: null, maybe: false }],
    });
    expect(shape(type('Box<dyn Fn(i32) -> i32>'))).toMatchObject({
      path: { segments: [{ name: 'Box', generics: [{ type: { kind: 'dynTrait', bounds: [{ path: { segments: [{ name: 'Fn' }] }, fnSugar: { params: [tpath('i32')], ret: tpath('i32') } }] } }] }] },
    });
    expect(shape(type("Box<dyn Fn(&str) + Send + 'static>"))).toMatchObject({
      path: { segments: [{ generics: [{ type: { kind: 'dynTrait', bounds: [{ fnSugar: { ret: null } }, bound('Send')] } }] }] },
    });
    expect(shape(type('impl Fn(i32) -> bool + Clone'))).toMatchObject({ kind: 'implTrait', bounds: [{ fnSugar: { params: [tpath('i32')] } }, bound('Clone')] });
    expect(shape(type('&dyn std::fmt::Display'))).toMatchObject({ kind: 'ref', inner: { kind: 'dynTrait', bounds: [{ path: { segments: [{ name: 'std' }, { name: 'fmt' }, { name: 'Display' }] } }] } });
  });
});

describe('functions', () => {
  it('lowers visibility, generics with bounds, where clauses, parameters and return types', () => {
    const f = fn(lower('pub fn largest<T: PartialOrd + Copy, const N: usize>(xs: &[T; N], mut k: usize) -> Option<T> where T: std::fmt::Debug + ?Sized { None }'), 'largest');
    expect(f.isPub).toBe(true);
    expect(shape(f.generics)).toEqual({
      params: [
        { kind: 'type', name: { name: 'T' }, bounds: [bound('PartialOrd'), bound('Copy')], default: null },
        { kind: 'const', name: { name: 'N' }, type: tpath('usize') },
      ],
      where: [
        {
          type: tpath('T'),
          bounds: [{ path: { segments: [{ name: 'std', generics: null }, { name: 'fmt', generics: null }, { name: 'Debug', generics: null }], global: false }, fnSugar: null, maybe: false }, { ...bound('Sized'), maybe: true }],
        },
      ],
    });
    expect(shape(f.params)).toEqual([
      { pattern: { kind: 'ident', name: { name: 'xs' }, mutable: false, byRef: null, sub: null }, type: { kind: 'ref', mutable: false, lifetime: null, inner: { kind: 'array', elem: tpath('T'), length: tpath('N') } } },
      { pattern: { kind: 'ident', name: { name: 'k' }, mutable: true, byRef: null, sub: null }, type: tpath('usize') },
    ]);
    expect(f.selfParam).toBeNull();
    expect(shape(f.returnType)).toMatchObject({ path: { segments: [{ name: 'Option' }] } });
  });

  it('lowers lifetime parameters and Fn bounds in where clauses', () => {
    const f = fn(lower("fn apply<'a, F>(s: &'a str, f: F) -> usize where F: Fn(&str) -> usize { f(s) }"), 'apply');
    expect(shape(f.generics.params)).toEqual([{ kind: 'lifetime', name: { name: "'a" } }, { kind: 'type', name: { name: 'F' }, bounds: [], default: null }]);
    expect(shape(f.generics.where[0]!.bounds)).toEqual([
      { path: { segments: [{ name: 'Fn', generics: null }], global: false }, fnSugar: { params: [{ kind: 'ref', mutable: false, lifetime: null, inner: tpath('str') }], ret: tpath('usize') }, maybe: false },
    ]);
  });

  it('lowers every self parameter form', () => {
    const impl = only('impl S { fn a(self) {} fn b(&self) {} fn c(&mut self) {} fn d(mut self) {} fn e(&\'a self) {} fn f() {} }');
    if (impl.kind !== 'impl') throw new Error();
    expect(impl.items.map((i) => (i.kind === 'fn' ? shape(i.selfParam) : null))).toEqual([
      { kind: 'value', mutable: false },
      { kind: 'ref', mutable: false },
      { kind: 'refMut', mutable: false },
      { kind: 'value', mutable: true },
      { kind: 'ref', mutable: false },
      null,
    ]);
  });
});

describe('structs, enums, impls and traits', () => {
  it('lowers named, tuple and unit structs with derives and other attributes', () => {
    expect(shape(only('#[derive(Debug, Clone, PartialEq)]\n#[allow(dead_code)]\npub struct P { pub x: i32, y: f64 }'))).toEqual({
      kind: 'struct',
      name: { name: 'P' },
      generics: { params: [], where: [] },
      fields: { kind: 'named', fields: [{ name: { name: 'x' }, type: tpath('i32'), isPub: true }, { name: { name: 'y' }, type: tpath('f64'), isPub: false }] },
      isPub: true,
      attributes: { derives: ['Debug', 'Clone', 'PartialEq'], other: ['allow(dead_code)'] },
    });
    expect(shape(only('struct Pair(pub i32, String);'))).toMatchObject({ fields: { kind: 'tuple', fields: [{ type: tpath('i32'), isPub: true }, { type: tpath('String'), isPub: false }] } });
    expect(shape(only('struct Unit;'))).toMatchObject({ fields: { kind: 'unit' }, isPub: false });
    const pair = only('struct Pair(pub i32, String);');
    if (pair.kind !== 'struct' || pair.fields.kind !== 'tuple') throw new Error();
    expect(pair.fields.fields[0]!.span).toMatchObject({ column: 13, endColumn: 20 });
  });

  it('lowers enum variants of all three shapes with discriminants', () => {
    expect(shape(only('enum E { A, B(i32, i32), C { x: i32 }, D = 3 }'))).toMatchObject({
      kind: 'enum',
      variants: [
        { name: { name: 'A' }, fields: { kind: 'unit' }, discriminant: null },
        { name: { name: 'B' }, fields: { kind: 'tuple', fields: [{ type: tpath('i32') }, { type: tpath('i32') }] } },
        { name: { name: 'C' }, fields: { kind: 'named', fields: [{ name: { name: 'x' } }] } },
        { name: { name: 'D' }, discriminant: { kind: 'lit', value: { kind: 'int', value: '3n' } } },
      ],
    });
  });

  it('lowers inherent, trait and generic impls with consts and associated types', () => {
    expect(shape(only('impl<T: Clone> Stack<T> { const CAP: usize = 8; pub fn new() -> Self { Stack { items: Vec::new() } } }'))).toMatchObject({
      kind: 'impl',
      trait: null,
      generics: { params: [{ kind: 'type', name: { name: 'T' }, bounds: [bound('Clone')] }] },
      selfType: { path: { segments: [{ name: 'Stack', generics: [{ type: tpath('T') }] }] } },
      items: [{ kind: 'const', name: { name: 'CAP' }, type: tpath('usize'), value: { kind: 'lit' } }, { kind: 'fn', isPub: true, returnType: tpath('Self') }],
    });
    expect(shape(only('impl Iterator for Counter { type Item = u32; fn next(&mut self) -> Option<u32> { None } }'))).toMatchObject({
      kind: 'impl',
      trait: { segments: [{ name: 'Iterator' }] },
      selfType: tpath('Counter'),
      items: [{ kind: 'typeAlias', name: { name: 'Item' }, type: tpath('u32') }, { kind: 'fn', selfParam: { kind: 'refMut' } }],
    });
    expect(shape(only('impl fmt::Display for P { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { Ok(()) } }'))).toMatchObject({
      trait: { segments: [{ name: 'fmt' }, { name: 'Display' }] },
    });
  });

  it('lowers traits with supertraits, required and provided methods, consts and associated types', () => {
    expect(shape(only('pub trait Shape: Clone + Debug { type Unit: Copy; const SIDES: u32; fn area(&self) -> f64; fn twice(&self) -> f64 { self.area() * 2.0 } }'))).toMatchObject({
      kind: 'trait',
      name: { name: 'Shape' },
      isPub: true,
      supertraits: [bound('Clone'), bound('Debug')],
      items: [
        { kind: 'associatedType', name: { name: 'Unit' }, bounds: [bound('Copy')] },
        { kind: 'const', name: { name: 'SIDES' }, type: tpath('u32'), value: null },
        { kind: 'fn', name: { name: 'area' }, body: null },
        { kind: 'fn', name: { name: 'twice' }, body: { tail: { kind: 'binary' } } },
      ],
    });
  });
});

describe('use, const, static and type aliases', () => {
  const useTree = (source: string) => {
    const item = only(source);
    if (item.kind !== 'use') throw new Error();
    return shape(item.tree);
  };
  const ids = (...names: string[]) => names.map((name) => ({ name }));

  it('lowers every use-tree shape', () => {
    expect(useTree('use std::collections::HashMap;')).toEqual({ kind: 'simple', path: ids('std', 'collections', 'HashMap'), alias: null });
    expect(useTree('use std::collections::{HashMap, HashSet};')).toEqual({
      kind: 'list',
      path: ids('std', 'collections'),
      children: [{ kind: 'simple', path: ids('HashMap'), alias: null }, { kind: 'simple', path: ids('HashSet'), alias: null }],
    });
    expect(useTree('use std::io::{self, Write};')).toMatchObject({ kind: 'list', children: [{ kind: 'simple', path: ids('self') }, { path: ids('Write') }] });
    expect(useTree('use super::*;')).toEqual({ kind: 'glob', path: ids('super') });
    expect(useTree('use std::fmt::Result as FmtResult;')).toEqual({ kind: 'simple', path: ids('std', 'fmt', 'Result'), alias: { name: 'FmtResult' } });
    expect(useTree('use std::{fmt, collections::{HashMap, BTreeMap}};')).toMatchObject({
      kind: 'list',
      path: ids('std'),
      children: [{ kind: 'simple', path: ids('fmt') }, { kind: 'list', path: ids('collections'), children: [{ path: ids('HashMap') }, { path: ids('BTreeMap') }] }],
    });
    expect(shape(only('pub use crate::x;'))).toMatchObject({ kind: 'use', isPub: true });
  });

  it('lowers const, static and type alias items', () => {
    expect(shape(only('const MAX: u32 = 1_000;'))).toEqual({ kind: 'const', name: { name: 'MAX' }, type: tpath('u32'), value: { kind: 'lit', value: { kind: 'int', value: '1000n', suffix: null } } });
    expect(shape(only('static mut COUNT: i32 = 0;'))).toMatchObject({ kind: 'static', name: { name: 'COUNT' }, mutable: true, type: tpath('i32') });
    expect(shape(only('static NAME: &str = "x";'))).toMatchObject({ kind: 'static', mutable: false });
    expect(shape(only('type Res<T> = Result<T, String>;'))).toMatchObject({ kind: 'typeAlias', name: { name: 'Res' }, generics: { params: [{ name: { name: 'T' } }] }, type: { path: { segments: [{ name: 'Result' }] } } });
  });
});

describe('blocks', () => {
  it('separates statements from the tail and keeps nested items and let-else', () => {
    const b = body(`fn main() {
      fn helper() -> i32 { 1 }
      use std::fmt::Write;
      let Some(v) = opt else { return; };
      if v > 0 { print(v) }
      match v { _ => {} };
      helper()
    }`);
    expect(b.stmts.map((s) => [s.kind, s.kind === 'expr' ? s.semi : null])).toEqual([
      ['item', null],
      ['item', null],
      ['let', null],
      ['expr', false],
      ['expr', true],
    ]);
    expect(shape(b.stmts[2])).toMatchObject({ kind: 'let', pattern: { kind: 'tupleStruct' }, elseBlock: { stmts: [{ expr: { kind: 'return' } }] } });
    expect(shape(b.tail)).toMatchObject({ kind: 'call', callee: tpath('helper') });
  });

  it('keeps `let` without an initializer and with a type', () => {
    expect(shape(body('fn main() { let x: i32; let (a, b): (i32, i32) = (1, 2); }').stmts)).toMatchObject([
      { kind: 'let', pattern: { kind: 'ident' }, type: tpath('i32'), init: null, elseBlock: null },
      { kind: 'let', pattern: { kind: 'tuple' }, type: { kind: 'tuple' }, init: { kind: 'tuple' } },
    ]);
  });
});

describe('test modules and unsupported items', () => {
  it('drops #[cfg(test)] items entirely and records other attributes', () => {
    const program = lower(`fn add(a: i32, b: i32) -> i32 { a + b }
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn it_adds() { assert_eq!(add(1, 2), 3); }
}
#[cfg(test)]
fn only_in_tests() {}
#[test]
fn marked() {}`);
    expect(program.items.map((i) => (i.kind === 'fn' ? i.name.name : i.kind))).toEqual(['add', 'marked']);
    expect(fn(program, 'marked').attributes).toEqual({ derives: [], other: ['test'] });
  });

  it('names unsupported items', () => {
    expect(expectUnsupported('mod utils { pub fn f() {} }\nfn main() {}', 'modules')).toEqual({ line: 1, column: 1 });
    expectUnsupported('macro_rules! sq { ($x:expr) => { $x * $x }; }', '`macro_rules!`');
    expectUnsupported('unsafe fn f() {}', '`unsafe` functions');
    expectUnsupported('async fn f() {}', '`async` functions');
    expectUnsupported('extern "C" { fn abs(x: i32) -> i32; }', '`extern` blocks');
    expectUnsupported('union U { a: u32 }', 'unions');
    expectUnsupported('thread_local! { static X: u32 = 1; }', 'the macro `thread_local!` as an item');
    expectUnsupported('fn f(self: Box<Self>) {}', 'typed `self`');
    expectUnsupported('type T = <Vec<i32> as IntoIterator>::Item;', 'qualified path');
  });
});
