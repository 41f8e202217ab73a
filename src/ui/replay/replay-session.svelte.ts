import * as v from 'valibot';
import type { SentParameters } from '../../core/generation';
import type { ReplayModelRef } from '../../core/model';
import type { Run, StrategyResult } from '../../core/run';
import { taskById } from '../../core/tasks';
import { summarizeRun } from '../../core/run-summary';
import type { Engine } from '../../engine/engine';
import type { Judge } from '../../judge/judge';
import type { Recording } from '../../engine/replay/recording';
import { replayRecording, type ReplayEvent } from '../../engine/replay/replay-recording';
import type { RunStore } from '../../store/run-store';
import type { Setting, SettingsStore } from '../../store/settings-store';
import { messageOf } from '../error-message';

export type ReplayStatus = 'idle' | 'playing' | 'done' | 'cancelled' | 'failed';
export type CallState = 'waiting' | 'playing' | 'done' | 'cancelled';

/** One recorded call as it plays. Per-call figures show only where the recording has them. */
export interface CallView {
  label: string;
  state: CallState;
  tokens: number;
  /** The call's own recorded token count; null when only the run's total was recorded. */
  recordedTokens: number | null;
  text: string;
  textRecorded: boolean;
}

export interface LaneView {
  strategyId: string;
  label: string;
  summary: string;
  totalTokens: number;
  totalSeconds: number;
  calls: CallView[];
  /** What the strategy meant to ask the model for, per call. */
  intended: { temperatures: number[]; maxTokens: number };
  /** What was actually sent (the same for every call of a recorded strategy). */
  sent: SentParameters;
  /** The answer the original strategy chose, as recorded. */
  selection: { callIndex: number | null; code: string; reason: string };
}

export const PLAYBACK_SPEEDS = [1, 2, 5, 10, 50] as const;

export const playbackSpeedSetting: Setting<number> = {
  key: 'replay.speed',
  schema: v.picklist(PLAYBACK_SPEEDS),
  fallback: 5,
};

export interface ReplaySessionDeps {
  recording: Recording;
  /** Started on first use: the engine's worker costs nothing until someone presses play. */
  engine: () => Engine;
  runs: RunStore | null;
  settings: SettingsStore | null;
  /** Started on first use, like the engine. */
  judge: () => Judge;
}

/** The landing page's replay: plays the recording, keeps the last finished run. */
export class ReplaySession {
  status = $state<ReplayStatus>('idle');
  lanes = $state<LaneView[]>([]);
  speed = $state<number>(playbackSpeedSetting.fallback);
  lastRun = $state.raw<Run | null>(null);
  error = $state<string | null>(null);
  /** Set when something could not be saved in this browser; the replay itself is unaffected. */
  storageProblem = $state<string | null>(null);
  /** True while the chosen answers are being judged. */
  judging = $state(false);
  readonly rows = $derived(this.lastRun ? summarizeRun(this.lastRun) : []);

  readonly #deps: ReplaySessionDeps;
  #engine: Engine | null = null;
  #judge: Judge | null = null;
  #controller: AbortController | null = null;
  #playId = 0;

  constructor(deps: ReplaySessionDeps) {
    this.#deps = deps;
    this.lanes = idleLanes(deps.recording);
  }

  get recording(): Recording {
    return this.#deps.recording;
  }

  /** Brings back the newest finished replay of this recording and the chosen speed. */
  async restore(): Promise<void> {
    const { runs, settings, recording } = this.#deps;
    const [run, speed] = await Promise.all([
      runs?.latest((r) => r.source.kind === 'recording' && r.source.recordingId === recording.id && r.status === 'complete'),
      settings?.get(playbackSpeedSetting),
    ]);
    if (run && this.status === 'idle') {
      this.lastRun = run;
      this.status = 'done';
      this.lanes = finishedLanes(recording, run);
    }
    if (speed !== undefined) this.speed = speed;
    if (this.lastRun && this.lastRun.results.some((r) => r.selection.verdict === null)) await this.#judgeAnswers(this.lastRun);
  }

  async setSpeed(speed: number): Promise<void> {
    this.speed = speed;
    await this.#keep(() => this.#deps.settings?.set(playbackSpeedSetting, speed));
  }

