import { beforeAll, describe, expect, it } from 'vitest';
import type { Expr } from '../../src/judge/syntax/ast';
import { body, expr, setUpParser, shape } from './syntax-helpers';

beforeAll(setUpParser);

const path = (...names: string[]) => ({ kind: 'path', path: { segments: names.map((name) => ({ name, generics: null })), global: false } });
const int = (n: number, suffix: string | null = null) => ({ kind: 'lit', value: { kind: 'int', value: `${n}n`, suffix } });

describe('operators', () => {
  it('keeps precedence and the operator span', () => {
    const e = expr('1 + 2 * x');
    expect(shape(e)).toEqual({ kind: 'binary', op: '+', left: int(1), right: { kind: 'binary', op: '*', left: int(2), right: path('x') } });
    if (e.kind !== 'binary') throw new Error();
    expect(e.opSpan).toMatchObject({ line: 1, column: 24, endColumn: 25 });
  });

  it('drops parentheses, giving the inner expression the span of the parentheses', () => {
    const e = expr('(a + b) * c');
    if (e.kind !== 'binary') throw new Error();
    expect(e.left.kind).toBe('binary');
    expect(e.left.span).toMatchObject({ column: 22, endColumn: 29 });
  });

  it('lowers unary, reference, cast, try and comparison operators', () => {
    expect(shape(expr('-x'))).toEqual({ kind: 'unary', op: '-', operand: path('x') });
    expect(shape(expr('!done'))).toEqual({ kind: 'unary', op: '!', operand: path('done') });
    expect(shape(expr('*r'))).toEqual({ kind: 'unary', op: '*', operand: path('r') });
    expect(shape(expr('&mut v'))).toEqual({ kind: 'ref', mutable: true, operand: path('v') });
    expect(shape(expr('&v'))).toEqual({ kind: 'ref', mutable: false, operand: path('v') });
    expect(shape(expr('x as u64'))).toEqual({ kind: 'cast', expr: path('x'), type: path('u64') });
    expect(shape(expr('f()?'))).toEqual({ kind: 'try', expr: { kind: 'call', callee: path('f'), args: [] } });
    expect(shape(expr('a <= b && c != d || !e'))).toMatchObject({ op: '||', left: { op: '&&', left: { op: '<=' }, right: { op: '!=' } } });
    expect(shape(expr('a << 2 >> 1 ^ b & c | d % 3'))).toMatchObject({ op: '|' });
  });

  it('lowers assignments and compound assignments as statements', () => {
    const b = body('fn main() { x = 1; x += 2; x <<= 1; v[0] -= 3; }');
    expect(b.stmts.map((s) => shape(s.kind === 'expr' ? s.expr : null))).toEqual([
      { kind: 'assign', target: path('x'), value: int(1) },
      { kind: 'compoundAssign', op: '+', target: path('x'), value: int(2) },
      { kind: 'compoundAssign', op: '<<', target: path('x'), value: int(1) },
      { kind: 'compoundAssign', op: '-', target: { kind: 'index', object: path('v'), index: int(0) }, value: int(3) },
    ]);
  });

  it('lowers every range form, including `..=b` which tree-sitter reads as an assignment', () => {
    expect(shape(expr('1..n'))).toEqual({ kind: 'range', start: int(1), end: path('n'), inclusive: false });
    expect(shape(expr('2..=n'))).toEqual({ kind: 'range', start: int(2), end: path('n'), inclusive: true });
    expect(shape(expr('a..'))).toEqual({ kind: 'range', start: path('a'), end: null, inclusive: false });
    expect(shape(expr('..b'))).toEqual({ kind: 'range', start: null, end: path('b'), inclusive: false });
    expect(shape(expr('..=b'))).toEqual({ kind: 'range', start: null, end: path('b'), inclusive: true });
    expect(shape(expr('&v[..=2]'))).toMatchObject({ kind: 'ref', operand: { kind: 'index', index: { kind: 'range', start: null, inclusive: true } } });
    expect(shape(expr('..'))).toEqual({ kind: 'range', start: null, end: null, inclusive: false });
  });
});

