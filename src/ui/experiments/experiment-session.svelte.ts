import { systemClock, type Clock } from '../../core/clock';
import { sweepCsv } from '../../core/csv';
import { describeModel, type ModelRef } from '../../core/model';
import { cellKey, type SweepCell, type SweepPlan, type SweepRecord } from '../../core/sweep';
import type { Task } from '../../core/task';
import type { Verdict } from '../../core/verdict';
import { sweepReportMarkdown } from '../../core/sweep-report';
import { parseSweepResults, sweepResults } from '../../core/sweep-results';
import { netTable, summarizeSweep, type NetRow, type StrategySummary } from '../../core/sweep-summary';
import { taskById } from '../../core/tasks';
import type { Engine } from '../../engine/engine';
import type { Judge } from '../../judge/judge';
import type { StoredSweep, SweepStore } from '../../store/sweep-store';
import type { StrategyEvent } from '../../strategies/strategy';
import { runSweep, type SweepProgress } from '../../strategies/sweep-runner';
import { messageOf } from '../error-message';

/** The model a sweep runs on: the one loaded on the Models page. */
export interface LoadedModel {
  engine: Engine;
  model: ModelRef;
}

export interface ExperimentDeps {
  store: SweepStore | null;
  judge: () => Judge;
  loadedModel: () => LoadedModel | null;
  /** Loads `model` (unloading the one before, as the Models page does) and returns its engine. */
  ensureLoaded: (model: ModelRef) => Promise<Engine>;
  /** The tasks of the teacher's pack saved on the Tasks page (none when there is no store). */
  packTasks?: () => Promise<Task[]>;
  clock?: Clock;
}

/** The cell running now (or the last one), as its strategy reports it: candidates streaming, the choice. */
export interface LiveCell {
  cell: SweepCell;
  candidates: { index: number; text: string; tokens: number; done: boolean; verdict: Verdict | null }[];
  selected: { index: number | null; reason: string } | null;
  /** The finished cell as stored (every candidate with its request, reply and verdict); null while it runs. */
  record: SweepRecord | null;
}

export type SweepState =
  | { kind: 'idle' }
  | { kind: 'running'; sweep: StoredSweep; progress: SweepProgress | null }
  | { kind: 'finished'; sweep: StoredSweep }
  | { kind: 'problem'; message: string };

/**
 * The Experiments page: set up a sweep over tasks × strategies × seeds on the loaded model, run it
 * (each finished cell stored at once), resume, cancel, and read the results with their intervals.
 */
export class ExperimentSession {
  sweeps = $state.raw<StoredSweep[]>([]);
  state = $state.raw<SweepState>({ kind: 'idle' });
  /** The records of the sweep being shown. */
  records = $state.raw<SweepRecord[]>([]);
  /** Records of the shown sweep that could not be read back. */
  unreadable = $state(0);
  /** The cell being run (for one sweep lane), streamed as it happens; kept after it finishes. */
  live = $state.raw<LiveCell | null>(null);
  /** The tasks saved on the Tasks page, which a sweep may run beside the built-in ones. */
  packTasks = $state.raw<Task[]>([]);
  /** The models the next sweep compares; empty means the loaded model alone. */
  models = $state.raw<ModelRef[]>([]);
  summaries = $derived<StrategySummary[]>(summarizeSweep(this.records));
  net = $derived<NetRow[]>(netTable(this.summaries));

  readonly #deps: ExperimentDeps;
  #abort: AbortController | null = null;

  constructor(deps: ExperimentDeps) {
    this.#deps = deps;
  }

  async restore(): Promise<void> {
    await this.#refreshList();
    await this.refreshPack();
  }