  /** Plays the whole recording; a newer play or a cancel makes this one's updates stale. */
  async play(): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const playId = ++this.#playId;
    const isCurrent = () => playId === this.#playId;
    const { recording } = this.#deps;
    this.status = 'playing';
    this.error = null;
    this.lanes = idleLanes(recording);
    try {
      const engine = (this.#engine ??= this.#deps.engine());
      const model: ReplayModelRef = { engine: 'replay', recordingId: recording.id, speed: this.speed };
      await engine.load(model, () => {}, controller.signal);
      const run = await replayRecording(recording, engine, model, {
        signal: controller.signal,
        onEvent: (event) => {
          if (isCurrent()) this.#apply(event);
        },
      });
      if (!isCurrent()) return;
      if (run.status === 'cancelled') {
        this.status = 'cancelled';
        return;
      }
      this.lastRun = run;
      this.status = 'done';
      // Keep the replay at once; the verdicts are added when the judge has them.
      await this.#keep(() => this.#deps.runs?.save(run));
      await this.#judgeAnswers(run, isCurrent);
    } catch (error) {
      if (!isCurrent()) return;
      this.status = controller.signal.aborted ? 'cancelled' : 'failed';
      this.error = controller.signal.aborted ? null : messageOf(error);
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }

  /**
   * Judges every strategy's chosen answer against the task's tests, then keeps the run with its
   * verdicts. The original judged these by eye; here the judge compiles and runs them.
   */
  async #judgeAnswers(run: Run, isCurrent: () => boolean = () => true): Promise<void> {
    const task = taskById(run.task.id);
    if (!task) {
      await this.#keep(() => this.#deps.runs?.save(run));
      return;
    }
    this.judging = true;
    try {
      const judge = (this.#judge ??= this.#deps.judge());
      const results: StrategyResult[] = [];
      for (const result of run.results) {
        const verdict = result.selection.verdict ?? (await judge.judge({ kind: 'candidate', code: result.selection.code ?? '', task, tests: 'hidden' }));
        results.push({ ...result, selection: { ...result.selection, verdict } });
      }
      if (!isCurrent()) return;
      const judged: Run = { ...run, results };
      this.lastRun = judged;
      await this.#keep(() => this.#deps.runs?.save(judged));
    } catch (error) {
      if (isCurrent()) this.error = `The answers could not be judged: ${messageOf(error)}`;
    } finally {
      this.judging = false;
    }
  }

  /** Saves something; a storage failure is reported, never allowed to undo what the user sees. */
  async #keep(save: () => Promise<void> | undefined): Promise<void> {
    try {
      await save();
    } catch (error) {
      this.storageProblem = messageOf(error);
    }
  }

  #apply(event: ReplayEvent): void {
    const call = this.lanes[event.runIndex]?.calls[event.callIndex];
    if (!call) return;
    switch (event.type) {
      case 'call-started':
        call.state = 'playing';
        break;
      case 'delta':
        call.tokens += event.delta.tokens;
        call.text += event.delta.text;
        break;
      case 'call-finished':
        call.state = event.generation.finishReason === 'abort' ? 'cancelled' : 'done';
        break;
    }
  }
}

function idleLanes(recording: Recording): LaneView[] {
  return recording.runs.map((run) => ({
    strategyId: run.strategyId,
    label: run.strategyLabel,
    summary: run.summary,
    totalTokens: run.totals.completionTokens,
    totalSeconds: run.totals.seconds,
    selection: run.selection,
    intended: {
      temperatures: run.calls.map((call) => call.intended.temperature),
      maxTokens: Math.max(...run.calls.map((call) => call.intended.max_tokens)),
    },
    sent: run.calls[0]?.sent ?? { temperature: null, top_p: null, max_tokens: null, seed: null },
    calls: run.calls.map((call) => ({
      label: call.label,
      state: 'waiting' as CallState,
      tokens: 0,
      recordedTokens: call.completionTokens,
      text: '',
      textRecorded: call.text !== null,
    })),
  }));
}

/** The lanes of a finished run, for a run restored from storage. */
function finishedLanes(recording: Recording, run: Run): LaneView[] {
  return idleLanes(recording).map((lane, runIndex) => ({
    ...lane,
    calls: lane.calls.map((call, callIndex) => {
      const generation = run.results[runIndex]?.candidates[callIndex]?.generation;
      return {
        ...call,
        state: 'done' as CallState,
        tokens: generation?.usage.completionTokens ?? 0,
        text: generation?.text ?? '',
      };
    }),
  }));
}
