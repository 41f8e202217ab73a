import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db';
import { SettingsStore } from '../../src/store/settings-store';
import { PlaygroundVerdictStore } from '../../src/store/verdict-cache-store';
import { createWorkerJudge, type WorkerJudge } from '../../src/judge/worker-judge';
import { JudgeSession } from '../../src/ui/judge/judge-session.svelte';

/* The Judge Rust page's state, in Chromium with the real judge worker and IndexedDB; the playground's network is faked. */

const names: string[] = [];
const judges: WorkerJudge[] = [];
afterEach(async () => {
  judges.splice(0).forEach((j) => j.dispose());
  await Promise.all(names.splice(0).map((name) => deleteDB(name)));
});

async function session(fetch: typeof globalThis.fetch) {
  const name = `judge-session-${crypto.randomUUID()}`;
  names.push(name);
  const db = await openDatabase({ name });
  const judge = createWorkerJudge();
  judges.push(judge);
  return { s: new JudgeSession({ judge: () => judge, settings: new SettingsStore(db), cache: new PlaygroundVerdictStore(db), fetch }), db, name };
}

const okResponse = (body: object) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('JudgeSession', () => {
  it('judges the program in the worker and keeps the newest verdict', async () => {
    const { s, db } = await session(() => Promise.reject(new Error('no network')));
    s.setSource('fn main() { let v: Vec<i32> = vec![1, 2]; assert_eq!(v.len(), 2); }');
    await s.judgeNow();
    expect(s.verdict?.kind).toBe('pass');
    s.setSource('fn main() { let x: u8 = 255; let y = x + 1; assert_eq!(y, 0); }');
    expect(s.verdict).toBeNull();
    await s.judgeNow();
    expect(s.verdict?.kind).toBe('compile_error');
    db.close();
  });

  it('never sends code without consent; with it, asks once and then answers from the cache', async () => {
    const sent: string[] = [];
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)).code);
      return okResponse({ success: true, exitDetail: 'Exited with status 0', stdout: '', stderr: '   Compiling playground v0.0.1 (/playground)\n    Finished `dev` profile\n     Running `target/debug/playground`\n' });
    };
    const { s, db, name } = await session(fetch as typeof globalThis.fetch);
    await s.askPlayground();
    expect(s.playground.kind).toBe('needs-consent');
    expect(sent).toEqual([]);

    await s.setConsent(true);
    await s.askPlayground();
    expect(s.playground).toMatchObject({ kind: 'answered', cached: false, verdict: { kind: 'pass', judge: 'playground' } });
    await s.askPlayground();
    expect(s.playground).toMatchObject({ kind: 'answered', cached: true });
    expect(sent).toHaveLength(1);
    db.close();

    // A new visit remembers the consent.
    const again = await openDatabase({ name });
    const restored = new JudgeSession({ judge: createWorkerJudge, settings: new SettingsStore(again), cache: null });
    await restored.restore();
    expect(restored.consent).toBe(true);
    again.close();
  });

  it('reports playground problems in words, and rejects a malformed address', async () => {
    const fetch = async () => new Response('busy', { status: 429, headers: { 'Retry-After': '30' } });
    const { s, db } = await session(fetch as typeof globalThis.fetch);
    await s.setConsent(true);
    await s.askPlayground();
    expect(s.playground).toMatchObject({ kind: 'problem', retryAfterSeconds: 30 });
    await s.setEndpoint('ftp://example.org');
    expect(s.endpointProblem).toMatch(/https:\/\//);
    expect(s.endpoint).toBe('https://play.rust-lang.org');
    await s.setEndpoint('http://localhost:8080');
    expect(s.endpointProblem).toBeNull();
    expect(s.endpoint).toBe('http://localhost:8080');
    db.close();
  });
});
