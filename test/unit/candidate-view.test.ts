import { describe, expect, it } from 'vitest';
import type { Generation, GenerationRequest } from '../../src/core/generation';
import type { Candidate, StrategyResult } from '../../src/core/run';
import type { Verdict } from '../../src/core/verdict';
import { candidateDetail } from '../../src/ui/candidate/candidate-detail';
import { codeOrigin, findingsOutsideCode, requestRows, unfinishedAsserts, verdictMarks } from '../../src/ui/candidate/candidate-view';
import { annotate, caretIndent, rustcBlock, splitMarks, underline } from '../../src/ui/code/code-marks';
import { taskById } from '../../src/core/tasks';

const request: GenerationRequest = { messages: [], temperature: 0.3, top_p: 1, max_tokens: 512, seed: 0, stop: [] };
const generation = (text: string, textCoverage: Generation['textCoverage'] = 'full'): Generation => ({
  text,
  textCoverage,
  finishReason: 'stop',
  usage: { promptTokens: null, completionTokens: 10 },
  timings: { timeToFirstTokenMs: null, prefillTokensPerSecond: null, decodeTokensPerSecond: null, totalMs: 1000 },
  sent: { temperature: null, top_p: null, max_tokens: null, seed: null },
});

describe('code marks', () => {
  it('puts the caret under the column, counting characters and keeping tabs', () => {
    expect(caretIndent('\tlet x = "é" + y;', 15)).toBe('\t' + ' '.repeat(13));
    expect(underline('use num::{is_prime};', 5)).toBe('^^^');
    expect(underline('    x + 1;', 7)).toBe('^');
    expect(caretIndent('"😀" + y', 7)).toBe(' '.repeat(6));
  });

  it('lays a finding out as rustc does, under its line', () => {
    const mark = { line: 2, column: 5, heading: 'error[E0425]: cannot find value `y` in this scope' };
    expect(rustcBlock(mark, '    y + 1')).toBe(
      'error[E0425]: cannot find value `y` in this scope\n --> line 2:5\n  |\n2 |     y + 1\n  |     ^',
    );
    expect(annotate('fn f() {\n    y + 1\n}', [mark]).map((row) => row.kind)).toEqual(['code', 'code', 'mark', 'code']);
    expect(splitMarks('fn f() {}', [mark, { ...mark, line: 1 }]).outside).toEqual([mark]);
  });
});

describe('candidate detail', () => {
  const code = 'fn is_prime(n: u32) -> bool {\n    n > 2\n}';
  const wrong: Verdict = {
    kind: 'wrong_answer',
    judge: 'interpreter',
    ms: 1,
    stdout: '',
    tests: [
      { source: 'assert_eq!(is_prime(0), false)', passed: true },
      { source: 'assert_eq!(is_prime(1), false)', passed: true },
      { source: 'assert_eq!(is_prime(2), true)', passed: false, left: 'false', right: 'true' },
    ],
  };

  it("takes a replay's verdict from its strategy's chosen answer only when it is this candidate's code", () => {
    const candidate: Candidate = { index: 0, request, generation: generation(code, 'excerpt'), code, verdict: null };
    const result: StrategyResult = {
      strategyId: 'baseline',
      strategyLabel: 'Baseline',
      candidates: [candidate],
      selection: { index: 0, reason: 'The only reply.', code, verdict: wrong },
      cost: { calls: 1, promptTokens: null, completionTokens: 10, wallMs: 1000 },
    };
    const detail = candidateDetail({ result, candidate, modelLabel: 'm', taskId: 'is-prime', recorded: true });
    expect(detail.verdict).toBe(wrong);
    expect(detail.submittedBecause).toBe('The only reply.');
    expect(detail.title).toBe('Baseline — candidate 1 of 1');
    const other = candidateDetail({ result: { ...result, selection: { ...result.selection, code: 'fn x() {}' } }, candidate, modelLabel: 'm', taskId: 'is-prime', recorded: true });
    expect(other.verdict).toBeNull();
  });

  it('lists the asserts a failed program never finished, and nothing when the tests do not match', () => {
    const tests = taskById('is-prime')!.hiddenTests;
    expect(unfinishedAsserts(wrong, tests)).toEqual([
      'assert_eq!(is_prime(3), true)',
      'assert_eq!(is_prime(4), false)',
      'assert_eq!(is_prime(17), true)',
      'assert_eq!(is_prime(25), false)',
      'assert_eq!(is_prime(97), true)',
    ]);
    expect(unfinishedAsserts(wrong, 'fn main() {\n    assert!(true);\n    assert!(false);\n    assert!(true);\n    assert!(true);\n}')).toEqual([]);
  });

  it('anchors compiler errors and panics to lines, and shows findings in the tests with their line', () => {
    const compile: Verdict = { kind: 'compile_error', judge: 'interpreter', ms: 1, stdout: '', diagnostics: [{ code: null, message: 'expected `;`', line: 2, column: 10 }] };
    expect(verdictMarks(compile)).toEqual([{ line: 2, column: 10, heading: 'error: expected `;`' }]);
    const panic: Verdict = { kind: 'runtime_error', judge: 'interpreter', ms: 1, stdout: '', message: 'attempt to add with overflow', line: 2, column: 5, tests: [] };
    expect(verdictMarks(panic)[0]!.heading).toBe('panicked: attempt to add with overflow');
    const inTests = { line: 7, column: 16, heading: 'error[E0425]: cannot find function `is_prime` in this scope' };
    const [block] = findingsOutsideCode('fn prime(n: u32) -> bool {\n    n > 1\n}', [inTests], taskById('is-prime')!.hiddenTests);
    expect(block).toContain('7 |     assert_eq!(is_prime(1), false);');
    expect(block!.split('\n').at(-1)).toBe(`  |                ^^^^^^^^`);
  });

  it("says where the code came from in the reply, and what reached the model", () => {
    const reply = 'Here:\n```rust\nfn a() {}\n```\nand\n```rust\nfn b() {}\n```';
    expect(codeOrigin({ index: 0, request, generation: generation(reply), code: 'fn b() {}', verdict: null })).toBe('Taken from the reply’s last ```rust code block.');
    expect(codeOrigin({ index: 0, request, generation: generation('I cannot help.'), code: null, verdict: null })).toBe('No code: The reply has no code block and no Rust item.');
    expect(codeOrigin({ index: 0, request, generation: generation('', 'none'), code: null, verdict: null })).toContain('kept no text');
    const rows = requestRows({ ...request, stop: ['</s>', '\n\n'] }, generation('').sent);
    expect(rows.find((r) => r.parameter === 'temperature')).toEqual({ parameter: 'temperature', asked: '0.3', sent: 'not sent (model default)' });
    expect(rows.find((r) => r.parameter === 'stop')!.asked).toBe('"</s>", "\\n\\n"');
  });
});
