import { describeModel } from '../../core/model';
import type { Candidate, Run, StrategyResult } from '../../core/run';
import { taskById } from '../../core/tasks';
import type { Verdict } from '../../core/verdict';
import { recordings } from '../../engine/replay/recordings';

/*
 * What a candidate's detail is about, built where candidates are listed. Kept apart from the
 * detail's presentation (candidate-view.ts), which loads with the dialog when it is first opened.
 */

/** Everything the candidate detail shows about one reply of one strategy. */
export interface CandidateDetail {
  /** e.g. "Baseline — candidate 1 of 3". */
  title: string;
  candidate: Candidate;
  /**
   * The verdict on this candidate's code: its own, or — where only the chosen answer was judged,
   * as in a replay — its strategy's verdict when that answer is this candidate's very code.
   * null: not judged (yet).
   */
  verdict: Verdict | null;
  /** Why the strategy submitted this candidate; null when it submitted another. */
  submittedBecause: string | null;
  modelLabel: string;
  /** A replayed recording: the request is what the replay asked for, `sent` what the original client sent. */
  recorded: boolean;
  /** The task's hidden tests (what candidates are graded on); null when the task is not built in. */
  testsSource: string | null;
}

/** The detail of `candidate`, one of `result`'s, produced on `modelLabel` for the task `taskId`. */
export function candidateDetail(input: {
  result: StrategyResult;
  candidate: Candidate;
  modelLabel: string;
  taskId: string;
  recorded: boolean;
}): CandidateDetail {
  const { result, candidate } = input;
  const { selection } = result;
  const chosen = selection.index === candidate.index;
  return {
    title: `${result.strategyLabel} — candidate ${candidate.index + 1} of ${result.candidates.length}`,
    candidate,
    verdict: candidate.verdict ?? (chosen && selection.code === candidate.code ? selection.verdict : null),
    submittedBecause: chosen ? selection.reason : null,
    modelLabel: input.modelLabel,
    recorded: input.recorded,
    testsSource: taskById(input.taskId)?.hiddenTests ?? null,
  };
}

/** The detail of a candidate of a stored or shared run. */
export function runCandidateDetail(run: Run, result: StrategyResult, candidate: Candidate): CandidateDetail {
  return candidateDetail({ result, candidate, modelLabel: modelLabelOf(run), taskId: run.task.id, recorded: run.source.kind === 'recording' });
}

/** The details of every candidate of the run's strategy `strategyId`, by candidate position. */
export function strategyCandidateDetails(run: Run, strategyId: string): CandidateDetail[] {
  const result = run.results.find((r) => r.strategyId === strategyId);
  return result ? result.candidates.map((candidate) => runCandidateDetail(run, result, candidate)) : [];
}

/** A run's model in words; for a replay, the model the recording was made with. */
export function modelLabelOf(run: Run): string {
  const recording = run.source.kind === 'recording' ? recordings.get(run.source.recordingId) : undefined;
  return recording ? `${recording.modelLabel}, replayed` : describeModel(run.model);
}
