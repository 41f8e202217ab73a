import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/core/run';
import { summarizeSweep } from '../../src/core/sweep-summary';
import type { TaskPack } from '../../src/core/task-pack';
import { builtinTasks } from '../../src/core/tasks';
import type { VerdictKind } from '../../src/core/verdict';
import {
  decodeShare,
  decodeShareFile,
  encodeShare,
  fitsInUrl,
  MAX_FRAGMENT_CHARS,
  shareFile,
  shareUrl,
  sweepShareRows,
  type SharePayload,
} from '../../src/share/share-link';
import { record, verdict } from '../helpers/sweep-records';
import { replayOriginal } from './helpers/original-run';

/** The replay run with a fifth strategy: a copy of its last one, judged, under a new id. */
async function fiveStrategyRun(): Promise<Run> {
  const run = await replayOriginal();
  const last = structuredClone(run.results.at(-1)!);
  last.strategyId = 'self-refine';
  last.strategyLabel = 'Self-refine';
  last.candidates = last.candidates.map((c) => ({ ...c, verdict: verdict('wrong_answer') }));
  last.selection = { ...last.selection, verdict: { kind: 'pass', judge: 'interpreter', ms: 3, stdout: '', tests: [{ source: 'assert_eq!(f(1), 1);', passed: true }] } };
  return { ...run, results: [...run.results, last] };
}

/** 30 tasks × 4 strategies × 2 models, summarized. */
function sweepPayload(): SharePayload {
  const kinds: VerdictKind[] = ['pass', 'wrong_answer', 'compile_error', 'pass', 'runtime_error'];
  const records = builtinTasks.slice(0, 30).flatMap((task, t) =>
    ['qwen-0.5b', 'llama-1b'].flatMap((model) =>
      ['baseline', 'reread', 'best-of-n', 'diverse-sampling'].map((strategy, s) =>
        record(strategy.includes('n') && strategy !== 'baseline' ? [kinds[t % 5]!, kinds[(t + s) % 5]!, 'pass'] : [kinds[(t * 3 + s) % 5]!], {
          strategy,
          model,
          task: task.id,
          completionTokens: 80 + ((t * 7 + s * 13) % 50),
          generationMs: 700 + t * 11,
        }),
      ),
    ),
  );
  return { kind: 'sweep', title: 'Four strategies on 30 tasks', summary: sweepShareRows(summarizeSweep(records)) };
}

function packPayload(): SharePayload {
  const pack: TaskPack = { format: 'strategy-lab/task-pack', formatVersion: 1, title: 'Built-in tasks', tasks: [...builtinTasks.slice(0, 3)] };
  return { kind: 'task-pack', pack };
}

/** A fragment of the current version around an arbitrary JSON text. */
function fragmentOf(json: string): string {
  return `#sl1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
}

async function errorOf(fragment: string): Promise<string> {
  const decoded = await decodeShare(fragment);
  if (decoded.ok) throw new Error('expected an error');
  return decoded.error;
}

describe('share links round-trip', () => {
  it('the replay run, in a link under 4 KB', async () => {
    const run = await replayOriginal();
    const fragment = await encodeShare({ kind: 'run', run });
    expect(fragment).toMatch(/^#sl1\.[A-Za-z0-9_-]+$/);
    console.info(`replay run link: ${fragment.length} characters`);
    expect(fragment.length).toBeLessThanOrEqual(4096);
    expect(fitsInUrl(fragment)).toBe(true);
    expect(await decodeShare(fragment)).toEqual({ ok: true, payload: { kind: 'run', run } });
  });

  it('a five-strategy run', async () => {
    const run = await fiveStrategyRun();
    expect(run.results).toHaveLength(5);
    const decoded = await decodeShare(await encodeShare({ kind: 'run', run }));
    expect(decoded).toEqual({ ok: true, payload: { kind: 'run', run } });
  });

  it('a 30-task sweep summary', async () => {
    const payload = sweepPayload();
    if (payload.kind !== 'sweep') throw new Error('unreachable');
    expect(payload.summary).toHaveLength(8);
    expect(payload.summary[0]!.n).toBe(30);
    expect(await decodeShare(await encodeShare(payload))).toEqual({ ok: true, payload });
  });

  it('a task pack', async () => {
    const payload = packPayload();
    expect(await decodeShare(await encodeShare(payload))).toEqual({ ok: true, payload });
  });

  it('reads a whole URL, a fragment without "#", and a share file', async () => {
    const payload = packPayload();
    const fragment = await encodeShare(payload);
    const url = shareUrl('https://lab.example/app/?x=1#old', fragment);
    expect(url).toBe(`https://lab.example/app/?x=1${fragment}`);
    expect(await decodeShare(url)).toEqual({ ok: true, payload });
    expect(await decodeShare(fragment.slice(1))).toEqual({ ok: true, payload });
    const run = await fiveStrategyRun();
    expect(decodeShareFile(shareFile({ kind: 'run', run }))).toEqual({ ok: true, payload: { kind: 'run', run } });
  });

  it('keeps only the fields of a Run: extra runtime fields are dropped', async () => {
    const run = await replayOriginal();
    const noisy = structuredClone(run) as Run & { deltas?: unknown };
    noisy.deltas = [{ text: 'f', tokens: 1 }];
    (noisy.results[0]!.candidates[0]!.generation as unknown as Record<string, unknown>).tokenTimes = [1, 2, 3];
    expect(await decodeShare(await encodeShare({ kind: 'run', run: noisy }))).toEqual({ ok: true, payload: { kind: 'run', run } });
  });

  it('fitsInUrl compares with the budget', () => {
    expect(fitsInUrl('#sl1.abc', 8)).toBe(true);
    expect(fitsInUrl('#sl1.abcd', 8)).toBe(false);
    expect(fitsInUrl('x'.repeat(4097))).toBe(false);
  });
});

