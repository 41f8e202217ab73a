import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSweepCli, type CliIo } from '../../cli/sweep-cli';
import { parseSweepResults } from '../../src/core/sweep-results';
import { isPrimeTask } from '../../src/core/tasks/is-prime';
import { FakeOpenAiServer, type Transcript } from '../helpers/fake-openai-server';

/*
 * The headless sweep against a local server speaking Ollama's OpenAI-compatible API, with the real
 * judge: every model reply is the is-prime reference solution, so is-prime passes and gcd cannot
 * compile (it has no gcd).
 */

function chatStream(text: string): Transcript {
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'tinyllama', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const pieces = text.match(/[\s\S]{1,12}/g)!;
  const usage = `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'tinyllama', choices: [], usage: { prompt_tokens: 60, completion_tokens: pieces.length, total_tokens: 60 + pieces.length } })}\n\n`;
  const body = pieces.map((p) => chunk({ role: 'assistant', content: p }, null)).join('') + chunk({}, 'stop') + usage + 'data: [DONE]\n\n';
  return { status: 200, headers: { 'Content-Type': 'text/event-stream' }, body };
}

const REPLY = `Here it is:\n\`\`\`rust\n${isPrimeTask.referenceSolution}\n\`\`\`\n`;

let server: FakeOpenAiServer;
let dir: string;
beforeAll(async () => {
  server = await FakeOpenAiServer.start();
  server.on('GET', '/models', 'ollama/models.http').on('POST', '/chat/completions', { reply: chatStream(REPLY) });
  dir = mkdtempSync(join(tmpdir(), 'sweep-cli-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => server.requests.splice(0));

function io(interrupt = false) {
  const out: string[] = [];
  const err: string[] = [];
  const handle: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), onInterrupt: (stop) => interrupt && stop() };
  return { handle, stdout: () => out.join(''), stderr: () => err.join('') };
}

const args = (out: string, more: string[] = [], seeds = '2') => [
  '--endpoint', server.baseUrl, '--model', 'tinyllama', '--tasks', 'is-prime,gcd', '--strategies', 'baseline,best-of-n', '--seeds', seeds, '--out', out, ...more,
];

describe('npm run sweep', () => {
  it('runs tasks × strategies × seeds, prints {runs, summary} with Wilson intervals, and writes the results file', async () => {
    const out = join(dir, 'a.json');
    const cli = io();
    expect(await runSweepCli(args(out, ['--concurrency', '2']), cli.handle)).toBe(0);
    const printed = JSON.parse(cli.stdout()) as { runs: { task: string; strategy: string; seed: number; selected: { verdict: string } }[]; summary: { strategy: string; n: number; passRate: number; ci95: number[] }[] };
    expect(printed.runs).toHaveLength(8);
    for (const run of printed.runs) expect(run.selected.verdict).toBe(run.task === 'is-prime' ? 'pass' : 'compile_error');
    expect(printed.summary.map((s) => [s.strategy, s.n, s.passRate])).toEqual([['baseline', 4, 0.5], ['best-of-n', 4, 0.5]]);
    const [lo, hi] = printed.summary[0]!.ci95;
    expect(lo).toBeCloseTo(0.15, 2); // Wilson 2/4
    expect(hi).toBeCloseTo(0.85, 2);
    // 4 baseline calls + 4 × 3 best-of-N calls, each with every sampling parameter sent.
    const chats = server.received('POST', '/chat/completions');
    expect(chats).toHaveLength(16);
    expect(chats.every((r) => ['temperature', 'top_p', 'max_tokens', 'seed'].every((k) => k in (r.json as object)))).toBe(true);
    const file = parseSweepResults(readFileSync(out, 'utf8'));
    expect(file.ok && file.results.records).toHaveLength(8);
    expect(cli.stderr()).toMatch(/8\/8 cells[\s\S]*done\n$/);
  });

  it('resumes from its results file: finished cells are not asked again', async () => {
    const out = join(dir, 'b.json');
    expect(await runSweepCli(args(out, [], '1'), io().handle)).toBe(0);
    server.requests.splice(0);
    const cli = io();
    expect(await runSweepCli(args(out), cli.handle)).toBe(0);
    expect(server.received('POST', '/chat/completions')).toHaveLength(8); // only seed 2's four cells
    expect((JSON.parse(cli.stdout()) as { runs: unknown[] }).runs).toHaveLength(8);
  });

  it('sweeps several models on one server, model by model, and summarizes each', async () => {
    const cli = io();
    const twoModels = args(join(dir, 'm.json'), [], '1').map((a) => (a === 'tinyllama' ? 'tinyllama,phi3' : a));
    expect(await runSweepCli(twoModels, cli.handle)).toBe(0);
    const printed = JSON.parse(cli.stdout()) as { summary: { strategy: string; model: string; n: number }[] };
    expect(printed.summary.map((s) => [s.strategy, s.model, s.n])).toEqual([
      ['baseline', `tinyllama @ ${server.baseUrl}`, 2],
      ['best-of-n', `tinyllama @ ${server.baseUrl}`, 2],
      ['baseline', `phi3 @ ${server.baseUrl}`, 2],
      ['best-of-n', `phi3 @ ${server.baseUrl}`, 2],
    ]);
    const sentModels = server.received('POST', '/chat/completions').map((r) => (r.json as { model: string }).model);
    expect(sentModels.indexOf('phi3')).toBe(sentModels.lastIndexOf('tinyllama') + 1);
  });

  it('stops when interrupted and says how to resume', async () => {
    const cli = io(true);
    expect(await runSweepCli(args(join(dir, 'c.json')), cli.handle)).toBe(1);
    expect(cli.stderr()).toMatch(/interrupted|sweep failed/);
  });

  it('explains bad usage, an unknown model and a damaged results file', async () => {
    const usage = io();
    expect(await runSweepCli(['--model', 'x'], usage.handle)).toBe(2);
    expect(usage.stderr()).toMatch(/^missing --endpoint or --model\nusage: npm run --silent sweep/);

    const unknown = io();
    expect(await runSweepCli(args(join(dir, 'd.json')).map((a) => (a === 'tinyllama' ? 'llama9000' : a)), unknown.handle)).toBe(1);
    expect(unknown.stderr()).toMatch(/sweep failed: .*llama9000/);

    const damaged = join(dir, 'e.json');
    writeFileSync(damaged, '{"format":"strategy-lab/sweep-results","formatVersion":1,"records":[{"cell":{}}]}');
    const bad = io();
    expect(await runSweepCli(args(damaged), bad.handle)).toBe(1);
    expect(bad.stderr()).toMatch(/e\.json: The results file is invalid at records\.0\./);
  });
});
