import { beforeAll, describe, expect, it } from 'vitest';
import type { Expr } from '../../src/judge/syntax/ast';
import { body, expectSyntaxError, expectUnsupported, expr, setUpParser, shape } from './syntax-helpers';

beforeAll(setUpParser);

const path = (...names: string[]) => ({ kind: 'path', path: { segments: names.map((name) => ({ name, generics: null })), global: false } });
const int = (n: number) => ({ kind: 'lit', value: { kind: 'int', value: `${n}n`, suffix: null } });

/** The expression statements of `fn main`, in order. */
function statements(source: string): Expr[] {
  const b = body(source);
  return [...b.stmts.flatMap((s) => (s.kind === 'expr' ? [s.expr] : [])), ...(b.tail ? [b.tail] : [])];
}

describe('vec!', () => {
  it('lowers the list and repeat forms and the empty vector', () => {
    expect(shape(expr('vec![1, f(2), x]'))).toEqual({ kind: 'macro', name: { name: 'vec' }, macro: 'vec', form: 'list', elems: [int(1), { kind: 'call', callee: path('f'), args: [int(2)] }, path('x')] });
    expect(shape(expr('vec![0; n + 1]'))).toEqual({ kind: 'macro', name: { name: 'vec' }, macro: 'vec', form: 'repeat', value: int(0), count: { kind: 'binary', op: '+', left: path('n'), right: int(1) } });
    expect(shape(expr('vec![]'))).toMatchObject({ macro: 'vec', form: 'list', elems: [] });
    expect(shape(expr('vec![vec![0; 3]; 2]'))).toMatchObject({ form: 'repeat', value: { kind: 'macro', macro: 'vec', form: 'repeat' }, count: int(2) });
    expect(shape(expr('std::vec![1]'))).toMatchObject({ macro: 'vec', name: { name: 'vec' } });
  });
});

describe('format macros', () => {
  it('splits the template, positional and named arguments', () => {
    expect(shape(expr('format!("{} is {age:>3} {}", name, f(x), age = 7)'))).toEqual({
      kind: 'macro',
      name: { name: 'format' },
      macro: 'format',
      format: {
        template: { value: '{} is {age:>3} {}' },
        positional: [path('name'), { kind: 'call', callee: path('f'), args: [path('x')] }],
        named: [{ name: { name: 'age' }, value: int(7) }],
      },
    });
  });

  it('accepts raw strings, escapes, braces and trailing commas, and lowers empty calls to null', () => {
    const [a, b, c, d, e] = statements(`fn main() {
      println!(r#"{"a": {}}"#, 1,);
      print!("tab\\t{{}}\\n");
      println!();
      panic!();
      eprintln!("{x:?}");
    }`);
    expect(shape(a)).toMatchObject({ macro: 'println', format: { template: { value: '{"a": {}}' }, positional: [int(1)], named: [] } });
    expect(shape(b)).toMatchObject({ macro: 'print', format: { template: { value: 'tab\t{{}}\n' }, positional: [] } });
    expect(shape(c)).toEqual({ kind: 'macro', name: { name: 'println' }, macro: 'println', format: null });
    expect(shape(d)).toEqual({ kind: 'macro', name: { name: 'panic' }, macro: 'panic', format: null });
    expect(shape(e)).toMatchObject({ macro: 'eprintln', format: { template: { value: '{x:?}' } } });
  });

  it('lowers panic-like macros', () => {
    const [a, b, c] = statements('fn main() { unreachable!("bad {}", n); todo!(); unimplemented!("later") }');
    expect(shape(a)).toMatchObject({ macro: 'unreachable', format: { template: { value: 'bad {}' }, positional: [path('n')] } });
    expect(shape(b)).toMatchObject({ macro: 'todo', format: null });
    expect(shape(c)).toMatchObject({ macro: 'unimplemented', format: { template: { value: 'later' } } });
  });

  it('lowers write! and writeln! with their target', () => {
    const [a, b] = statements('fn main() { write!(f, "({}, {})", self.x, self.y)?; writeln!(out) }');
    expect(shape(a)).toMatchObject({
      kind: 'try',
      expr: { kind: 'macro', macro: 'write', target: path('f'), format: { template: { value: '({}, {})' }, positional: [{ kind: 'field' }, { kind: 'field' }] } },
    });
    expect(shape(b)).toEqual({ kind: 'macro', name: { name: 'writeln' }, macro: 'writeln', target: path('out'), format: null });
  });

  it('rejects a format argument that is not a string literal, where rustc does', () => {
    // rustc: error: format argument must be a string literal --> 3:12
    expectSyntaxError('fn main() {\n    let s = String::new();\n    panic!(s);\n}\n', 3, 12, 'format argument must be a string literal');
    expectSyntaxError('fn main() { println!(b"x"); }', 1, 22, 'format argument must be a string literal');
    expectSyntaxError('fn main() { println!("{a} {}", a = 1, 2); }', 1, 39, 'positional arguments cannot follow named arguments');
  });
});

