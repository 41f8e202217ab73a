import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { runSchema, verdictSchema } from '../../src/core/run-schema';
import type { Verdict } from '../../src/core/verdict';
import { replayOriginal } from './helpers/original-run';

describe('runSchema', () => {
  it('accepts a replayed run unchanged', async () => {
    const run = await replayOriginal();
    const parsed = v.safeParse(runSchema, structuredClone(run));
    expect(parsed.success).toBe(true);
    expect(parsed.output).toEqual(run);
  });

  it.each([
    ['an unknown schema version', (r: Record<string, unknown>) => (r.schemaVersion = 2)],
    ['a negative token count', (r: any) => (r.results[0].cost.completionTokens = -1)],
    ['a non-ISO date', (r: Record<string, unknown>) => (r.createdAt = 'yesterday')],
    ['an unknown engine', (r: Record<string, unknown>) => (r.model = { engine: 'gpt', id: 'x' })],
    ['a script-bearing unknown verdict kind', (r: any) => (r.results[0].selection.verdict = { kind: '<script>' })],
    ['a missing field', (r: Record<string, unknown>) => delete r.results],
  ])('rejects %s', async (_label, tamper) => {
    const run = structuredClone(await replayOriginal()) as unknown as Record<string, unknown>;
    tamper(run);
    expect(v.safeParse(runSchema, run).success).toBe(false);
  });
});

describe('verdictSchema', () => {
  const base = { judge: 'interpreter', ms: 3, stdout: '' } as const;
  const verdicts: Verdict[] = [
    { kind: 'no_code', ...base },
    { kind: 'syntax_error', ...base, diagnostics: [{ code: null, message: 'expected `;`', line: 3, column: 9 }] },
    { kind: 'compile_error', ...base, diagnostics: [{ code: 'E0432', message: 'unresolved import `num`', line: 1, column: 5 }] },
    { kind: 'runtime_error', ...base, message: 'attempt to add with overflow', line: 4, column: 5, tests: [] },
    { kind: 'timeout', ...base, limitMs: 2000, tests: [] },
    { kind: 'wrong_answer', ...base, tests: [{ source: 'assert_eq!(is_prime(2), true)', passed: false, left: 'false', right: 'true' }] },
    { kind: 'pass', ...base, tests: [{ source: 'assert!(is_prime(7))', passed: true }] },
    { kind: 'unknown', ...base, reason: 'trait objects' },
  ];

  it.each(verdicts.map((verdict) => [verdict.kind, verdict] as const))('accepts a %s verdict', (_kind, verdict) => {
    expect(v.parse(verdictSchema, verdict)).toEqual(verdict);
  });

  it('rejects a verdict missing the fields of its kind', () => {
    expect(v.safeParse(verdictSchema, { kind: 'compile_error', ...base }).success).toBe(false);
  });
});
