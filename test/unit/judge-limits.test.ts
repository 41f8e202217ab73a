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
  ])('%s beyond the limit is unknown, not a crash or a timeout', (_name, main) => {
    const verdict = judge(main);
    expect(verdict.kind).toBe('unknown');
    expect(verdict.kind === 'unknown' && verdict.reason).toMatch(/more memory than the in-browser judge allows \(line 2/);
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
