import { runCsv } from '../../core/csv';
import { describeModel } from '../../core/model';
import { runReportMarkdown } from '../../core/run-report';
import type { Run } from '../../core/run';
import { summarizeRun, type StrategySummaryRow } from '../../core/run-summary';
import { summarizeSweep, type StrategySummary } from '../../core/sweep-summary';
import type { RunStore } from '../../store/run-store';
import type { StoredSweep, SweepStore } from '../../store/sweep-store';
import { decodeShareFile, encodeShare, shareFile } from '../../share/share-link';
import { messageOf } from '../error-message';

/** One line of the history: a run or a sweep. */
export type HistoryEntry =
  | { kind: 'run'; id: string; createdAt: string; title: string; model: string; strategies: string[]; run: Run }
  | { kind: 'sweep'; id: string; createdAt: string; title: string; model: string; strategies: string[]; sweep: StoredSweep };

/** What the comparison shows for one entry. */
export type Compared =
  | { kind: 'run'; entry: HistoryEntry; rows: StrategySummaryRow[] }
  | { kind: 'sweep'; entry: HistoryEntry; rows: StrategySummary[] };

/** Every run and sweep kept in this browser, newest first: search, delete, compare two. */
export class HistorySession {
  entries = $state.raw<HistoryEntry[]>([]);
  query = $state('');
  /** Ids of the entries chosen for comparison (at most two). */
  chosen = $state.raw<string[]>([]);
  compared = $state.raw<Compared[]>([]);
  /** Stored records that could not be read (kept, not deleted). */
  unreadable = $state(0);
  problem = $state<string | null>(null);
  /** What opening a file did, or why it could not. */
  opened = $state<{ ok: boolean; message: string } | null>(null);
  visible = $derived(this.entries.filter((entry) => matches(entry, this.query)));

  constructor(
    private readonly runs: RunStore | null,
    private readonly sweeps: SweepStore | null,
  ) {}

  async refresh(): Promise<void> {
    try {
      const runs = (await this.runs?.list()) ?? [];
      const sweeps = (await this.sweeps?.list()) ?? { sweeps: [], unreadable: 0 };
      const entries: HistoryEntry[] = [
        ...runs.flatMap((stored): HistoryEntry[] =>
          stored.ok
            ? [{ kind: 'run', id: stored.run.id, createdAt: stored.run.createdAt, title: stored.run.task.title, model: describeModel(stored.run.model), strategies: stored.run.results.map((r) => r.strategyLabel), run: stored.run }]
            : [],
        ),
        ...sweeps.sweeps.map((sweep): HistoryEntry => ({
          kind: 'sweep',
          id: sweep.id,
          createdAt: sweep.createdAt,
          title: `${sweep.title} (${sweep.plan.taskIds.join(', ')})`,
          model: sweep.plan.models.map(describeModel).join(', '),
          strategies: sweep.plan.strategies.map((s) => s.id),
          sweep,
        })),
      ];
      this.entries = entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      this.unreadable = runs.filter((r) => !r.ok).length + sweeps.unreadable;
      this.chosen = this.chosen.filter((id) => entries.some((e) => e.id === id));
    } catch (error) {
      this.problem = messageOf(error);
    }
  }

  async delete(entry: HistoryEntry): Promise<void> {
    if (entry.kind === 'run') await this.runs?.delete(entry.id);
    else await this.sweeps?.delete(entry.id);
    this.compared = this.compared.filter((c) => c.entry.id !== entry.id);
    await this.refresh();
  }

  /** A run as files: JSON (the share-file format, which this page opens again), CSV and a Markdown report. */
  runFiles(run: Run): { json: string; csv: string; markdown: string } {
    return { json: shareFile({ kind: 'run', run }), csv: runCsv(run), markdown: runReportMarkdown(run) };
  }

  /**
   * Opens a file saved from Strategy Lab (a run's JSON, or any share file): a run joins the
   * history; a sweep summary or a task pack opens in the shared view. The file is untrusted:
   * validated as a share file, and refused with the reason when it is not one.
   */
  async openFile(text: string): Promise<void> {
    const decoded = decodeShareFile(text);
    if (!decoded.ok) {
      this.opened = { ok: false, message: decoded.error };
      return;
    }
    const { payload } = decoded;
    if (payload.kind !== 'run') {
      location.hash = await encodeShare(payload);
      return;
    }
    if (!this.runs) {
      this.opened = { ok: false, message: "This browser's storage is not available, so the run cannot be kept." };
      return;
    }
    try {
      const known = this.entries.some((e) => e.id === payload.run.id);
      await this.runs.save(payload.run);
      this.opened = { ok: true, message: `${known ? 'Already in the history' : 'Added to the history'}: ${payload.run.task.title}.` };
      await this.refresh();
    } catch (error) {
      this.opened = { ok: false, message: messageOf(error) };
    }
  }

  /** Chooses or unchooses an entry; choosing a third drops the oldest choice. */
  toggle(id: string): void {
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((c) => c !== id) : [...this.chosen, id].slice(-2);
  }

  async compare(): Promise<void> {
    const picked = this.chosen.map((id) => this.entries.find((e) => e.id === id)!).filter(Boolean);
    const compared: Compared[] = [];
    for (const entry of picked) {
      if (entry.kind === 'run') compared.push({ kind: 'run', entry, rows: summarizeRun(entry.run) });
      else compared.push({ kind: 'sweep', entry, rows: summarizeSweep((await this.sweeps?.records(entry.id))?.records ?? []) });
    }
    this.compared = compared;
  }
}

function matches(entry: HistoryEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = [entry.title, entry.model, ...entry.strategies, entry.kind].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}
