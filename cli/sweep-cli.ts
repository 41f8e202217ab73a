import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { systemClock } from '../src/core/clock';
import { describeModel, type OpenAiCompatibleModelRef } from '../src/core/model';
import { cellKey, type SweepPlan, type SweepRecord } from '../src/core/sweep';
import { builtinTasks, taskById } from '../src/core/tasks';
import { OpenAiCompatibleEngine } from '../src/engine/openai/openai-engine';
import { createLocalJudge } from '../src/judge/local-judge';
import { loadRustParser } from '../src/judge/syntax/tree-sitter';
import { STRATEGIES } from '../src/strategies/registry';
import { runSweep, type SweepProgress } from '../src/strategies/sweep-runner';
import { nodeParserAssets } from './node-parser-assets';
import { parseSweepResults, sweepResults, type SweepResults } from '../src/core/sweep-results';

const USAGE =
  'usage: npm run --silent sweep -- --endpoint URL --model NAME[,NAME…] [--tasks ids|all] [--strategies ids|all] [--seeds N] [--concurrency C] [--out results.json] [--api-key KEY]';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Registers what to do on Ctrl-C. */
  onInterrupt(stop: () => void): void;
}

interface Args {
  endpoint: string;
  models: string[];
  tasks: string[];
  strategies: string[];
  seeds: number;
  concurrency: number;
  out: string | null;
  apiKey: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const endpoint = value('--endpoint');
  const model = value('--model');
  if (!endpoint || !model) return 'missing --endpoint or --model';
  const list = (name: string, all: readonly string[]) => {
    const given = value(name) ?? 'all';
    return given === 'all' ? [...all] : given.split(',').map((s) => s.trim()).filter(Boolean);
  };
  const seeds = Number(value('--seeds') ?? '1');
  const concurrency = Number(value('--concurrency') ?? '1');
  if (!Number.isInteger(seeds) || seeds < 1) return '--seeds must be a whole number ≥ 1';
  if (!Number.isInteger(concurrency) || concurrency < 1) return '--concurrency must be a whole number ≥ 1';
  return {
    endpoint,
    models: model.split(',').map((m) => m.trim()).filter(Boolean),
    tasks: list('--tasks', builtinTasks.map((t) => t.id)),
    strategies: list('--strategies', STRATEGIES.map((s) => s.id)),
    seeds,
    concurrency,
    out: value('--out') ?? null,
    apiKey: value('--api-key') ?? process.env.OPENAI_API_KEY ?? null,
  };
}

/** Runs the sweep the arguments describe; resolves with the process exit code. */
export async function runSweepCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}\n`);
    return 2;
  }
  const modelRefs: OpenAiCompatibleModelRef[] = args.models.map((model) => ({ engine: 'openai-compatible', baseUrl: args.endpoint, model }));
  const plan: SweepPlan = {
    models: modelRefs,
    taskIds: args.tasks,
    strategies: args.strategies.map((id) => ({ id, options: {} })),
    seeds: Array.from({ length: args.seeds }, (_, i) => i + 1),
  };

  // Earlier results in --out: their cells are not run again.
  let earlier: SweepRecord[] = [];
  if (args.out && existsSync(args.out)) {
    const parsed = parseSweepResults(readFileSync(args.out, 'utf8'));
    if (!parsed.ok) {
      io.stderr(`${args.out}: ${parsed.error}\n`);
      return 1;
    }
    earlier = parsed.results.records;
  }
  const records = new Map(earlier.map((r) => [cellKey(r.cell), r]));
  const save = (): SweepResults => {
    const results = sweepResults([...records.values()]);
    if (args.out) {
      // Write then rename: an interrupted write never leaves a half file.
      writeFileSync(`${args.out}.tmp`, JSON.stringify(results, null, 1));
      renameSync(`${args.out}.tmp`, args.out);
    }
    return results;
  };

  const controller = new AbortController();
  io.onInterrupt(() => controller.abort());
  // One client per model, each checked against the server's model list before its first cell.
  const engines = new Map<string, Promise<OpenAiCompatibleEngine>>();
  const engineFor = (model: OpenAiCompatibleModelRef) => {
    let engine = engines.get(model.model);
    if (!engine) {
      const client = new OpenAiCompatibleEngine({ apiKey: args.apiKey, pageOrigin: null });
      engine = client.load(model, () => {}, controller.signal).then(() => client);
      engines.set(model.model, engine);
    }
    return engine;
  };
  try {
    for (const model of modelRefs) await engineFor(model);
    const outcome = await runSweep(plan, {
      engineFor: (model) => engineFor(model as OpenAiCompatibleModelRef),
      judge: createLocalJudge(() => loadRustParser(nodeParserAssets())),
      taskById,
      modelLabel: describeModel,
      store: {
        finishedKeys: async () => new Set(records.keys()),
        put: async (record) => {
          records.set(cellKey(record.cell), record);
          save();
        },
      },
      clock: systemClock,
      signal: controller.signal,
      concurrency: args.concurrency,
      onProgress: (p) => io.stderr(progressLine(p)),
    });
    const results = save();
    io.stdout(`${JSON.stringify({ runs: results.runs, summary: results.summary }, null, 1)}\n`);
    io.stderr(outcome.status === 'complete' ? 'done\n' : 'interrupted: rerun with the same --out to resume\n');
    return outcome.status === 'complete' ? 0 : 1;
  } catch (error) {
    io.stderr(`sweep failed: ${error instanceof Error ? error.message : String(error)}\n`);
    if (records.size > 0 && args.out) io.stderr(`finished cells are in ${args.out}; rerun with it to resume\n`);
    return 1;
  }
}

function progressLine({ done, total, etaMs, running }: SweepProgress): string {
  const eta = etaMs === null ? '' : `, about ${Math.ceil(etaMs / 1000)} s left`;
  const now = running.map((c) => `${c.taskId}/${c.strategyId}#${c.seed}`).join(' ');
  return `${done}/${total} cells${eta}${now ? ` — running ${now}` : ''}\n`;
}

