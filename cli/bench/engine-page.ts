// The page half of `npm run bench:engine`: the same generations through a bare wllama instance and
// through the app's worker + Engine path, alternated, timed where the caller sees the tokens.
import { Wllama } from '@wllama/wllama';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import type { GenerationRequest } from '../../src/core/generation';
import { createWllamaEngine } from '../../src/engine/wllama/create-wllama-engine';

export interface RoundResult {
  path: 'bare' | 'engine';
  tokens: number;
  /** Decode rate the caller observes: tokens after the first over the time between first and last. */
  observedDecodePerSecond: number;
  /** llama.cpp's own decode rate for the same call. */
  reportedDecodePerSecond: number | null;
}

const quiet = { debug: () => {}, log: () => {}, warn: () => {}, error: () => {} };

function request(seed: number, maxTokens: number): GenerationRequest {
  return {
    messages: [{ role: 'user', content: 'Write a Rust function that checks whether a number is prime.' }],
    temperature: 0.8,
    top_p: 0.95,
    max_tokens: maxTokens,
    seed,
    stop: [],
  };
}

function observed(stamps: number[]): number {
  return stamps.length < 2 ? 0 : ((stamps.length - 1) * 1000) / (stamps.at(-1)! - stamps[0]!);
}

async function run(modelUrl: string, rounds: number, maxTokens: number): Promise<RoundResult[]> {
  const blob = await (await fetch(modelUrl)).blob();
  const bare = new Wllama({ default: wasmUrl }, { suppressNativeLog: true, logger: quiet });
  await bare.loadModel([blob], { n_ctx: 2048 });
  const engine = createWllamaEngine();
  await engine.load({ engine: 'wllama', source: URL.createObjectURL(blob), label: 'benchmark model' }, () => {});

  const results: RoundResult[] = [];
  const viaBare = async (seed: number) => {
    const stamps: number[] = [];
    let reported: number | null = null;
    const r = request(seed, maxTokens);
    await bare.createChatCompletion({
      ...r,
      stream: true,
      onData: (chunk) => {
        if (chunk.choices[0]?.delta.content) stamps.push(performance.now());
        reported = chunk.timings?.predicted_per_second ?? reported;
      },
    });
    results.push({ path: 'bare', tokens: stamps.length, observedDecodePerSecond: observed(stamps), reportedDecodePerSecond: reported });
  };
  const viaEngine = async (seed: number) => {
    const stamps: number[] = [];
    const generation = await engine.generate(request(seed, maxTokens), () => stamps.push(performance.now()));
    results.push({ path: 'engine', tokens: stamps.length, observedDecodePerSecond: observed(stamps), reportedDecodePerSecond: generation.timings.decodeTokensPerSecond });
  };
  await viaBare(0); // warm-up for both paths, not counted
  await viaEngine(0);
  results.length = 0;
  for (let i = 1; i <= rounds; i++) {
    // Alternate which goes first, so drift in machine load falls on both paths alike.
    if (i % 2) await viaBare(i).then(() => viaEngine(i));
    else await viaEngine(i).then(() => viaBare(i));
  }
  await bare.exit();
  await engine.unload();
  engine.dispose();
  return results;
}

(globalThis as { runEngineBench?: typeof run }).runEngineBench = run;