describe('assertions', () => {
  it('lowers assert! and assert_eq! family with and without messages', () => {
    const [a, b, c, d, e] = statements(`fn main() {
      assert!(is_prime(7));
      assert!(x > 0, "x was {}", x);
      assert_eq!(add(1, 2), 3);
      assert_ne!(a, b, "must differ");
      debug_assert_eq!(v.len(), 2,);
    }`);
    expect(shape(a)).toEqual({ kind: 'macro', name: { name: 'assert' }, macro: 'assert', condition: { kind: 'call', callee: path('is_prime'), args: [int(7)] }, message: null });
    expect(shape(b)).toMatchObject({ macro: 'assert', condition: { kind: 'binary', op: '>' }, message: { template: { value: 'x was {}' }, positional: [path('x')] } });
    expect(shape(c)).toEqual({
      kind: 'macro',
      name: { name: 'assert_eq' },
      macro: 'assert_eq',
      left: { kind: 'call', callee: path('add'), args: [int(1), int(2)] },
      right: int(3),
      message: null,
    });
    expect(shape(d)).toMatchObject({ macro: 'assert_ne', left: path('a'), right: path('b'), message: { template: { value: 'must differ' }, positional: [], named: [] } });
    expect(shape(e)).toMatchObject({ macro: 'debug_assert_eq', right: int(2), message: null });
  });

  it('maps spans inside a macro back to the source: an expression in assert_eq! on line 7', () => {
    const source = [
      'fn add(a: i32, b: i32) -> i32 {',
      '    a + b',
      '}',
      '',
      'fn main() {',
      '    let candidate = add;',
      '    assert_eq!(candidate(1, 2),\n        3);',
      '}',
    ].join('\n');
    const [assert] = statements(source);
    if (assert?.kind !== 'macro' || assert.macro !== 'assert_eq') throw new Error('no assert_eq');
    expect(assert.span).toMatchObject({ line: 7, column: 5, endLine: 8, endColumn: 11 });
    expect(assert.name.span).toMatchObject({ line: 7, column: 5, endColumn: 14 });
    expect(assert.left.span).toMatchObject({ line: 7, column: 16, endLine: 7, endColumn: 31 });
    expect(source.slice(assert.left.span.start, assert.left.span.end)).toBe('candidate(1, 2)');
    if (assert.left.kind !== 'call') throw new Error();
    expect(assert.left.args[1]!.span).toMatchObject({ line: 7, column: 29, endColumn: 30 });
    expect(assert.right.span).toMatchObject({ line: 8, column: 9, endLine: 8, endColumn: 10 });
    expect(source.slice(assert.right.span.start, assert.right.span.end)).toBe('3');
  });

  it('maps spans through nested macros and after non-ASCII text', () => {
    const source = 'fn main() {\n    // héllo 😀\n    let s = "ü"; assert!(matches!(f("é😀", x), Some(1..=3)), "bad {}", s);\n}';
    const [assert] = statements(source);
    if (assert?.kind !== 'macro' || assert.macro !== 'assert') throw new Error('no assert');
    const matches = assert.condition;
    if (matches.kind !== 'macro' || matches.macro !== 'matches') throw new Error('no matches');
    expect(source.slice(matches.scrutinee.span.start, matches.scrutinee.span.end)).toBe('f("é😀", x)');
    // Columns count code points: `ü` is one column and so is the emoji.
    expect(matches.scrutinee.span).toMatchObject({ line: 3, column: 35 });
    if (matches.scrutinee.kind !== 'call') throw new Error();
    expect(matches.scrutinee.args[1]!.span).toMatchObject({ line: 3, column: 43, endColumn: 44 });
    expect(matches.pattern.span).toMatchObject({ line: 3, column: 47, endColumn: 58 });
    expect(assert.message?.template.span).toMatchObject({ line: 3, column: 61, endColumn: 69 });
  });

  it('reports syntax errors inside macro arguments at their source position', () => {
    // rustc: error: expected expression, found end of macro arguments --> 2:23
    expectSyntaxError('fn main() {\n    println!("{}", 1 +);\n}\n', 2, 23, 'expected expression, found end of macro arguments');
    // rustc: error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2` --> 2:20
    expectSyntaxError('fn main() {\n    assert_eq!(f(1 2), 3);\n}\n', 2, 20);
  });
});

