import { beforeAll, describe, expect, it } from 'vitest';
import type { Literal } from '../../src/judge/syntax/ast';
import { expectSyntaxError, expr, pattern, setUpParser, shape } from './syntax-helpers';

beforeAll(setUpParser);

function lit(text: string): Literal {
  const e = expr(text);
  if (e.kind !== 'lit') throw new Error(`not a literal: ${e.kind}`);
  return e.value;
}

describe('literals', () => {
  it('decodes integers: separators, radixes and suffixes', () => {
    expect(lit('42')).toEqual({ kind: 'int', value: 42n, suffix: null });
    expect(lit('1_000_000')).toEqual({ kind: 'int', value: 1000000n, suffix: null });
    expect(lit('0xff_u8')).toEqual({ kind: 'int', value: 255n, suffix: 'u8' });
    expect(lit('0xFF')).toEqual({ kind: 'int', value: 255n, suffix: null });
    expect(lit('0o17')).toEqual({ kind: 'int', value: 15n, suffix: null });
    expect(lit('0b1010_1010')).toEqual({ kind: 'int', value: 170n, suffix: null });
    expect(lit('10u8')).toEqual({ kind: 'int', value: 10n, suffix: 'u8' });
    expect(lit('1_000_i64')).toEqual({ kind: 'int', value: 1000n, suffix: 'i64' });
    expect(lit('2usize')).toEqual({ kind: 'int', value: 2n, suffix: 'usize' });
    expect(lit('170141183460469231731687303715884105727i128')).toEqual({ kind: 'int', value: 170141183460469231731687303715884105727n, suffix: 'i128' });
    // Hex digits swallow what looks like a float suffix: 0x1f32 is one number.
    expect(lit('0x1f32')).toEqual({ kind: 'int', value: 0x1f32n, suffix: null });
  });

  it('decodes floats, and integers with a float suffix as floats', () => {
    expect(lit('1f64')).toEqual({ kind: 'float', value: 1, suffix: 'f64' });
    expect(lit('3_f32')).toEqual({ kind: 'float', value: 3, suffix: 'f32' });
    expect(lit('1.5')).toEqual({ kind: 'float', value: 1.5, suffix: null });
    expect(lit('1e3')).toEqual({ kind: 'float', value: 1000, suffix: null });
    expect(lit('2.5E-3')).toEqual({ kind: 'float', value: 0.0025, suffix: null });
    expect(lit('2.')).toEqual({ kind: 'float', value: 2, suffix: null });
    expect(lit('1.5f32')).toEqual({ kind: 'float', value: 1.5, suffix: 'f32' });
    expect(lit('1_000.25_f64')).toEqual({ kind: 'float', value: 1000.25, suffix: 'f64' });
  });

  it('decodes strings with escapes and line continuations, and raw strings', () => {
    expect(lit(String.raw`"a\nb\t\\\"\0"`)).toEqual({ kind: 'str', value: 'a\nb\t\\"\0' });
    expect(lit(String.raw`"\u{1F600}\u{e9}\x41"`)).toEqual({ kind: 'str', value: '😀éA' });
    expect(lit('"one \\\n        two"')).toEqual({ kind: 'str', value: 'one two' });
    expect(lit('"multi\nline"')).toEqual({ kind: 'str', value: 'multi\nline' });
    expect(lit(String.raw`r"C:\path\n"`)).toEqual({ kind: 'str', value: String.raw`C:\path\n` });
    expect(lit('r#"say "hi""#')).toEqual({ kind: 'str', value: 'say "hi"' });
    expect(lit('r##"a "# b"##')).toEqual({ kind: 'str', value: 'a "# b' });
    expect(lit('"é😀"')).toEqual({ kind: 'str', value: 'é😀' });
  });

  it('decodes chars, bytes, byte strings and bools', () => {
    expect(lit("'a'")).toEqual({ kind: 'char', value: 'a' });
    expect(lit(String.raw`'\n'`)).toEqual({ kind: 'char', value: '\n' });
    expect(lit(String.raw`'\''`)).toEqual({ kind: 'char', value: "'" });
    expect(lit(String.raw`'\u{e9}'`)).toEqual({ kind: 'char', value: 'é' });
    expect(lit("'😀'")).toEqual({ kind: 'char', value: '😀' });
    expect(lit("b'a'")).toEqual({ kind: 'byte', value: 97 });
    expect(lit(String.raw`b'\xff'`)).toEqual({ kind: 'byte', value: 255 });
    expect(lit('b"ab"')).toEqual({ kind: 'byteStr', value: [97, 98] });
    expect(lit(String.raw`b"\x00\n"`)).toEqual({ kind: 'byteStr', value: [0, 10] });
    expect(lit('br"\\d"')).toEqual({ kind: 'byteStr', value: [92, 100] });
    expect(lit('true')).toEqual({ kind: 'bool', value: true });
    expect(lit('false')).toEqual({ kind: 'bool', value: false });
  });

  it("reports what rustc's lexer rejects inside literals", () => {
    // rustc: error: unknown character escape: `q` --> 2:15
    expectSyntaxError('fn main() {\n    let v = "\\q";\n}\n', 2, 15, 'unknown character escape: `q`');
    // rustc: error: out of range hex escape --> 1:22
    expectSyntaxError('fn main() { let c = "\\xff"; }', 1, 22, 'out of range hex escape');
  });
});

