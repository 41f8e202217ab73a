import { describe, expect, it } from 'vitest';
import { composeProgram, findTestAsserts, isNoCode, locateTests } from '../../src/judge/harness';
import { fixtureText, transcript } from '../fixtures/rustc/transcripts';

const tests = `fn main() {
    let candidate = add;
    assert_eq!(candidate(1, 2), 3);
}`;

describe('composeProgram', () => {
  it('puts the candidate, a blank line, then the tests', () => {
    expect(composeProgram('fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n', tests)).toBe(
      `fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\n${tests}\n`,
    );
  });

  it("drops the candidate's own main, keeping every other line where it was", () => {
    const program = composeProgram(fixtureText('compose/candidate.rs'), fixtureText('compose/tests.rs'));
    // The recorded program that rustc compiled (and whose tests' main ran).
    expect(program).toBe(transcript('candidate-with-main', 'rustc').program);
    expect(program).not.toContain('println!');
    expect(program.match(/fn main/g)).toHaveLength(1);
    const candidateLines = fixtureText('compose/candidate.rs').split('\n');
    const programLines = program.split('\n');
    const countWords = candidateLines.findIndex((l) => l.startsWith('fn count_words'));
    expect(programLines[countWords]).toBe(candidateLines[countWords]);
  });

  it('drops a main with a return type, qualifiers and attributes, and keeps look-alikes', () => {
    const candidate = [
      'const S: &str = "fn main() { }"; // fn main() {}',
      'mod demo {',
      '    pub fn main() {}',
      '}',
      '#[allow(dead_code)]',
      '#[inline]',
      'pub(crate) fn main() -> Result<(), String> {',
      '    let s = "}";',
      "    let c = '{';",
      "    let l: &'static str = r#\"}\"#;",
      '    /* } */',
      '    Ok(())',
      '}',
      'fn helper() {}',
    ].join('\n');
    const program = composeProgram(candidate, tests);
    const lines = program.split('\n');
    expect(lines.slice(0, 4)).toEqual(candidate.split('\n').slice(0, 4));
    expect(lines.slice(4, 13).every((l) => l === '')).toBe(true);
    expect(lines[13]).toBe('fn helper() {}');
    expect(program).not.toContain('Result<(), String>');
  });

  it('leaves a candidate without main as it is', () => {
    const candidate = 'fn add(a: i32, b: i32) -> i32 { a + b }';
    expect(composeProgram(candidate, tests).startsWith(`${candidate}\n\n`)).toBe(true);
  });

  it('leaves unbalanced code to rustc', () => {
    const candidate = 'fn main() {\n    let x = (1;\n';
    expect(composeProgram(candidate, tests)).toBe(`${candidate.trimEnd()}\n\n${tests}\n`);
  });
});

describe('findTestAsserts', () => {
  it('finds the asserts of the tests, with positions and full text (multi-line too)', () => {
    const { program } = transcript('pass', 'rustc');
    expect(findTestAsserts(program)).toEqual([
      { line: 20, column: 5, source: 'assert_eq!(candidate(2), true)' },
      { line: 21, column: 5, source: 'assert!(candidate(7))' },
      { line: 22, column: 5, source: 'assert_ne!(candidate(9), true)' },
      { line: 23, column: 5, source: 'assert_eq!(\n        candidate(97),\n        true\n    )' },
    ]);
  });

  it('counts only statements directly in the item-level main', () => {
    const program = [
      'fn helper() { assert!(true); }',
      'mod m { fn main() { assert!(false); } }',
      'fn main() {',
      '    let v = vec![1];',
      '    for x in &v { assert_eq!(*x, 1); }',
      '    debug_assert_eq!(v.len(), 1);',
      '    let s = "assert!(false);"; // assert!(false);',
      '    /* assert!(false); */',
      '    let f = || assert!(true);',
      '    { assert!(true); }',
      '    if true { assert!(true) } else { }',
      '    std::assert_ne!{v[0], 2};',
      '    assert![true, "message {}", 1]',
      '}',
    ].join('\n');
    expect(findTestAsserts(program)).toEqual([
      { line: 6, column: 5, source: 'debug_assert_eq!(v.len(), 1)' },
      { line: 12, column: 5, source: 'std::assert_ne!{v[0], 2}' },
      { line: 13, column: 5, source: 'assert![true, "message {}", 1]' },
    ]);
  });

  it('counts columns in characters, as rustc does', () => {
    const program = 'fn main() {\n    let s = "éé"; assert_eq!(s.len(), 4);\n    let t = "😀"; assert!(true);\n}';
    expect(findTestAsserts(program).map(({ line, column }) => [line, column])).toEqual([
      [2, 19],
      [3, 18],
    ]);
  });

  it('tells which asserts carry their own message and where each ends', () => {
    const { program } = transcript('wrong-answer-message', 'rustc');
    const { asserts, mainBody } = locateTests(program);
    expect(asserts.map((a) => a.hasCustomMessage)).toEqual([true, true]);
    expect(asserts[0]).toMatchObject({ line: 7, endLine: 7, endColumn: 5 + 'assert_eq!(candidate("a b"), vec!["a", "b"], "two words")'.length });
    expect(mainBody).toEqual({ start: { line: 5, column: 11 }, end: { line: 9, column: 2 } });
    expect(locateTests('fn main() { assert_eq!(f(a, b), g(c),); assert!(x,) }').asserts.map((a) => a.hasCustomMessage)).toEqual([false, false]);
  });

  it('finds nothing without an item-level main', () => {
    expect(findTestAsserts('fn helper() { assert!(true); }')).toEqual([]);
    expect(findTestAsserts('')).toEqual([]);
    expect(locateTests('fn main();').mainBody).toBeNull();
  });

  it("uses the last main when there are several (the tests' main comes last)", () => {
    expect(findTestAsserts('fn main() { assert!(a); }\n\nfn main() { assert!(b); }')).toEqual([{ line: 3, column: 13, source: 'assert!(b)' }]);
  });

  it('copes with lifetimes, char literals, raw strings and nested comments', () => {
    const program = [
      "fn first<'a>(s: &'a str) -> char { s.chars().next().unwrap_or('\\'') }",
      'fn main() {',
      "    assert_eq!(first(\"x\"), 'x');",
      '    /* outer /* inner } */ still comment { */',
      '    assert_eq!(r##"a"#}"##.len(), 4);',
      "    assert_eq!(b'}', 125);",
      '}',
    ].join('\n');
    expect(findTestAsserts(program).map((a) => a.source)).toEqual([
      "assert_eq!(first(\"x\"), 'x')",
      'assert_eq!(r##"a"#}"##.len(), 4)',
      "assert_eq!(b'}', 125)",
    ]);
  });
});

describe('isNoCode', () => {
  it('is true for empty text, whitespace and comments only', () => {
    for (const text of ['', '   \n\t', '// nothing here', '/// a doc comment\n//! and another', '/* a /* nested */ block */\n// and a line']) {
      expect(isNoCode(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('is false as soon as there is a token, or an unclosed comment rustc would reject', () => {
    for (const text of ['fn', '"just a string"', '}', '// comment\nx', '/* never closed', '#']) {
      expect(isNoCode(text), JSON.stringify(text)).toBe(false);
    }
  });
});