describe('share links refuse bad input with a clear error', () => {
  it('not a Strategy Lab link', async () => {
    expect(await errorOf('')).toMatch(/not a Strategy Lab share link/);
    expect(await errorOf('https://example.com/#section-2')).toMatch(/not a Strategy Lab share link/);
    expect(await errorOf('#slx.abc')).toMatch(/not a Strategy Lab share link/);
  });

  it('a newer or unknown version', async () => {
    expect(await errorOf('#sl2.AAAA')).toMatch(/newer version of Strategy Lab \(format version 2\)/);
    expect(await errorOf('#sl0.AAAA')).toMatch(/format version 0, which does not exist/);
    const file = JSON.stringify({ format: 'strategy-lab/share', formatVersion: 7, payload: {} });
    expect(decodeShareFile(file)).toEqual({ ok: false, error: expect.stringMatching(/newer version .*format version 7/) });
  });

  it('truncated or corrupted data', async () => {
    const fragment = await encodeShare({ kind: 'run', run: await replayOriginal() });
    expect(await errorOf('#sl1.')).toMatch(/truncated: it has no data/);
    expect(await errorOf(fragment.slice(0, fragment.length - 40))).toMatch(/truncated or corrupted/);
    expect(await errorOf(`${fragment.slice(0, 20)}!${fragment.slice(21)}`)).toMatch(/not valid base64url/);
    expect(await errorOf(`#sl1.AAAAA`)).toMatch(/not valid base64url/); // 5 characters: an impossible length
    expect(await errorOf('#sl1.____________')).toMatch(/truncated or corrupted/);
    expect(await errorOf(fragmentOf('{"kind": "run",'))).toMatch(/not valid JSON/);
    expect(await errorOf(`#sl1.${deflateRawSync(Buffer.from([0xff, 0xfe, 0x80])).toString('base64url')}`)).toMatch(/not valid text/);
  });

  it('oversized input, before any work', async () => {
    const started = performance.now();
    expect(await errorOf(`#sl1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toMatch(/too long \(over 2 MB\)/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(decodeShareFile(' '.repeat(MAX_FRAGMENT_CHARS + 1))).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('a deflate bomb stops at the size cap, quickly', async () => {
    const bomb = fragmentOf(`{"kind":"sweep","title":"${' '.repeat(50 * 1024 * 1024)}"}`);
    console.info(`50 MB bomb link: ${bomb.length} characters`);
    const started = performance.now();
    expect(await errorOf(bomb)).toMatch(/too large: it unpacks to more than 10 MB/);
    const ms = performance.now() - started;
    console.info(`bomb refused in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(2000);
  });

  it('JSON that fails the schema names the field', async () => {
    const run = structuredClone(await replayOriginal()) as unknown as { results: { cost: { calls: unknown } }[] };
    run.results[1]!.cost.calls = -1;
    expect(await errorOf(fragmentOf(JSON.stringify({ kind: 'run', run })))).toMatch(/invalid at run\.results\.1\.cost\.calls/);
    expect(await errorOf(fragmentOf('{"kind":"poster"}'))).toMatch(/invalid at kind/);
    expect(await errorOf(fragmentOf('[1,2]'))).toMatch(/expected an object/);
    const sweep = sweepPayload() as unknown as { summary: Record<string, unknown>[] };
    sweep.summary[2]!.passRate = 'high';
    expect(await errorOf(fragmentOf(JSON.stringify(sweep)))).toMatch(/invalid at summary\.2\.passRate/);
    const pack = structuredClone(packPayload()) as unknown as { pack: { tasks: Record<string, unknown>[] } };
    pack.pack.tasks[1]!.difficulty = 'trivial';
    expect(await errorOf(fragmentOf(JSON.stringify(pack)))).toMatch(/task pack is invalid.*Task 2 .*difficulty/);
    expect(decodeShareFile('{"format":"strategy-lab/share","formatVersion":1,"payload":{"kind":"run"}}')).toEqual({
      ok: false,
      error: expect.stringMatching(/invalid at run/),
    });
    expect(decodeShareFile('not json')).toEqual({ ok: false, error: expect.stringMatching(/not a Strategy Lab share file/) });
    expect(decodeShareFile('{"format":"other"}')).toEqual({ ok: false, error: expect.stringMatching(/not a Strategy Lab share file/) });
  });

  it('a tampered link (one character changed at 200 random places) never crashes', async () => {
    const fragment = await encodeShare({ kind: 'run', run: await fiveStrategyRun() });
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_#.!%';
    const outcomes = { ok: 0, error: 0 };
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(random() * fragment.length);
      let ch = alphabet[Math.floor(random() * alphabet.length)]!;
      if (ch === fragment[at]) ch = ch === 'A' ? 'B' : 'A';
      const tampered = fragment.slice(0, at) + ch + fragment.slice(at + 1);
      const decoded = await decodeShare(tampered);
      if (decoded.ok) {
        outcomes.ok++;
        expect(['run', 'sweep', 'task-pack']).toContain(decoded.payload.kind);
      } else {
        outcomes.error++;
        expect(decoded.error).toMatch(/^(This is not a Strategy Lab share link|This share link|The share link|The shared data is invalid at \S+)/);
        expect(decoded.error).not.toMatch(/Could not read/);
      }
    }
    console.info(`tampered links: ${outcomes.error} refused, ${outcomes.ok} decoded to a valid payload`);
    expect(outcomes.ok + outcomes.error).toBe(200);
  });
});
