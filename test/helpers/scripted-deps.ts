import type { Generation, GenerationRequest, TokenDelta } from '../../src/core/generation';
import type { Verdict } from '../../src/core/verdict';
import type { Engine } from '../../src/engine/engine';
import type { Judge, JudgeInput } from '../../src/judge/judge';

/* A scripted engine and judge for strategy and sweep tests: replies in call order, verdicts by marker words. */

export const fence = (code: string) => `Here you go:\n\`\`\`rust\n${code}\n\`\`\`\n`;
export const CORRECT = 'fn is_prime(num: u32) -> bool { GOOD }';
export const OFF_BY_ONE = 'fn is_prime(num: u32) -> bool { WRONG }';
export const BROKEN = 'fn is_prime(num: u32) -> bool { BROKEN }';

/** Replies in call order (or computed from the request); records every request. */
export function scriptedEngine(replies: string[] | ((request: GenerationRequest) => string)) {
  const requests: GenerationRequest[] = [];
  const engine: Engine = {
    capabilities: async () => ({ engine: 'replay', available: true, reason: null, details: [] }),
    load: async () => {},
    unload: async () => {},
    async generate(request, onToken: (delta: TokenDelta) => void): Promise<Generation> {
      const text = typeof replies === 'function' ? replies(request) : (replies[requests.length] ?? '');
      requests.push(request);
      onToken({ text, tokens: 10 });
      return {
        text,
        textCoverage: 'full',
        finishReason: 'stop',
        usage: { promptTokens: 50, completionTokens: 10 },
        timings: { timeToFirstTokenMs: 1, prefillTokensPerSecond: null, decodeTokensPerSecond: null, totalMs: 5 },
        sent: { temperature: request.temperature, top_p: request.top_p, max_tokens: request.max_tokens, seed: request.seed },
      };
    },
  };
  return { engine, requests };
}

/** GOOD passes; WRONG compiles and fails a test; BROKEN does not compile; no code is no_code. Records what it judged. */
export function scriptedJudge() {
  const inputs: JudgeInput[] = [];
  const base = { judge: 'interpreter' as const, ms: 1, stdout: '' };
  const judge: Judge = {
    async judge(input): Promise<Verdict> {
      inputs.push(input);
      const code = input.kind === 'candidate' ? input.code : input.source;
      if (!code) return { kind: 'no_code', ...base };
      if (code.includes('GOOD')) return { kind: 'pass', tests: [{ source: 'assert!', passed: true }], ...base };
      if (code.includes('WRONG')) return { kind: 'wrong_answer', tests: [{ source: 'assert_eq!(is_prime(7), true)', passed: false, left: 'false', right: 'true' }], ...base };
      return { kind: 'compile_error', diagnostics: [{ code: 'E0308', message: 'mismatched types', line: 1, column: 1 }], ...base };
    },
  };
  return { judge, inputs };
}

