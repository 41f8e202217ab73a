import { beforeAll, describe, expect, it } from 'vitest';
import { judgeProgram } from '../../src/judge/rust-judge';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';
import { nodeParserAssets } from '../../cli/node-parser-assets';

/*
 * Programs the judge once mishandled — found by the fuzzer (`npm run bench:fuzz`) or while writing
 * the built-in tasks — with the verdict and error code rustc 1.95 gives each (edition 2021, debug
 * build, checked with local rustc).
 */

let parser: RustParser;
beforeAll(async () => {
  parser = await loadRustParser(nodeParserAssets());
});

const judge = (source: string) => judgeProgram(parser, source);

describe('or-patterns', () => {
  it('`||` inside a pattern is a syntax error, as in rustc', () => {
    const verdict = judge('fn main() {\n    let mut sum || 0;\n    sum += 1;\n}\n');
    expect(verdict).toMatchObject({ kind: 'syntax_error', diagnostics: [{ message: 'unexpected token `||` in pattern', line: 2, column: 17 }] });
  });

  it('a top-level or-pattern in `let` needs parentheses', () => {
    const verdict = judge('fn main() {\n    let | x = 1;\n    assert_eq!(x, 1);\n}\n');
    expect(verdict).toMatchObject({ kind: 'syntax_error', diagnostics: [{ message: '`let` bindings require top-level or-patterns in parentheses', line: 2, column: 9 }] });
  });

  it('alternatives that bind the same variable share it: in match, let and let-else', () => {
    const source = `fn pick(r: Result<i32, i32>) -> i32 {
    match r {
        Ok(v) | Err(v) => v,
    }
}
fn main() {
    let (| a) = 2;
    let (b | b) = 3;
    let x = Some(4);
    let (Some(c) | Some(c)) = x else { return; };
    assert_eq!(pick(Ok(1)) + pick(Err(1)), 2);
    assert_eq!(a + b + c, 9);
}
`;
    expect(judge(source).kind).toBe('pass');
  });

  it('an alternative that does not bind every variable is E0408, reported as rustc does first', () => {
    const verdict = judge('fn main() {\n    let r: Result<i32, i32> = Err(4);\n    match r {\n        Ok(v) | Err(w) => {}\n    }\n}\n');
    expect(verdict.kind).toBe('compile_error');
    const diagnostics = verdict.kind === 'compile_error' ? verdict.diagnostics : [];
    expect(diagnostics.map(({ code, message, line, column }) => ({ code, message, line, column }))).toEqual([
      { code: 'E0408', message: 'variable `w` is not bound in all patterns', line: 4, column: 9 },
      { code: 'E0408', message: 'variable `v` is not bound in all patterns', line: 4, column: 17 },
    ]);
  });
});

describe('format width and precision arguments', () => {
  it('must be usize: a function there is E0308', () => {
    const source = 'fn row(name: &str) -> String {\n    format!("{:<w$}|", name, w = main)\n}\nfn main() {\n    assert_eq!(row("a"), "a |");\n}\n';
    expect(judge(source)).toMatchObject({ kind: 'compile_error', diagnostics: [{ code: 'E0308' }] });
  });

  it('usize ones are applied', () => {
    const source = 'fn main() {\n    let w = 6;\n    let p = 2;\n    let s = format!("{:>w$.p$}|{:.*}|{:>1$}", 1.23456, 3, 2.5f64, 4);\n    assert_eq!(s, "  1.23|2.500|  4");\n}\n';
    expect(judge(source).kind).toBe('pass');
  });
});

describe('splitting from both ends', () => {
  it('split by a char, chars or a char predicate can be reversed', () => {
    const source = `fn rev_words(s: &str) -> String {
    s.split(' ').rev().collect::<Vec<&str>>().join(" ")
}
fn main() {
    assert_eq!(rev_words("a b c"), "c b a");
    let v: Vec<&str> = "a1b2c".split(&['1', '2'][..]).rev().collect();
    assert_eq!(v, vec!["c", "b", "a"]);
    let w: Vec<&str> = "x,y".split(|c: char| c == ',').rev().collect();
    assert_eq!(w, vec!["y", "x"]);
}
`;
    expect(judge(source).kind).toBe('pass');
  });

  it('split by a &str cannot (E0277)', () => {
    const verdict = judge('fn main() {\n    let v: Vec<&str> = "a, b".split(", ").rev().collect();\n    assert_eq!(v.len(), 2);\n}\n');
    expect(verdict).toMatchObject({ kind: 'compile_error', diagnostics: [{ code: 'E0277' }] });
  });
});

describe('unresolved crates in a `use` list', () => {
  it('point at the crate name, as rustc does (`use num::{is_prime, Primitive};` → 1:5)', () => {
    const verdict = judge('use num::{is_prime, Primitive};\nfn main() {}\n');
    expect(verdict).toMatchObject({ kind: 'compile_error', diagnostics: [{ code: 'E0432', message: 'unresolved import `num`', line: 1, column: 5 }] });
  });
});
