import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplayEngine } from '../../src/engine/replay/replay-engine';
import { originalExperiment } from '../../src/engine/replay/recordings/original-experiment';
import { openDatabase } from '../../src/store/db';
import { RunStore } from '../../src/store/run-store';
import { asStoreError } from '../../src/store/store-error';
import { SettingsStore } from '../../src/store/settings-store';
import { createWorkerJudge } from '../../src/judge/worker-judge';
import { ReplaySession } from '../../src/ui/replay/replay-session.svelte';
import { waitUntil } from '../fixtures/wait';

/* The landing page's state class with runes compiled for the browser, on real IndexedDB. */

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => deleteDB(name)));
});

async function sessionWith(name: string, recording = originalExperiment) {
  const db = await openDatabase({ name });
  const runs = new RunStore(db);
  const session = new ReplaySession({ recording, engine: () => new ReplayEngine(), judge: createWorkerJudge, runs, settings: new SettingsStore(db) });
  return { session, runs, db };
}

async function freshSession(recording = originalExperiment) {
  const name = `session-${crypto.randomUUID()}`;
  names.push(name);
  return { name, ...(await sessionWith(name, recording)) };
}

describe('ReplaySession', () => {
  it('plays the recording, keeps the run, and brings it back in a new session', async () => {
    const { name, session, runs, db } = await freshSession();
    expect(session.status).toBe('idle');
    expect(session.rows).toEqual([]);
    await session.setSpeed(50);
    await session.play();

    expect(session.status).toBe('done');
    expect(session.rows.map((row) => row.completionTokens)).toEqual([337, 503, 1102, 1173]);
    expect(session.lanes.flatMap((lane) => lane.calls.map((call) => call.state)).every((s) => s === 'done')).toBe(true);
    expect(session.lanes[0]!.calls[0]!.tokens).toBe(337);
    // Every chosen answer was compiled and tested by the judge in its worker.
    const verdicts = session.lastRun!.results.map((r) => {
      const v = r.selection.verdict!;
      return v.kind === 'compile_error' ? `${v.kind} ${v.diagnostics[0]!.code}` : v.kind;
    });
    expect(verdicts).toEqual(['wrong_answer', 'compile_error E0432', 'compile_error E0308', 'no_code']);
    expect(await runs.latest()).toEqual(session.lastRun);
    db.close();

    const again = await sessionWith(name);
    await again.session.restore();
    expect(again.session.status).toBe('done');
    expect(again.session.lastRun).toEqual(session.lastRun);
    expect(again.session.speed).toBe(50);
    expect(again.session.lanes[0]!.calls[0]!.text).toBe(originalExperiment.runs[0]!.calls[0]!.text);
    again.db.close();
  });

  it('cancels: status "cancelled", nothing stored, the interrupted call marked', async () => {
    const { session, runs, db } = await freshSession();
    await session.setSpeed(1);
    const playing = session.play();
    await waitUntil(() => (session.lanes[0]?.calls[0]?.tokens ?? 0) > 0);
    session.cancel();
    await playing;

    expect(session.status).toBe('cancelled');
    expect(session.lastRun).toBeNull();
    expect(session.lanes[0]!.calls[0]!.state).toBe('cancelled');
    expect(session.lanes[1]!.calls[0]!.state).toBe('waiting');
    expect(await runs.list()).toEqual([]);
    db.close();
  });

  it('the newest replay wins: starting again abandons the one in progress', async () => {
    const { session, runs, db } = await freshSession();
    await session.setSpeed(1);
    const first = session.play();
    await waitUntil(() => (session.lanes[0]?.calls[0]?.tokens ?? 0) > 0);
    await session.setSpeed(50);
    const second = session.play();
    await Promise.all([first, second]);

    expect(session.status).toBe('done');
    const stored = await runs.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.ok && stored[0]!.run.model).toMatchObject({ speed: 50 });
    db.close();
  });

  it('shows the replay even when saving it fails, and says it was not saved', async () => {
    const { session, runs, db } = await freshSession();
    runs.save = () => Promise.reject(asStoreError(new DOMException('full', 'QuotaExceededError'), 'the replay'));
    await session.setSpeed(50);
    await session.play();
    expect(session.status).toBe('done');
    expect(session.rows).toHaveLength(4);
    expect(session.storageProblem).toMatch(/storage for Strategy Lab is full, so the replay was not saved/);
    db.close();
  });

  it('reports a failure in words', async () => {
    const { session, db } = await freshSession({ ...originalExperiment, id: 'not-in-the-library' });
    await session.play();
    expect(session.status).toBe('failed');
    expect(session.error).toMatch(/no recording “not-in-the-library”/);
    db.close();
  });
});
