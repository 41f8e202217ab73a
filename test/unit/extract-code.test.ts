import { describe, expect, it } from 'vitest';
import { originalExperiment } from '../../src/engine/replay/recordings/original-experiment';
import { extractCode, type ExtractedCode } from '../../src/strategies/extract-code';

const FENCE = '```';
const IS_PRIME = `fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut i = 2;
    while i * i <= n {
        if n % i == 0 {
            return false;
        }
        i += 1;
    }
    true
}`;

function code(text: string, source: Extract<ExtractedCode, { kind: 'code' }>['source']): ExtractedCode {
  return { kind: 'code', code: text, source };
}

function expectNone(reply: string): string {
  const result = extractCode(reply);
  expect(result.kind).toBe('none');
  return result.kind === 'none' ? result.reason : '';
}

describe('extractCode: fenced Rust', () => {
  it('takes the rust block out of prose around it', () => {
    const reply = `Sure! Here is a function:\n\n${FENCE}rust\n${IS_PRIME}\n${FENCE}\n\nIt checks divisors up to the square root.`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('of several rust blocks, the last wins', () => {
    const reply = `First try:\n${FENCE}rust\nfn is_prime(n: u32) -> bool { n > 1 }\n${FENCE}\nBetter:\n${FENCE}rust\n${IS_PRIME}\n${FENCE}\n`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('a later ```text block (sample output) does not win', () => {
    const reply = `${FENCE}rust\n${IS_PRIME}\n${FENCE}\n\nOutput:\n${FENCE}text\ntrue\nfalse\n${FENCE}`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('a later ```bash or ```toml block does not win either', () => {
    const reply = `${FENCE}rust\n${IS_PRIME}\n${FENCE}\nRun it:\n${FENCE}bash\ncargo run\n${FENCE}\n${FENCE}toml\n[dependencies]\n${FENCE}`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('triple backticks inside a Rust string do not end the block', () => {
    const body = 'fn fence() -> &\'static str {\n    let s = "```";\n    s\n}';
    expect(extractCode(`${FENCE}rust\n${body}\n${FENCE}`)).toEqual(code(body, 'fenced-rust'));
  });

  it('a four-backtick fence is not closed by a ``` line inside a raw string', () => {
    const body = 'fn markdown() -> &\'static str {\n    r#"\n```\n"#\n}';
    expect(extractCode(`\`\`\`\`rust\n${body}\n\`\`\`\`\nDone.`)).toEqual(code(body, 'fenced-rust'));
  });

  it('```rs and ~~~rust count as rust', () => {
    expect(extractCode(`${FENCE}rs\n${IS_PRIME}\n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-rust'));
    expect(extractCode(`~~~rust\n${IS_PRIME}\n~~~`)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('tags in any case, with attributes or a space before them', () => {
    for (const info of ['Rust', 'RUST', 'rust,ignore', 'rust,no_run', ' rust', 'rust title="prime.rs"', '{.rust}']) {
      expect(extractCode(`${FENCE}${info}\n${IS_PRIME}\n${FENCE}`), info).toEqual(code(IS_PRIME, 'fenced-rust'));
    }
  });

  it('a ~~~ fence is not closed by backticks', () => {
    const body = 'fn ticks() -> &\'static str {\n    "x"\n}\n```';
    expect(extractCode(`~~~rust\n${body}\n~~~`)).toEqual(code(body, 'fenced-rust'));
  });

  it('an empty rust block is skipped in favour of an earlier one with code', () => {
    expect(extractCode(`${FENCE}rust\n${IS_PRIME}\n${FENCE}\n${FENCE}rust\n   \n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('two functions in separate rust blocks: only the last block is taken (the helper is lost, and the judge will say so)', () => {
    const helper = 'fn divides(d: u32, n: u32) -> bool {\n    n % d == 0\n}';
    const main = 'fn is_prime(n: u32) -> bool {\n    n > 1 && !(2..n).any(|d| divides(d, n))\n}';
    const reply = `A helper:\n${FENCE}rust\n${helper}\n${FENCE}\nAnd the function:\n${FENCE}rust\n${main}\n${FENCE}`;
    expect(extractCode(reply)).toEqual(code(main, 'fenced-rust'));
  });

  it('a fence indented in a list item loses that indentation', () => {
    const reply = `1. Write the function:\n   ${FENCE}rust\n   fn one() -> u32 {\n       1\n   }\n   ${FENCE}`;
    expect(extractCode(reply)).toEqual(code('fn one() -> u32 {\n    1\n}', 'fenced-rust'));
  });

  it('Rust code in a string stays text: HTML and script tags are returned as written', () => {
    const body = 'fn page() -> &\'static str {\n    "<script>alert(1)</script>"\n}';
    expect(extractCode(`<p>Here:</p>\n${FENCE}rust\n${body}\n${FENCE}`)).toEqual(code(body, 'fenced-rust'));
  });
});

describe('extractCode: other fences', () => {
  it('an untagged block that looks like Rust', () => {
    expect(extractCode(`Code:\n${FENCE}\n${IS_PRIME}\n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-untagged'));
  });

  it('TinyLlama style: "Here\'s the code:", an untagged block, then an explanation and sample output', () => {
    const reply =
      `Here's the code:\n\n${FENCE}\n${IS_PRIME}\n${FENCE}\n\nExplanation:\n1. The function takes a number.\n` +
      `2. It returns true if it is prime.\n\nOutput:\n${FENCE}\ntrue\n${FENCE}\n`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-untagged'));
  });

  it('a rust-tagged block beats a later untagged one', () => {
    const reply = `${FENCE}rust\n${IS_PRIME}\n${FENCE}\nUsage:\n${FENCE}\nfn main() {\n    is_prime(7);\n}\n${FENCE}`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('a stray "rust" line left by a broken fence is dropped', () => {
    expect(extractCode(`${FENCE}\nrust\n${IS_PRIME}\n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-untagged'));
    expect(extractCode(`${FENCE}rust\nrust\n${IS_PRIME}\n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('a ```python block alone is not code', () => {
    const reason = expectNone(`${FENCE}python\ndef is_prime(n):\n    return n > 1 and all(n % d for d in range(2, n))\n${FENCE}`);
    expect(reason).toContain('python');
  });

  it('a block mis-tagged as another language counts when it clearly is Rust', () => {
    expect(extractCode(`${FENCE}python\n${IS_PRIME}\n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-other'));
    expect(extractCode(`${FENCE}c\n${IS_PRIME}\n${FENCE}`)).toEqual(code(IS_PRIME, 'fenced-other'));
  });

  it('C, JavaScript and Go blocks are not Rust', () => {
    expectNone(`${FENCE}c\nint is_prime(int n) {\n    return n > 1;\n}\n${FENCE}`);
    expectNone(`${FENCE}js\nfunction isPrime(n) {\n  return n > 1;\n}\n${FENCE}`);
    expectNone(`${FENCE}go\nfunc isPrime(n int) bool {\n\treturn n > 1\n}\n${FENCE}`);
  });

  it('an untagged block with only output is not code', () => {
    expectNone(`The result is:\n${FENCE}\ntrue\n${FENCE}`);
  });

  it('an unclosed fence at the end (max tokens reached) gives its content', () => {
    const partial = 'fn is_prime(n: u32) -> bool {\n    if n < 2 {\n        return false;';
    expect(extractCode(`Here you go:\n${FENCE}rust\n${partial}\n`)).toEqual(code(partial, 'unclosed-fence'));
  });

  it('a complete rust block beats a later unclosed one', () => {
    const reply = `${FENCE}rust\n${IS_PRIME}\n${FENCE}\nA faster one:\n${FENCE}rust\nfn is_prime(n: u64) -> bool {\n    if n`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'fenced-rust'));
  });

  it('backticks on one line are inline code, not a fence', () => {
    expectNone('Call it as ```is_prime(7)``` to check.');
  });
});

describe('extractCode: unfenced code', () => {
  it('a bare function between prose', () => {
    const reply = `Here's the code:\n${IS_PRIME}\n\nExplanation: the loop stops at the square root.`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'unfenced'));
  });

  it('braces inside strings, chars, comments and raw strings do not end the function early', () => {
    const body = [
      'fn show(n: u32) -> String {',
      '    // a closing brace in a comment: }',
      '    /* and { in a /* nested */ block comment } */',
      "    let open = '{';",
      "    let quote = '\\'';",
      '    let raw = r#"}"}"#;',
      '    format!("{{}} {} {} {} {}", n, open, quote, raw) + "}"',
      '}',
    ].join('\n');
    expect(extractCode(`Try this:\n${body}\nThat is all.`)).toEqual(code(body, 'unfenced'));
  });

  it('lifetimes are not char literals', () => {
    const body = "fn first<'a>(s: &'a str) -> &'a str {\n    &s[..1]\n}";
    expect(extractCode(`${body}\nDone.`)).toEqual(code(body, 'unfenced'));
  });

  it('consecutive items join: use, attributes, struct, impl and fn', () => {
    const body = [
      'use std::fmt;',
      '',
      '#[derive(Debug)]',
      'struct Prime(u32);',
      '',
      '// Display for printing',
      'impl fmt::Display for Prime {',
      '    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {',
      '        write!(f, "{}", self.0)',
      '    }',
      '}',
      '',
      'pub fn main() {',
      '    println!("{}", Prime(7));',
      '}',
    ].join('\n');
    expect(extractCode(`Here is a full program.\n\n${body}\n\nThis prints 7.`)).toEqual(code(body, 'unfenced'));
  });

  it('of two separate snippets, the longest is taken', () => {
    const short = 'fn two() -> u32 {\n    2\n}';
    expect(extractCode(`${short}\n\nOr, better:\n\n${IS_PRIME}\n\nThanks.`)).toEqual(code(IS_PRIME, 'unfenced'));
  });

  it('a function cut off by max tokens runs to the end of the reply', () => {
    const partial = 'fn is_prime(n: u32) -> bool {\n    for d in 2..n {';
    expect(extractCode(`Here:\n${partial}`)).toEqual(code(partial, 'unfenced'));
  });

  it('a function cut off inside a string literal runs to the end, braces in the string ignored', () => {
    const partial = 'fn main() {\n    println!("{} is prime';
    expect(extractCode(`Sure:\n${partial}`)).toEqual(code(partial, 'unfenced'));
  });

  it('byte strings, raw byte strings and escaped quotes hide their braces too', () => {
    const body = 'fn bytes() -> usize {\n    let a = b"}";\n    let b = br#"}"#;\n    let c = "\\"}";\n    a.len() + b.len() + c.len()\n}';
    expect(extractCode(`${body}\nIt returns 4.`)).toEqual(code(body, 'unfenced'));
  });

  it('a line of inline backticks before bare code does not hide the code', () => {
    const reply = `Call \`\`\`is_prime(7)\`\`\` like this:\n${IS_PRIME}`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'unfenced'));
  });

  it('a prose line that starts like an attribute is not joined to the code after it', () => {
    expect(extractCode(`#[test] marks a test. For example:\n${IS_PRIME}`)).toEqual(code(IS_PRIME, 'unfenced'));
  });

  it('a long reply (2,000 functions) is handled quickly', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `fn f${i}() -> u32 {\n    ${i}\n}`).join('\n');
    const started = performance.now();
    expect(extractCode(`Here:\n${many}\nDone.`)).toEqual(code(many, 'unfenced'));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('prose that merely mentions Rust keywords is not code', () => {
    expectNone('use this function to test primes: it loops over divisors.');
    expectNone('fn main() is where a program starts. impl blocks hold methods.');
    expectNone('A struct Point is like a tuple with names.');
  });

  it('a python block next to a bare Rust function: the Rust function is found', () => {
    const reply = `In Python:\n${FENCE}python\ndef f(): pass\n${FENCE}\nIn Rust:\n${IS_PRIME}`;
    expect(extractCode(reply)).toEqual(code(IS_PRIME, 'unfenced'));
  });
});

describe('extractCode: whitespace, line endings and empty replies', () => {
  it('CRLF becomes LF (fenced and unfenced)', () => {
    const crlf = IS_PRIME.replace(/\n/g, '\r\n');
    expect(extractCode(`${FENCE}rust\r\n${crlf}\r\n${FENCE}\r\n`)).toEqual(code(IS_PRIME, 'fenced-rust'));
    expect(extractCode(`Here:\r\n${crlf}\r\nBye.`)).toEqual(code(IS_PRIME, 'unfenced'));
  });

  it('leading blank lines and trailing whitespace are trimmed', () => {
    expect(extractCode(`\n\n${FENCE}rust  \n\n\n${IS_PRIME}   \n\n${FENCE}  \n\n`)).toEqual(code(IS_PRIME, 'fenced-rust'));
    expect(extractCode(`   \n${IS_PRIME}\t \n\n`)).toEqual(code(IS_PRIME, 'unfenced'));
  });

  it('empty and whitespace-only replies are none', () => {
    expect(expectNone('')).toMatch(/empty/);
    expect(expectNone('  \n\t\r\n ')).toMatch(/empty/);
  });

  it('a fence holding only whitespace is none', () => {
    expectNone(`${FENCE}rust\n   \n\n${FENCE}`);
    expectNone(`${FENCE}\n${FENCE}`);
  });

  it('prose only is none', () => {
    expect(expectNone('A prime number has exactly two divisors. Check each number up to its square root.')).toMatch(/no code/);
  });

  it('HTML and script text is just text: none', () => {
    expectNone('<html><script>function isPrime(n) { return n > 1; }</script></html>');
  });
});

describe("extractCode: the original experiment's four selected replies", () => {
  const selected = (id: string) => originalExperiment.runs.find((r) => r.strategyId === id)!.selection.code;

  it('baseline: the bare function, whole', () => {
    const reply = selected('baseline');
    expect(extractCode(reply)).toEqual(code(reply, 'unfenced'));
    expect(reply).toMatch(/^fn is_prime\(num: i32\) -> bool \{[\s\S]*\n {4}true\n\}$/);
  });

  it('ReRead: the `use num::…` line and the function together (the judge then reports E0432)', () => {
    const reply = selected('reread');
    const result = extractCode(reply);
    expect(result).toEqual(code(reply, 'unfenced'));
    expect(result.kind === 'code' && result.code.split('\n')[0]).toBe('use num::{is_prime, Primitive};');
  });

  it('diverse sampling: the whole function, up to its final brace', () => {
    const reply = selected('diverse-sampling');
    expect(extractCode(reply)).toEqual(code(reply, 'unfenced'));
  });

  it("best-of-N: the selected text was empty, so there is no code (the judge's no_code)", () => {
    expect(selected('best-of-n')).toBe('');
    expect(expectNone(selected('best-of-n'))).toMatch(/empty/);
  });
});
