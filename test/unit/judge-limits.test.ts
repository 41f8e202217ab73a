import { beforeAll, describe, expect, it } from 'vitest';
import { judgeProgram } from '../../src/judge/rust-judge';
import { loadRustParser, type RustParser } from '../../src/judge/syntax/tree-sitter';
import { nodeParserAssets } from '../../cli/node-parser-assets';

/* The interpreter's limits: programs that need more time or memory than a browser tab can give. */

let parser: RustParser;
beforeAll(async () => {
  parser = await loadRustParser(nodeParserAssets());
});

const limits = { maxSteps: 1_000_000, timeLimitMs: 10_000, maxAllocation: 100_000 };
const judge = (main: string) => judgeProgram(parser, `fn main() {\n${main}\n}\n`, limits);

describe('memory limit', () => {
  it.each([
    ['vec! with a repeat count', 'let v = vec![0u8; 200_000];\nprintln!("{}", v.len());'],
    ['an array repeat expression', 'let a = [1i32; 200_000];\nprintln!("{}", a.len());'],
    ['Vec::resize', 'let mut v: Vec<u64> = Vec::new(); v.resize(150_000, 7);\nprintln!("{}", v.len());'],
    ['slice repeat', 'let v = [1, 2, 3].repeat(50_000);\nprintln!("{}", v.len());'],
    ['str repeat', 'let s = "ab".repeat(60_000);\nprintln!("{}", s.len());'],
    ['vec! of vectors', 'let v = vec![vec![0i32; 1_000]; 1_000];\nprintln!("{}", v.len());'],
    ['a string that doubles', 'let mut s = String::from("ab");\nloop { s = s.clone() + &s; }'],
    ['push_str that doubles', 'let mut s = String::from("ab");\nloop { let t = s.clone(); s.push_str(&t); }'],
  ])('%s beyond the limit is unknown, not a crash or a timeout', (_name, main) => {
    const verdict = judge(main);
    expect(verdict.kind).toBe('unknown');
    expect(verdict.kind === 'unknown' && verdict.reason).toMatch(/more memory than the in-browser judge allows \(line [23], column/);
  });

  it('a format width or precision argument beyond u16 panics as in rustc 1.95; large ones are charged', () => {
    for (const main of ['let s = format!("{:>w$}", 1, w = 70_000);\nassert_eq!(s.len(), 0);', 'let s = format!("{:.p$}", 1.5, p = 70_000);\nassert_eq!(s.len(), 0);']) {
      expect(judge(main)).toMatchObject({ kind: 'runtime_error', message: 'Formatting argument out of range' });
    }
    const small = { ...limits, maxAllocation: 1_000 };
    const wide = judgeProgram(parser, 'fn main() {\nlet s = format!("{:>w$}", 1, w = 5_000);\nassert_eq!(s.len(), 5_000);\n}\n', small);
    expect(wide.kind === 'unknown' && wide.reason).toMatch(/^an allocation of 5000 elements, more memory than the in-browser judge allows/);
    expect(judge('let s = format!("{:>w$}", 1, w = 5);\nassert_eq!(s, "    1");').kind).toBe('pass');
  });

  it('allocations within the limit run', () => {
    const verdict = judge('let v = vec![3u8; 100_000];\nlet s = "ab".repeat(50_000);\nprintln!("{} {}", v.len(), s.len());');
    expect(verdict).toMatchObject({ kind: 'pass', stdout: '100000 100000\n' });
  });

  it('bulk allocations are charged to the step budget', () => {
    const loop = 'for _ in 0..200 { let v = vec![0u8; 100_000]; assert!(v.len() > 0); }';
    expect(judge(loop).kind).toBe('timeout');
  });
});

describe('step limit', () => {
  it('a loop that never ends is a timeout', () => {
    const verdict = judge('let mut i = 0u64;\nloop { i = i.wrapping_add(1); }');
    expect(verdict).toMatchObject({ kind: 'timeout', limitMs: 10_000 });
  });
});

describe('nesting', () => {
  const nested = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

  it('forty nested loops are checked once per level, not twice per level (2^40 passes)', () => {
    const loops = nested(40, 'for _ in 0..1 { ', '} ', 'n += 1; ');
    expect(judge(`let mut n = 0;\n${loops}\nassert_eq!(n, 1);`).kind).toBe('pass');
  });

  it('a move inside nested loops is still found on the second iteration', () => {
    const loops = nested(3, 'for _ in 0..2 { ', '} ', 'drop(s); ');
    const verdict = judge(`let s = String::new();\n${loops}`);
    expect(verdict.kind === 'compile_error' && verdict.diagnostics[0]!.code).toBe('E0382');
  });

  it('macros nested beyond the limit are unknown, naming the construct', () => {
    const formats = nested(40, 'format!("{}", ', ')', '1');
    const verdict = judge(`let s = ${formats};\nassert_eq!(s, "1");`);
    expect(verdict.kind === 'unknown' && verdict.reason).toMatch(/^macros nested more than 32 deep \(line 2/);
  });

  it('macros nested within the limit are judged', () => {
    const formats = nested(20, 'format!("{}", ', ')', '1');
    expect(judge(`let s = ${formats};\nassert_eq!(s, "1");`).kind).toBe('pass');
  });

  it('a type nested deeper than the judge can follow is unknown, not an internal error', () => {
    const type = nested(3000, 'Option<', '>', 'i32');
    const verdict = judge(`let x: ${type} = None;\nassert!(x.is_none());`);
    expect(verdict.kind === 'unknown' && verdict.reason).toBe('code nested deeper than the in-browser judge can follow');
  });
});
