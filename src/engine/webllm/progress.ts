import type { InitProgressReport } from '@mlc-ai/web-llm';
import type { LoadPhase, LoadProgress } from '../engine';

/*
 * web-llm reports loading as {progress, timeElapsed, text}; `progress` restarts at 0 in each
 * phase, so the phase has to be read from the text. The texts, from web-llm 0.2.86's bundled
 * tvmjs runtime and engine:
 *   "Start to fetch params"
 *   "Fetching param cache[3/22]: 95MB fetched. 13% completed, 4 secs elapsed. It can take a while…"
 *   "Loading model from cache[5/22]: 150MB loaded. 22% completed, 6 secs elapsed."
 *   "Loading GPU shader modules[40/98]: 40% completed, 12 secs elapsed."
 *   "Finish loading on WebGPU - google"
 * MB there is MiB, rounded up.
 */

const PHASES: readonly { prefix: string; phase: LoadPhase }[] = [
  { prefix: 'Start to fetch params', phase: 'fetching' },
  { prefix: 'Fetching param cache[', phase: 'fetching' },
  { prefix: 'Loading model from cache[', phase: 'loading' },
  { prefix: 'Loading GPU shader modules[', phase: 'compiling' },
  { prefix: 'Finish loading on', phase: 'ready' },
];

const MIB = 1024 * 1024;

/** Translates one web-llm progress report into the app's LoadProgress. */
export function toLoadProgress(report: InitProgressReport): LoadProgress {
  const text = report.text.trim();
  // Unknown texts come before the first known one (config and library downloads): "fetching".
  const phase = PHASES.find((p) => text.startsWith(p.prefix))?.phase ?? 'fetching';
  const fraction = phase === 'ready' ? 1 : clamp01(report.progress);
  const mb = /(\d+(?:\.\d+)?)MB (?:fetched|loaded)/.exec(text);
  const loadedBytes = mb ? Number(mb[1]) * MIB : null;
  // progress is web-llm's exact byte ratio, so it yields the total the text leaves out.
  const totalBytes = loadedBytes !== null && fraction > 0 ? Math.round(loadedBytes / fraction) : null;
  return { phase, fraction, loadedBytes, totalBytes, text };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
