import type { Generation, GenerationRequest, TokenDelta } from '../../core/generation';
import type { ReplayModelRef } from '../../core/model';
import type { Candidate, Run, StrategyResult } from '../../core/run';
import type { Engine } from '../engine';
import type { RecordedCall, RecordedStrategyRun, Recording } from './recording';

/** What happens while a recording plays, call by call. */
export type ReplayEvent =
  | { type: 'call-started'; runIndex: number; callIndex: number }
  | { type: 'delta'; runIndex: number; callIndex: number; delta: TokenDelta }
  | { type: 'call-finished'; runIndex: number; callIndex: number; generation: Generation };

export interface ReplayOptions {
  signal?: AbortSignal;
  onEvent?: (event: ReplayEvent) => void;
  /** Creates the run's id; injectable for tests. */
  newId?: () => string;
  now?: () => Date;
}

/**
 * Plays every recorded call of `recording` through `engine` (which must have the recording
 * loaded) and returns the run as the recording's strategies produced it. If the signal aborts, the
 * run comes back with status "cancelled" and the strategies finished so far.
 */
export async function replayRecording(
  recording: Recording,
  engine: Engine,
  model: ReplayModelRef,
  options: ReplayOptions = {},
): Promise<Run> {
  const { signal, onEvent = () => {}, newId = () => crypto.randomUUID(), now = () => new Date() } = options;
  const results: StrategyResult[] = [];
  let cancelled = false;
  for (const [runIndex, recorded] of recording.runs.entries()) {
    const candidates: Candidate[] = [];
    for (const [callIndex, call] of recorded.calls.entries()) {
      onEvent({ type: 'call-started', runIndex, callIndex });
      const request = requestFor(call);
      const generation = await engine.generate(
        request,
        (delta) => onEvent({ type: 'delta', runIndex, callIndex, delta }),
        signal,
      );
      onEvent({ type: 'call-finished', runIndex, callIndex, generation });
      if (generation.finishReason === 'abort') {
        cancelled = true;
        break;
      }
      candidates.push({ index: callIndex, request, generation, code: call.text, verdict: null });
    }
    if (cancelled) break;
    results.push(strategyResult(recorded, candidates));
  }
  return {
    schemaVersion: 1,
    id: newId(),
    createdAt: now().toISOString(),
    source: { kind: 'recording', recordingId: recording.id },
    status: cancelled ? 'cancelled' : 'complete',
    task: recording.task,
    model,
    results,
  };
}

/**
 * The request a recorded call stands for. The replay engine answers by messages; the sampling
 * fields hold what the recording intended (what it actually sent is in each Generation's `sent`).
 */
function requestFor(call: RecordedCall): GenerationRequest {
  return {
    messages: call.messages,
    temperature: call.intended.temperature,
    top_p: 1,
    max_tokens: call.intended.max_tokens,
    seed: 0,
    stop: [],
  };
}

function strategyResult(recorded: RecordedStrategyRun, candidates: Candidate[]): StrategyResult {
  const sum = (pick: (c: Candidate) => number) => candidates.reduce((total, c) => total + pick(c), 0);
  return {
    strategyId: recorded.strategyId,
    strategyLabel: recorded.strategyLabel,
    candidates,
    selection: {
      index: recorded.selection.callIndex,
      reason: recorded.selection.reason,
      code: recorded.selection.code,
      verdict: null,
    },
    cost: {
      calls: candidates.length,
      promptTokens: null,
      completionTokens: sum((c) => c.generation.usage.completionTokens),
      wallMs: sum((c) => c.generation.timings.totalMs),
    },
  };
}
