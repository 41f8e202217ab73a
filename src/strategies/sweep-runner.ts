import type { Clock } from '../core/clock';
import type { ModelRef } from '../core/model';
import { cellKey, sweepCells, type SweepCell, type SweepPlan, type SweepRecord } from '../core/sweep';
import type { Task } from '../core/task';
import type { Engine } from '../engine/engine';
import type { Judge } from '../judge/judge';
import { runStrategy, strategyById } from './registry';
import type { Rng, StrategyEvent } from './strategy';

/** Where finished cells go the moment they finish (IndexedDB in the app, a file in Node). */
export interface CellStore {
  /** Keys (cellKey) of the cells already finished: a resumed sweep skips them. */
  finishedKeys(): Promise<ReadonlySet<string>>;
  put(record: SweepRecord): Promise<void>;
}

export interface SweepProgress {
  /** Cells finished, including those finished in an earlier session. */
  done: number;
  total: number;
  /** Estimated time left from this session's pace; null until a cell has finished. */
  etaMs: number | null;
  /** The cells running now. */
  running: SweepCell[];
}

export interface SweepDeps {
  /** A loaded engine for `model` (one per model; the runner asks again for each cell). */
  engineFor(model: ModelRef): Promise<Engine>;
  judge: Judge;
  taskById(id: string): Task | undefined;
  modelLabel(model: ModelRef): string;
  store: CellStore;
  clock: Clock;
  signal: AbortSignal;
  onProgress(progress: SweepProgress): void;
  onRecord?(record: SweepRecord): void;
  /** What a running cell's strategy reports: candidates starting, their tokens, the choice. */
  onEvent?(cell: SweepCell, event: StrategyEvent): void;
  /** Cells run at once (default 1: one model on one GPU; a server can take more). */
  concurrency?: number;
}

export interface SweepOutcome {
  /** The records finished in this session. */
  records: SweepRecord[];
  status: 'complete' | 'cancelled';
}

/**
 * Runs every cell of `plan` not finished yet, persisting each the moment it finishes, so a reload or
 * a crash loses at most the cells that were running. Each cell's random source is seeded from the
 * cell itself, so a cell gives the same requests whatever order or concurrency it runs in.
 * Cancelling stops starting cells and abandons the running ones (nothing partial is stored).
 * A cell that fails (a server error, say) stops the sweep with that error; finished cells stay.
 */
export async function runSweep(plan: SweepPlan, deps: SweepDeps): Promise<SweepOutcome> {
  for (const id of plan.taskIds) if (!deps.taskById(id)) throw new Error(`Unknown task “${id}”.`);
  for (const { id } of plan.strategies) if (!strategyById(id)) throw new Error(`Unknown strategy “${id}”.`);
  const cells = sweepCells(plan);
  const finished = await deps.store.finishedKeys();
  const pending = cells.filter((cell) => !finished.has(cellKey(cell)));
  const options = new Map(plan.strategies.map((s) => [s.id, s.options]));
  const records: SweepRecord[] = [];
  const running = new Set<SweepCell>();
  const started = deps.clock.now();
  let done = cells.length - pending.length;
  const concurrency = Math.max(1, deps.concurrency ?? 1);
  const report = () => {
    const elapsed = deps.clock.now() - started;
    const etaMs = records.length === 0 ? null : ((elapsed / records.length) * (cells.length - done)) / concurrency;
    deps.onProgress({ done, total: cells.length, etaMs, running: [...running] });
  };
  report();

  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < pending.length && !deps.signal.aborted) {
      const cell = pending[next++]!;
      running.add(cell);
      report();
      try {
        const result = await runStrategy(strategyById(cell.strategyId)!, deps.taskById(cell.taskId)!, {
          engine: await deps.engineFor(cell.model),
          judge: deps.judge,
          signal: deps.signal,
          rng: cellRng(cell),
          clock: deps.clock,
          onEvent: (event) => deps.onEvent?.(cell, event),
        }, options.get(cell.strategyId));
        if (deps.signal.aborted) return;
        const record: SweepRecord = { cell, modelLabel: deps.modelLabel(cell.model), result };
        await deps.store.put(record);
        records.push(record);
        done++;
        deps.onRecord?.(record);
      } catch (error) {
        if (deps.signal.aborted) return;
        throw error;
      } finally {
        running.delete(cell);
        report();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, pending.length)) }, lane));
  return { records, status: deps.signal.aborted && done < cells.length ? 'cancelled' : 'complete' };
}

/** mulberry32 seeded with a hash of the cell: reproducible per cell. */
export function cellRng(cell: SweepCell): Rng {
  let h = 2166136261;
  for (const ch of cellKey(cell)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return {
    next: () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
