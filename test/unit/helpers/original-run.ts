import type { ReplayModelRef } from '../../../src/core/model';
import type { Run } from '../../../src/core/run';
import { ReplayEngine } from '../../../src/engine/replay/replay-engine';
import { originalExperiment } from '../../../src/engine/replay/recordings/original-experiment';
import { replayRecording, type ReplayOptions } from '../../../src/engine/replay/replay-recording';
import { FakeClock } from './fake-clock';

/** The original experiment replayed on a fake clock: a real Run, produced in milliseconds. */
export async function replayOriginal(options: ReplayOptions = {}, clock = new FakeClock()): Promise<Run> {
  const engine = new ReplayEngine(clock);
  const model: ReplayModelRef = { engine: 'replay', recordingId: originalExperiment.id, speed: 1 };
  await engine.load(model, () => {});
  return replayRecording(originalExperiment, engine, model, {
    newId: () => 'run-1',
    now: () => new Date('2026-01-02T03:04:05.000Z'),
    ...options,
  });
}