  /** Reads the pack again (the Tasks page may have changed it). A pack that cannot be read offers no tasks. */
  async refreshPack(): Promise<void> {
    this.packTasks = (await this.#deps.packTasks?.().catch(() => [])) ?? [];
  }

  /** Adds the model loaded on the Models page to the models the next sweep compares. */
  addLoadedModel(): void {
    const loaded = this.#deps.loadedModel();
    if (loaded && !this.models.some((m) => sameModel(m, loaded.model))) this.models = [...this.models, loaded.model];
  }

  removeModel(index: number): void {
    this.models = this.models.filter((_, i) => i !== index);
  }

  /** Starts a new sweep on the chosen models (or the loaded one), loading each in turn. */
  async start(plan: Omit<SweepPlan, 'models'>, title: string): Promise<void> {
    const loaded = this.#deps.loadedModel();
    const store = this.#deps.store;
    const models = this.models.length > 0 ? this.models : loaded ? [loaded.model] : [];
    if (models.length === 0) return void (this.state = { kind: 'problem', message: 'Load a model on the Models page first.' });
    if (!store) return void (this.state = { kind: 'problem', message: 'This browser’s storage is unavailable, so a sweep could not be kept.' });
    const sweep = await store.create({ ...plan, models }, models.length > 1 ? `${title} × ${models.length} models` : title);
    await this.#run(sweep);
  }

  /** Continues a sweep that was cancelled, interrupted or failed, loading its models again. */
  async resume(id: string): Promise<void> {
    const sweep = await this.#deps.store?.get(id);
    if (sweep) await this.#run(sweep);
  }

  cancel(): void {
    this.#abort?.abort();
  }

  async open(id: string): Promise<void> {
    const sweep = await this.#deps.store?.get(id);
    if (!sweep) return;
    await this.#loadRecords(sweep.id);
    this.state = { kind: 'finished', sweep };
  }

  async delete(id: string): Promise<void> {
    await this.#deps.store?.delete(id);
    if ((this.state.kind === 'finished' || this.state.kind === 'running') && this.state.sweep.id === id) {
      this.state = { kind: 'idle' };
      this.records = [];
    }
    await this.#refreshList();
  }

  /** Imports a results file written by `npm run sweep` (or downloaded here). */
  async importFile(text: string, name: string): Promise<void> {
    const parsed = parseSweepResults(text);
    if (!parsed.ok) return void (this.state = { kind: 'problem', message: `${name}: ${parsed.error}` });
    if (!this.#deps.store) return void (this.state = { kind: 'problem', message: 'This browser’s storage is unavailable, so the file could not be kept.' });
    const sweep = await this.#deps.store.importRecords(parsed.results.records, name);
    await this.#refreshList();
    await this.open(sweep.id);
  }

  reportMarkdown(title: string): string {
    return sweepReportMarkdown(this.records, { title, generatedAt: new Date().toISOString() });
  }

  resultsCsv(): string {
    return sweepCsv(this.records);
  }

  resultsJson(): string {
    return JSON.stringify(sweepResults(this.records), null, 1);
  }

  async #run(sweep: StoredSweep): Promise<void> {
    const store = this.#deps.store!;
    this.cancel();
    const abort = new AbortController();
    this.#abort = abort;
    await store.setStatus(sweep.id, 'running');
    this.state = { kind: 'running', sweep, progress: null };
    await this.#loadRecords(sweep.id);
    await this.#refreshList();
    try {
      const outcome = await runSweep(sweep.plan, {
        engineFor: (model) => this.#deps.ensureLoaded(model),
        judge: this.#deps.judge(),
        // A pack's tasks travel with the plan; the rest are built in.
        taskById: (id) => sweep.plan.tasks?.find((task) => task.id === id) ?? taskById(id),
        modelLabel: describeModel,
        store: store.cells(sweep.id),
        clock: this.#deps.clock ?? systemClock,
        signal: abort.signal,
        onProgress: (progress) => {
          if (this.#abort === abort) this.state = { kind: 'running', sweep, progress };
        },
        onRecord: (record) => {
          if (this.#abort !== abort) return;
          this.records = [...this.records, record];
          if (this.live && cellKey(this.live.cell) === cellKey(record.cell)) {
            // The graded candidates arrive with the record: their hidden-test verdicts. A call that
            // started but failed (a repair past the context window) is not a candidate: it goes.
            const graded = new Map(record.result.candidates.map((c) => [c.index, c.verdict]));
            const candidates = this.live.candidates.filter((c) => graded.has(c.index)).map((c) => ({ ...c, done: true, verdict: graded.get(c.index) ?? null }));
            this.live = { ...this.live, candidates, record };
          }
        },
        onEvent: (cell, event) => {
          if (this.#abort === abort) this.live = nextLive(this.live, cell, event);
        },
      });
      await store.setStatus(sweep.id, outcome.status);
      if (this.#abort === abort) this.state = { kind: 'finished', sweep: { ...sweep, status: outcome.status } };
    } catch (error) {
      const message = messageOf(error);
      await store.setStatus(sweep.id, 'failed', message);
      if (this.#abort === abort) this.state = { kind: 'problem', message: `The sweep stopped: ${message} Finished cells are kept; resume it when the model works again.` };
    } finally {
      if (this.#abort === abort) this.#abort = null;
      await this.#refreshList();
    }
  }

  async #loadRecords(id: string): Promise<void> {
    const read = (await this.#deps.store?.records(id)) ?? { records: [], unreadable: 0 };
    this.records = read.records;
    this.unreadable = read.unreadable;
  }

  async #refreshList(): Promise<void> {
    this.sweeps = (await this.#deps.store?.list())?.sweeps ?? [];
  }
}

/** Folds one strategy event into the live view (a new cell starts a new view). */
function nextLive(live: LiveCell | null, cell: SweepCell, event: StrategyEvent): LiveCell {
  const current = live && cellKey(live.cell) === cellKey(cell) ? live : { cell, candidates: [], selected: null, record: null };
  switch (event.type) {
    case 'candidate-started':
      return { ...current, candidates: [...current.candidates, { index: event.index, text: '', tokens: 0, done: false, verdict: null }] };
    case 'token':
      return {
        ...current,
        candidates: current.candidates.map((c) => (c.index === event.index ? { ...c, text: c.text + event.text, tokens: c.tokens + event.tokens } : c)),
      };
    case 'candidate-finished':
      return { ...current, candidates: current.candidates.map((c) => (c.index === event.index ? { ...c, done: true } : c)) };
    case 'selected':
      return { ...current, selected: { index: event.index, reason: event.reason } };
  }
}

function sameModel(a: ModelRef, b: ModelRef): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