describe('matches!', () => {
  it('lowers the scrutinee, an or-pattern and a guard', () => {
    expect(shape(expr('matches!(c, Some(1..=3) | None if ok)'))).toEqual({
      kind: 'macro',
      name: { name: 'matches' },
      macro: 'matches',
      scrutinee: path('c'),
      pattern: {
        kind: 'or',
        alternatives: [
          { kind: 'tupleStruct', path: path('Some').path, elems: [{ kind: 'range', start: { kind: 'lit', value: int(1).value, negative: false }, end: { kind: 'lit', value: int(3).value, negative: false }, inclusive: true }] },
          { kind: 'ident', name: { name: 'None' }, mutable: false, byRef: null, sub: null },
        ],
      },
      guard: path('ok'),
    });
    expect(shape(expr("matches!(ch, 'a'..='z' | 'A'..='Z',)"))).toMatchObject({ macro: 'matches', pattern: { kind: 'or' }, guard: null });
    expect(shape(expr('matches!(f(a, b), Ok(_))'))).toMatchObject({ scrutinee: { kind: 'call', args: [path('a'), path('b')] }, pattern: { kind: 'tupleStruct' } });
  });
});

describe('macros the judge does not model', () => {
  it('are unsupported, named with their `!`', () => {
    expect(expectUnsupported('fn main() {\n    let x = dbg!(1);\n}', 'the macro `dbg!`')).toEqual({ line: 2, column: 13 });
    expectUnsupported('fn main() { let s = include_str!("f.txt"); }', 'the macro `include_str!`');
    expectUnsupported('fn main() { my_macro!(1, 2); }', 'the macro `my_macro!`');
    expectUnsupported('fn main() { println!(concat!("a", "b")); }', 'the macro `concat!`');
    expectUnsupported('fn main() { let v = mycrate::vec![1]; }', 'the macro `mycrate::vec!`');
  });

  it('a macro statement needs `;` unless it is last or uses braces, as in rustc', () => {
    // rustc: error: expected `;`, found keyword `let` --> 2:18
    expectSyntaxError('fn main() {\n    println!("a")\n    let x = 1;\n}\n', 2, 18, 'expected `;`, found keyword `let`');
    const b = body('fn main() { println!("a"); vec![1] }');
    expect(b.stmts).toHaveLength(1);
    expect(shape(b.tail)).toMatchObject({ macro: 'vec' });
  });
});