describe('calls, fields and paths', () => {
  it('tells method calls from calls of fields and keeps turbofish generics', () => {
    expect(shape(expr('v.iter().map(f).collect::<Vec<_>>()'))).toEqual({
      kind: 'methodCall',
      receiver: {
        kind: 'methodCall',
        receiver: { kind: 'methodCall', receiver: path('v'), method: { name: 'iter' }, generics: null, args: [] },
        method: { name: 'map' },
        generics: null,
        args: [path('f')],
      },
      method: { name: 'collect' },
      generics: [{ kind: 'type', type: { kind: 'path', path: { segments: [{ name: 'Vec', generics: [{ kind: 'type', type: { kind: 'infer' } }] }], global: false } } }],
      args: [],
    });
    expect(shape(expr('(s.f)(1)'))).toEqual({ kind: 'call', callee: { kind: 'field', object: path('s'), field: { name: 'f' } }, args: [int(1)] });
  });

  it('lowers tuple fields with their index span', () => {
    const e = expr('t.0.1');
    expect(shape(e)).toEqual({ kind: 'tupleField', object: { kind: 'tupleField', object: path('t'), index: 0 }, index: 1 });
    if (e.kind !== 'tupleField') throw new Error();
    expect(e.indexSpan).toMatchObject({ column: 26, endColumn: 27 });
  });

  it('lowers paths: turbofish, bracketed types, globals, Self, crate and associated constants', () => {
    const segs = (e: Expr) => (e.kind === 'call' && e.callee.kind === 'path' ? shape(e.callee.path) : e.kind === 'path' ? shape(e.path) : null);
    expect(segs(expr('Vec::<i32>::new()'))).toEqual({
      segments: [{ name: 'Vec', generics: [{ kind: 'type', type: path('i32') }] }, { name: 'new', generics: null }],
      global: false,
    });
    expect(segs(expr('<i32>::max_value()'))).toEqual({ segments: [{ name: 'i32', generics: null }, { name: 'max_value', generics: null }], global: false });
    expect(segs(expr('std::collections::HashMap::new()'))).toEqual(path('std', 'collections', 'HashMap', 'new').path);
    expect(segs(expr('::std::i32::MAX'))).toEqual({ ...path('std', 'i32', 'MAX').path, global: true });
    expect(segs(expr('i32::MAX'))).toEqual(path('i32', 'MAX').path);
    expect(segs(expr('Self::new()'))).toEqual(path('Self', 'new').path);
    expect(segs(expr('crate::helper'))).toEqual(path('crate', 'helper').path);
    expect(segs(expr('self'))).toEqual(path('self').path);
    // a raw identifier names the keyword
    const raw = expr('r#type + 1');
    if (raw.kind !== 'binary') throw new Error('not binary');
    expect(segs(raw.left)).toEqual(path('type').path);
  });

  it('lowers struct literals with shorthand fields and a base', () => {
    expect(shape(expr('Point { x: 1, y, ..Default::default() }'))).toEqual({
      kind: 'structLit',
      path: path('Point').path,
      fields: [
        { name: { name: 'x' }, value: int(1), shorthand: false },
        { name: { name: 'y' }, value: path('y'), shorthand: true },
      ],
      base: { kind: 'call', callee: path('Default', 'default'), args: [] },
    });
    expect(shape(expr('Shape::Rect { w: 1.0, h: 2.0 }'))).toMatchObject({ kind: 'structLit', path: path('Shape', 'Rect').path });
  });
});

describe('tuples, arrays and literals in expressions', () => {
  it('tells the unit value, a one-element tuple and parentheses apart', () => {
    expect(shape(expr('()'))).toEqual({ kind: 'tuple', elems: [] });
    expect(shape(expr('(x,)'))).toEqual({ kind: 'tuple', elems: [path('x')] });
    expect(shape(expr('(x)'))).toEqual(path('x'));
    expect(shape(expr('(1, "a")'))).toEqual({ kind: 'tuple', elems: [int(1), { kind: 'lit', value: { kind: 'str', value: 'a' } }] });
  });

  it('lowers array lists and repeats', () => {
    expect(shape(expr('[1, 2]'))).toEqual({ kind: 'array', elems: [int(1), int(2)] });
    expect(shape(expr('[0u8; 4]'))).toEqual({ kind: 'arrayRepeat', value: int(0, 'u8'), count: int(4) });
  });
});

