import { beforeAll, describe, expect, it } from 'vitest';
import { expectSyntaxError, expectUnsupported, lower, parse, setUpParser } from './syntax-helpers';

beforeAll(setUpParser);

/*
 * Each case notes what `rustc --edition 2021` (1.95) printed for the same file. Positions must
 * match; messages match rustc's where we can tell the situation apart.
 */
describe('syntax errors where rustc reports them', () => {
  it('missing semicolons: at the end of the previous token when the next one is on a new line', () => {
    // error: expected `;`, found keyword `let` --> 2:14
    expectSyntaxError('fn main() {\n    let x = 5\n    let y = 6;\n}\n', 2, 14, 'expected `;`, found keyword `let`');
    // error: expected `;`, found `}` --> 2:14
    expectSyntaxError('fn main() {\n    let x = 1\n}\n', 2, 14, 'expected `;`, found `}`');
    // error: expected `;`, found `v` --> 2:27
    expectSyntaxError('fn main() {\n    let mut v = Vec::new()\n    v.push(1);\n}\n', 2, 27, 'expected `;`, found `v`');
    // error: expected `;`, found `y` --> 2:18
    expectSyntaxError('fn f(x: i32) -> i32 {\n    let y = x * 2\n    y + 1\n}\nfn main() {}\n', 2, 18, 'expected `;`, found `y`');
    // error: expected `;`, found keyword `let` --> 3:6
    expectSyntaxError('fn main() {\n    let x = 1;\n    x\n    let y = 2;\n}\n', 3, 6, 'expected `;`, found keyword `let`');
    // error: expected `;`, found keyword `fn` --> 1:12
    expectSyntaxError('use std::io\nfn main() {}\n', 1, 12, 'expected `;`, found keyword `fn`');
  });

  it('unexpected tokens on the same line: at the token', () => {
    // error: expected one of `.`, `;`, `?`, `else`, or an operator, found `6` --> 2:15
    expectSyntaxError('fn main() {\n    let x = 5 6;\n}\n', 2, 15, 'expected one of `.`, `;`, `?`, `else`, or an operator, found `6`');
    // error: expected one of `,`, `.`, `?`, `]`, or an operator, found `3` --> 2:19
    expectSyntaxError('fn main() {\n    let v = [1, 2 3];\n}\n', 2, 19, 'found `3`');
    // error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2` --> 2:11
    expectSyntaxError('fn main() {\n    foo(1 2);\n}\n', 2, 11, 'expected one of `)`, `,`, `.`, `?`, or an operator, found `2`');
    // error: expected expression, found `}` --> 3:1
    expectSyntaxError('fn add(a: i32, b: i32) -> i32 {\n    a + \n}\nfn main() {}\n', 3, 1, 'expected expression, found `}`');
    // error: expected `,` following `match` arm --> 3:15
    expectSyntaxError('fn f(x: i32) -> i32 {\n    match x {\n        1 => 2\n        _ => 3,\n    }\n}\nfn main() {}\n', 3, 15, 'expected `,` following `match` arm');
    // error: expected `,`, or `}`, found `b` --> 3:22
    expectSyntaxError('fn main() {\n    fn inner() {}\n    struct S { a: i32 b: i32 }\n}\n', 3, 22, 'found `b`');
    // error: expected `:`, found `=` --> 3:19
    expectSyntaxError('struct P { x: i32 }\nfn main() {\n    let p = P { x = 1 };\n}\n', 3, 19);
    // error: expected type, found `{` --> 1:14
    expectSyntaxError('fn main() -> {\n}\n', 1, 14, 'expected type, found `{`');
  });

  it('delimiters, as rustc checks them before parsing', () => {
    // error: this file contains an unclosed delimiter --> 6:3 (a final newline does not start a line)
    expectSyntaxError('fn main() {\n    let x = 5;\n    if x > 3 {\n        println!("hi");\n\n}\n', 6, 3, 'this file contains an unclosed delimiter');
    // a program cut off mid-way, as when generation hits its token limit
    expectSyntaxError('fn main() {\n    let v = vec![1, 2', 2, 22, 'unclosed delimiter');
    // error: unexpected closing delimiter: `}` --> 4:1
    expectSyntaxError('fn main() {\n    let x = 5;\n}\n}\n', 4, 1, 'unexpected closing delimiter: `}`');
    // error: mismatched closing delimiter: `}` --> 2:13 (the unclosed opening one)
    expectSyntaxError('fn main() {\n    let x = (5;\n}\n', 2, 13, 'mismatched closing delimiter: `}`');
    // error: mismatched closing delimiter: `)` --> 2:13
    expectSyntaxError('fn main() {\n    let v = [1, 2);\n}\n', 2, 13, 'mismatched closing delimiter: `)`');
  });

  it('several delimiter problems, in the order rustc reports them', () => {
    const positions = (source: string) => {
      const result = parse(source);
      return result.ok === false && result.kind === 'syntax' ? result.diagnostics.map((d) => `${d.message} @ ${d.line}:${d.column}`) : result;
    };
    // rustc: mismatched closing delimiter: `]` --> 2:8, then this file contains an unclosed delimiter --> 2:16
    expect(positions('fn main() {\n    foo(1, 2];\n')).toEqual(['mismatched closing delimiter: `]` @ 2:8', 'this file contains an unclosed delimiter @ 2:16']);
    // rustc: two mismatches, 2:8 and 5:13
    expect(positions('fn main() {\n    foo(1, 2;\n}\nfn g() {\n    let v = [1, 2);\n}\n')).toEqual([
      'mismatched closing delimiter: `}` @ 2:8',
      'mismatched closing delimiter: `)` @ 5:13',
    ]);
    // rustc: only unexpected closing delimiter: `}` --> 4:1 (the stray `)` is a note on it)
    expect(positions('fn main() {\n    let v = [1, 2);\n}\n}\n')).toEqual(['unexpected closing delimiter: `}` @ 4:1']);
    // rustc: mismatched closing delimiter: `}` --> 2:8, then unexpected closing delimiter: `}` --> 3:1
    expect(positions('fn main() {\n    foo(1, 2};\n}\n')).toEqual(['mismatched closing delimiter: `}` @ 2:8', 'unexpected closing delimiter: `}` @ 3:1']);
  });

  it('literal prefixes and suffixes rustc does not know', () => {
    // rustc --edition 2021: prefix `abc` is unknown --> 2:13 (tree-sitter accepts this)
    expectSyntaxError('fn main() {\n    let s = abc"x";\n}\n', 2, 13, 'prefix `abc` is unknown');
    // rustc: prefix `break` is unknown --> 2:12
    expectSyntaxError("fn main() {\n    loop { break'a; }\n}\n", 2, 12, 'prefix `break` is unknown');
    // rustc: invalid suffix `fn` for number literal --> 1:21
    expectSyntaxError('fn main() { let x = 100fn; }', 1, 21, 'invalid suffix `fn`');
    // valid prefixes and suffixes stay valid
    expect(parse('fn main() { let a = (b"x", br#"y"#, r"z", 1u8, 2.5e-3_f64, 0xFF_u8, 1_000i64, t.0.1, 1..2, 1.max(2)); }').ok).toBe(true);
  });

  it('keywords where a name or an expression should be', () => {
    // rustc: expected expression, found keyword `mut` --> 2:17 (tree-sitter reads `mut & v` as a binary expression)
    expectSyntaxError('fn main() {\n    bubble_sort(mut& v);\n}\n', 2, 17, 'found keyword `mut`');
  });

  it('missing commas, arrows and arguments', () => {
    // rustc: expected one of `)`, `,`, `.`, `?`, or an operator, found `"XC"` --> 2:30
    expectSyntaxError('fn main() {\n    let t = [(100, "C"), (90 "XC")];\n}\n', 2, 30, 'found `"XC"`');
    // rustc: expected one of `->`, `where`, or `{`, found `f64` --> 1:24
    expectSyntaxError('fn area(shape: &Shape) f64 -> {\n    1.0\n}\n', 1, 24, 'found `f64`');
    // rustc: expected type, found `<eof>` --> 2:8 (for `<eof>` rustc points at the last token)
    expectSyntaxError('fn main() {}\nfn f() ->\n', 2, 8, 'expected type, found `<eof>`');
    // rustc: unexpected end of macro invocation --> 2:21 and 3:20 (after the last argument)
    expectSyntaxError('fn main() {\n    assert_eq!(f(2), );\n}\n', 2, 21, 'unexpected end of macro invocation');
    expectSyntaxError('fn main() {\n    assert_eq!(f(2));\n}\n', 2, 20, 'unexpected end of macro invocation');
    // rustc: requires a destination and format arguments, like `write!(dest, "format string", args...)` --> 2:5
    expectSyntaxError('fn main() {\n    write!();\n}\n', 2, 5, 'requires a destination');
  });

  it("rustc's lexer errors, with rustc's error codes", () => {
    // error[E0765]: unterminated double quote string --> 2:13
    const result = parse('fn main() {\n    let s = "abc;\n}\n');
    expect(result).toEqual({ ok: false, kind: 'syntax', diagnostics: [{ code: 'E0765', message: 'unterminated double quote string', line: 2, column: 13 }] });
    // error[E0758]: unterminated block comment --> 2:5
    expectSyntaxError('fn main() {\n    /* unterminated\n}\n', 2, 5, 'unterminated block comment');
    // error: character literal may only contain one codepoint --> 2:13
    expectSyntaxError("fn main() {\n    let c = 'ab';\n}\n", 2, 13, 'character literal may only contain one codepoint');
    // error: unknown start of token: ` --> 1:1 and 4:1 (markdown fences left in the code)
    const fenced = parse('```rust\nfn main() {\n}\n```\n');
    expect(fenced.ok === false && fenced.kind === 'syntax' && fenced.diagnostics.map((d) => [d.message, d.line, d.column])).toEqual([
      ['unknown start of token: `', 1, 1],
      ['unknown start of token: `', 4, 1],
    ]);
  });

  it('habits from other languages', () => {
    // error: Rust has no postfix increment operator --> 3:6
    expectSyntaxError('fn main() {\n    let mut i = 0;\n    i++;\n}\n', 3, 6, 'Rust has no postfix increment operator');
    // error: Rust has no ternary operator --> 3:19
    expectSyntaxError('fn main() {\n    let x = 5;\n    let y = x > 3 ? 1 : 2;\n}\n', 3, 19, 'Rust has no ternary operator');
    // error: expected `{`, found `:` --> 3:13
    expectSyntaxError('fn main() {\n    let x = 1;\n    if x > 0:\n        println!("a");\n}\n', 3, 13, 'expected `{`, found `:`');
    // error: expected `{`, found `:` --> 2:18
    expectSyntaxError('fn main() {\n    for i in 0..3:\n        println!("{}", i);\n}\n', 2, 18, 'expected `{`, found `:`');
    // error: unexpected `==` --> 2:11
    expectSyntaxError('fn main() {\n    let x == 1;\n}\n', 2, 11, 'unexpected `==`');
    // error: expected one of `!` or `::`, found `code` --> 3:6 (prose after the code)
    expectSyntaxError('fn main() {\n}\nThis code prints nothing.\n', 3, 6, 'found `code`');
  });

  it('statements outside functions, which tree-sitter accepts and rustc does not', () => {
    // error: expected item, found keyword `let` --> 1:1
    expectSyntaxError('let x = 5;\nfn main() {}\n', 1, 1, 'expected item, found keyword `let`');
    // error: missing `fn` or `struct` for function or struct definition --> 1:1
    expectSyntaxError('foo();\nfn main() {}\n', 1, 1);
  });

  it('counts columns in code points, as rustc does, after non-ASCII text', () => {
    // error: expected one of `.`, `;`, `?`, `else`, or an operator, found keyword `let` --> 2:37
    // (UTF-16 would say 2:38: the emoji is two code units)
    expectSyntaxError('// é😀 comment\nfn main() { let s = "é😀"; let x = 5 let y = 1; }\n', 2, 37, 'found keyword `let`');
    // error: expected one of `.`, `;`, `?`, `else`, or an operator, found `2` --> 5:26
    expectSyntaxError('fn main() {\n    let x = 1;\n}\nfn f() {\n  let s = "é"; let t = 1 2;\n}\n', 5, 26);
    // a tab is one column: error: ... found `6` --> 2:12
    expectSyntaxError('fn main() {\n\tlet x = 5 6;\n}\n', 2, 12);
  });
});