describe('patterns', () => {
  const int = (n: number) => ({ kind: 'int', value: `${n}n`, suffix: null });

  it('lowers literals, negative literals and wildcards', () => {
    expect(shape(pattern('-1'))).toEqual({ kind: 'lit', value: int(1), negative: true });
    expect(shape(pattern('"s"'))).toEqual({ kind: 'lit', value: { kind: 'str', value: 's' }, negative: false });
    expect(shape(pattern('true'))).toEqual({ kind: 'lit', value: { kind: 'bool', value: true }, negative: false });
    expect(shape(pattern('_'))).toEqual({ kind: 'wild' });
  });

  it('lowers range patterns of every shape', () => {
    const bound = (n: number, negative = false) => ({ kind: 'lit', value: int(n), negative });
    expect(shape(pattern('1..=5'))).toEqual({ kind: 'range', start: bound(1), end: bound(5), inclusive: true });
    expect(shape(pattern("'a'..='z'"))).toEqual({
      kind: 'range',
      start: { kind: 'lit', value: { kind: 'char', value: 'a' }, negative: false },
      end: { kind: 'lit', value: { kind: 'char', value: 'z' }, negative: false },
      inclusive: true,
    });
    expect(shape(pattern('..=0'))).toEqual({ kind: 'range', start: null, end: bound(0), inclusive: true });
    expect(shape(pattern('10..'))).toEqual({ kind: 'range', start: bound(10), end: null, inclusive: false });
    expect(shape(pattern('-5..=-1'))).toEqual({ kind: 'range', start: bound(5, true), end: bound(1, true), inclusive: true });
    expect(shape(pattern('0..MAX'))).toEqual({
      kind: 'range',
      start: bound(0),
      end: { kind: 'path', path: { segments: [{ name: 'MAX', generics: null }], global: false } },
      inclusive: false,
    });
  });

  it('lowers bindings: mut, ref, ref mut and @ subpatterns', () => {
    const id = (name: string, extra: object = {}) => ({ kind: 'ident', name: { name }, mutable: false, byRef: null, sub: null, ...extra });
    expect(shape(pattern('x'))).toEqual(id('x'));
    expect(shape(pattern('mut x'))).toEqual(id('x', { mutable: true }));
    expect(shape(pattern('ref r'))).toEqual(id('r', { byRef: 'ref' }));
    expect(shape(pattern('ref mut m'))).toEqual(id('m', { byRef: 'refMut' }));
    expect(shape(pattern('n @ 1..=5'))).toMatchObject(id('n', { sub: { kind: 'range', inclusive: true } }));
  });

  it('lowers or-patterns flat, tuples, references and paths', () => {
    expect(shape(pattern('1 | 2 | 3'))).toMatchObject({ kind: 'or', alternatives: [{ kind: 'lit' }, { kind: 'lit' }, { kind: 'lit' }] });
    expect(shape(pattern('(a, ..)'))).toEqual({ kind: 'tuple', elems: [{ kind: 'ident', name: { name: 'a' }, mutable: false, byRef: null, sub: null }, { kind: 'rest' }] });
    expect(shape(pattern('(a,)'))).toMatchObject({ kind: 'tuple', elems: [{ kind: 'ident' }] });
    expect(shape(pattern('(a)'))).toMatchObject({ kind: 'ident', name: { name: 'a' } });
    expect(shape(pattern('&(a, b)'))).toMatchObject({ kind: 'ref', mutable: false, pattern: { kind: 'tuple' } });
    expect(shape(pattern('&mut q'))).toMatchObject({ kind: 'ref', mutable: true, pattern: { kind: 'ident' } });
    expect(shape(pattern('Color::Red'))).toEqual({ kind: 'path', path: { segments: [{ name: 'Color', generics: null }, { name: 'Red', generics: null }], global: false } });
    expect(shape(pattern('i32::MAX'))).toMatchObject({ kind: 'path' });
    expect(shape(pattern('Self'))).toMatchObject({ kind: 'path', path: { segments: [{ name: 'Self' }] } });
    // A bare name stays a binding: name resolution decides whether `None` is a variant.
    expect(shape(pattern('None'))).toMatchObject({ kind: 'ident', name: { name: 'None' } });
  });

  it('lowers tuple-struct and struct patterns, with `..` and shorthand bindings', () => {
    expect(shape(pattern('Some(_)'))).toEqual({
      kind: 'tupleStruct',
      path: { segments: [{ name: 'Some', generics: null }], global: false },
      elems: [{ kind: 'wild' }],
    });
    expect(shape(pattern('Shape::Circle(r)'))).toMatchObject({ kind: 'tupleStruct', path: { segments: [{ name: 'Shape' }, { name: 'Circle' }] }, elems: [{ kind: 'ident' }] });
    expect(shape(pattern('P { x, y: 0, .. }'))).toEqual({
      kind: 'struct',
      path: { segments: [{ name: 'P', generics: null }], global: false },
      fields: [
        { name: { name: 'x' }, pattern: { kind: 'ident', name: { name: 'x' }, mutable: false, byRef: null, sub: null }, shorthand: true },
        { name: { name: 'y' }, pattern: { kind: 'lit', value: int(0), negative: false }, shorthand: false },
      ],
      hasRest: true,
    });
    expect(shape(pattern('E::V { ref mut a, mut b }'))).toMatchObject({
      kind: 'struct',
      hasRest: false,
      fields: [{ pattern: { byRef: 'refMut', mutable: false } }, { pattern: { byRef: null, mutable: true } }],
    });
  });

  it('lowers slice patterns with rest and bound rest', () => {
    expect(shape(pattern('[first, .., last]'))).toMatchObject({ kind: 'slice', elems: [{ kind: 'ident' }, { kind: 'rest' }, { kind: 'ident' }] });
    expect(shape(pattern('[x, rest @ ..]'))).toMatchObject({ kind: 'slice', elems: [{ kind: 'ident' }, { kind: 'ident', name: { name: 'rest' }, sub: { kind: 'rest' } }] });
    expect(shape(pattern('[]'))).toEqual({ kind: 'slice', elems: [] });
  });
});