describe('control flow', () => {
  it('lowers if / else if / else and `if let`', () => {
    expect(shape(expr('if a { 1 } else if b { 2 } else { 3 }'))).toEqual({
      kind: 'if',
      condition: path('a'),
      then: { stmts: [], tail: int(1) },
      else: { kind: 'if', condition: path('b'), then: { stmts: [], tail: int(2) }, else: { stmts: [], tail: int(3) } },
    });
    expect(shape(expr('if let Some(v) = opt { v } else { 0 }'))).toMatchObject({
      kind: 'if',
      condition: { kind: 'letCondition', pattern: { kind: 'tupleStruct', elems: [{ kind: 'ident', name: { name: 'v' } }] }, value: path('opt') },
    });
  });

  it('lowers match arms with guards and block bodies', () => {
    expect(shape(expr('match n { 0 => "zero", x if x < 0 => { "neg" } _ => "pos" }'))).toEqual({
      kind: 'match',
      scrutinee: path('n'),
      arms: [
        { pattern: { kind: 'lit', value: { kind: 'int', value: '0n', suffix: null }, negative: false }, guard: null, body: { kind: 'lit', value: { kind: 'str', value: 'zero' } } },
        {
          pattern: { kind: 'ident', name: { name: 'x' }, mutable: false, byRef: null, sub: null },
          guard: { kind: 'binary', op: '<', left: path('x'), right: int(0) },
          body: { kind: 'block', block: { stmts: [], tail: { kind: 'lit', value: { kind: 'str', value: 'neg' } } }, label: null },
        },
        { pattern: { kind: 'wild' }, guard: null, body: { kind: 'lit', value: { kind: 'str', value: 'pos' } } },
      ],
    });
  });

  it('lowers loops with labels, break values and continue', () => {
    const b = body(`fn main() {
      'outer: for i in 0..n { while let Some(x) = it.next() { continue 'outer; } }
      let v = loop { break 5; };
      let w = 'blk: { if c { break 'blk 1; } 2 };
      while i < 3 { i += 1; }
    }`);
    expect(shape(b.stmts[0])).toMatchObject({
      kind: 'expr',
      semi: false,
      expr: {
        kind: 'for',
        label: "'outer",
        pattern: { kind: 'ident', name: { name: 'i' } },
        iterable: { kind: 'range' },
        // The inner loop is the last thing in the body, so it is the body's tail.
        body: { stmts: [], tail: { kind: 'while', label: null, condition: { kind: 'letCondition' }, body: { stmts: [{ expr: { kind: 'continue', label: "'outer" } }] } } },
      },
    });
    expect(shape(b.stmts[1])).toMatchObject({ kind: 'let', init: { kind: 'loop', label: null, body: { stmts: [{ expr: { kind: 'break', label: null, value: int(5) } }] } } });
    expect(shape(b.stmts[2])).toMatchObject({ kind: 'let', init: { kind: 'block', label: "'blk", block: { tail: int(2) } } });
    // A block-like expression in final position is the block's tail.
    expect(b.stmts).toHaveLength(3);
    expect(shape(b.tail)).toMatchObject({ kind: 'while', condition: { kind: 'binary', op: '<' } });
  });

  it('lowers return with and without a value', () => {
    const b = body('fn main() { return; } fn f() -> i32 { return 1; }');
    expect(shape(b.stmts[0])).toEqual({ kind: 'expr', expr: { kind: 'return', value: null }, semi: true });
  });
});

describe('closures', () => {
  it('lowers parameters with and without types, patterns, return types and move', () => {
    expect(shape(expr('|x| x + 1'))).toEqual({
      kind: 'closure',
      params: [{ pattern: { kind: 'ident', name: { name: 'x' }, mutable: false, byRef: null, sub: null }, type: null }],
      returnType: null,
      body: { kind: 'binary', op: '+', left: path('x'), right: int(1) },
      isMove: false,
    });
    expect(shape(expr('|a: i32, b: i32| -> i32 { a + b }'))).toMatchObject({
      params: [{ type: path('i32') }, { type: path('i32') }],
      returnType: path('i32'),
      body: { kind: 'block', block: { tail: { kind: 'binary' } } },
    });
    expect(shape(expr('move || count'))).toMatchObject({ params: [], isMove: true });
    expect(shape(expr('|(i, x)| i'))).toMatchObject({ params: [{ pattern: { kind: 'tuple', elems: [{ kind: 'ident' }, { kind: 'ident' }] }, type: null }] });
    expect(shape(expr('|&x| x'))).toMatchObject({ params: [{ pattern: { kind: 'ref', mutable: false, pattern: { kind: 'ident' } } }] });
    expect(shape(expr('|_| 0'))).toMatchObject({ params: [{ pattern: { kind: 'wild' } }] });
    expect(shape(expr('|mut acc: Vec<i32>, x| acc'))).toMatchObject({ params: [{ pattern: { kind: 'ident', mutable: true } }, { type: null }] });
  });
});

describe('expression ids', () => {
  it('are unique and increase in source order, macros included', () => {
    const b = body('fn main() { let a = f(1, 2); println!("{}", a + 3); let v = vec![a; 2]; match a { 1 => x, _ => y } }');
    const ids: number[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ('id' in v && typeof v.id === 'number') ids.push(v.id);
        Object.values(v).forEach(walk);
      }
    };
    walk(b);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    // call, f, 1, 2 · println!, a + 3, a, 3 · vec!, a, 2 · match, a, x, y
    expect(ids.length).toBe(15);
  });
});
