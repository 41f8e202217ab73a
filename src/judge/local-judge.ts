import type { Verdict } from '../core/verdict';
import type { Judge } from './judge';
import type { InterpreterLimits } from './limits';
import { programFor } from './program-for';
import { DEFAULT_LIMITS, judgeProgram } from './rust-judge';
import type { RustParser } from './syntax/tree-sitter';

/**
 * The in-browser judge called in this thread: what the judge worker runs, and what Node tools
 * (the headless sweep) use directly. It cannot be interrupted mid-program; a signal aborted
 * before the call rejects it.
 */
export function createLocalJudge(parser: () => Promise<RustParser>, limits: InterpreterLimits = DEFAULT_LIMITS): Judge {
  return {
    async judge(input, signal): Promise<Verdict> {
      signal?.throwIfAborted();
      const program = programFor(input);
      if (program === null) return { kind: 'no_code', judge: 'interpreter', ms: 0, stdout: '' };
      return judgeProgram(await parser(), program, limits);
    },
  };
}
