import type { Verdict } from '../core/verdict';
import type { JudgeInput } from './judge';

/** What the judge worker exposes; `WorkerJudge` is its main-thread side. */
export interface JudgeWorkerApi {
  /** Loads the parser (WASM) ahead of the first judgement. */
  warmUp(): Promise<void>;
  judge(input: JudgeInput): Promise<Verdict>;
}