describe('spans', () => {
  it('are 1-based, code-point columns with UTF-16 offsets', () => {
    const source = 'fn main() {\n    let s = "😀é"; let n = 1;\n}';
    const program = lower(source);
    expect(program.span).toMatchObject({ line: 1, column: 1, endLine: 3, endColumn: 2, start: 0, end: source.length });
    const main = program.items[0]!;
    if (main.kind !== 'fn' || !main.body) throw new Error();
    const second = main.body.stmts[1]!;
    expect(second.span).toMatchObject({ line: 2, column: 19, endLine: 2, endColumn: 29 });
    expect(source.slice(second.span.start, second.span.end)).toBe('let n = 1;');
    if (second.kind !== 'let' || !second.init) throw new Error();
    expect(second.init.span).toMatchObject({ line: 2, column: 27, endColumn: 28 });
  });
});

describe('constructs the judge does not model', () => {
  it('are named for the user, with where they are', () => {
    expect(expectUnsupported('fn main() {\n    let x = unsafe { 1 };\n}', '`unsafe` blocks')).toEqual({ line: 2, column: 13 });
    expectUnsupported('fn main() { let f = async { 1 }; }', '`async` blocks');
    expectUnsupported('fn main() { let v = f().await; }', '`.await`');
    expectUnsupported('fn main() { if let Some(x) = a && x > 0 {} }', 'let chains');
    expectUnsupported('fn main() { match x { Some(y) if let Ok(z) = y => {} _ => {} } }', '`if let` guards');
    expectUnsupported('fn main() { let p = &raw const x; }', 'raw borrows');
    expectUnsupported('fn main() { extern crate core; }', '`extern crate`');
    expectUnsupported('fn main() { let x: Box<Fn(i32)> = f; }', 'without `dyn`');
    expectUnsupported('fn main() { let r = c"hi"; }', 'C string');
  });
});
