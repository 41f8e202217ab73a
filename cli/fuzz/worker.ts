// The fuzzer's worker thread: judges one source at a time and reports the verdict kind, the
// unknown reason and the wall time, or the exception that escaped `judgeProgram`.
import { parentPort, workerData } from 'node:worker_threads';
import { judgeProgram } from '../../src/judge/rust-judge';
import { loadRustParser } from '../../src/judge/syntax/tree-sitter';
import { nodeParserAssets } from '../node-parser-assets';

export interface FuzzRequest {
  id: number;
  source: string;
}
export type FuzzReply =
  | { id: number; ok: true; kind: string; reason: string | null; ms: number }
  | { id: number; ok: false; error: string; stack: string; ms: number };

const { limits, warmup } = workerData as { limits: Parameters<typeof judgeProgram>[2]; warmup: string[] };
const parser = await loadRustParser(nodeParserAssets());
for (const source of warmup) judgeProgram(parser, source, limits);
const port = parentPort!;

port.on('message', ({ id, source }: FuzzRequest) => {
  const t0 = performance.now();
  let reply: FuzzReply;
  try {
    const verdict = judgeProgram(parser, source, limits);
    reply = { id, ok: true, kind: verdict.kind, reason: verdict.kind === 'unknown' ? verdict.reason : null, ms: performance.now() - t0 };
  } catch (error) {
    const ms = performance.now() - t0;
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, error: `${e.name}: ${e.message}`, stack: e.stack ?? '', ms };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
