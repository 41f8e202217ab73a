import {
  prebuiltAppConfig,
  type ChatCompletionChunk,
  type ChatCompletionRequestStreaming,
  type CompletionUsage,
  type InitProgressCallback,
} from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import type { Generation, GenerationRequest, TokenDelta } from '../../src/core/generation';
import type { LoadProgress } from '../../src/engine/engine';
import { engineErrorKind } from '../../src/engine/engine-error';
import type { GpuAdapterFacts, GpuDescription } from '../../src/engine/webllm/webgpu-capability';
import { WebLlmEngine, type MlcEngineLike } from '../../src/engine/webllm/webllm-engine';

const TINY = 'TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC';
const MIB = 1024 * 1024;

const adapter = (features: string[]): GpuAdapterFacts => ({
  vendor: 'google',
  architecture: 'swiftshader',
  description: '',
  isFallbackAdapter: true,
  features,
  limits: { maxBufferSize: 2 ** 30, maxStorageBufferBindingSize: 2 ** 29, maxComputeWorkgroupStorageSize: 32768, maxStorageBuffersPerShaderStage: 10 },
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Reply {
  pieces: string[];
  usage?: Partial<CompletionUsage['extra']> & { prompt_tokens?: number; completion_tokens?: number };
  error?: unknown;
}

/**
 * A scripted MLCEngine with web-llm's observable behaviour: reload reports progress through the
 * callback and can be held open; unload aborts a held reload, which then resolves quietly (as
 * web-llm's does on AbortError); a stream clears the interrupt flag when it starts, checks it
 * before each token and ends with a finish chunk and a usage chunk.
 */
class ScriptedMlc implements MlcEngineLike {
  readonly calls: string[] = [];
  readonly requests: ChatCompletionRequestStreaming[] = [];
  progress: InitProgressCallback | undefined;
  replies: Reply[] = [];
  reloadError: unknown = null;
  holdReload = false;
  #releaseReload: (() => void) | null = null;
  #interrupted = false;
  #streaming = false;

  readonly chat = {
    completions: {
      create: async (request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>> => {
        this.requests.push(request);
        this.calls.push('create');
        const reply = this.replies.shift() ?? { pieces: ['ok'] };
        if (reply.error) throw reply.error;
        return this.#stream(reply);
      },
    },
  };

  setInitProgressCallback(callback: InitProgressCallback): void {
    this.progress = callback;
  }

  async reload(modelId: string | string[]): Promise<void> {
    this.calls.push(`reload ${String(modelId)}`);
    this.progress?.({ progress: 0, timeElapsed: 0, text: 'Start to fetch params' });
    this.progress?.({ progress: 0.5, timeElapsed: 1, text: 'Fetching param cache[1/2]: 300MB fetched. 50% completed, 1 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.' });
    if (this.holdReload) {
      await new Promise<void>((resolve) => (this.#releaseReload = resolve));
      // Still reporting after being aborted, as a real download's last callback can.
      this.progress?.({ progress: 1, timeElapsed: 2, text: 'Fetching param cache[2/2]: 600MB fetched. 100% completed, 2 secs elapsed.' });
      return;
    }
    if (this.reloadError) throw this.reloadError;
    this.progress?.({ progress: 1, timeElapsed: 2, text: 'Loading model from cache[2/2]: 600MB loaded. 100% completed, 2 secs elapsed.' });
    this.progress?.({ progress: 1, timeElapsed: 3, text: 'Loading GPU shader modules[98/98]: 100% completed, 3 secs elapsed.' });
    this.progress?.({ progress: 1, timeElapsed: 3, text: 'Finish loading on WebGPU - google' });
  }

  async unload(): Promise<void> {
    this.calls.push('unload');
    this.#releaseReload?.();
    this.#releaseReload = null;
  }

  async interruptGenerate(): Promise<void> {
    this.calls.push('interrupt');
    this.#interrupted = true;
  }

  async *#stream(reply: Reply): AsyncGenerator<ChatCompletionChunk> {
    if (this.#streaming) throw new Error('two streams at once');
    this.#streaming = true;
    this.#interrupted = false;
    const chunk = (choices: ChatCompletionChunk['choices'], usage?: CompletionUsage): ChatCompletionChunk => ({
      id: 'x', created: 0, model: TINY, object: 'chat.completion.chunk', choices, ...(usage ? { usage } : {}),
    });
    try {
      let emitted = 0;
      let finish: 'stop' | 'abort' = 'stop';
      for (const piece of reply.pieces) {
        await tick();
        if (this.#interrupted) {
          finish = 'abort';
          break;
        }
        emitted += 1;
        yield chunk([{ index: 0, finish_reason: null, delta: { role: 'assistant', content: piece } }]);
      }
      yield chunk([{ index: 0, finish_reason: finish, delta: {} }]);
      const { prompt_tokens = 12, completion_tokens = emitted, ...extra } = reply.usage ?? {};
      yield chunk([], {
        prompt_tokens,
        completion_tokens,
        total_tokens: prompt_tokens + completion_tokens,
        extra: { e2e_latency_s: 2, prefill_tokens_per_s: 60, decode_tokens_per_s: 25, time_to_first_token_s: 0.2, time_per_output_token_s: 0.04, ...extra },
      });
    } finally {
      this.#streaming = false;
    }
  }
}

function setup(gpu: GpuDescription = { kind: 'adapter', adapter: adapter([]) }) {
  const mlc = new ScriptedMlc();
  let runtimeLoads = 0;
  let clock = 0;
  const engine = new WebLlmEngine({
    loadRuntime: async () => {
      runtimeLoads += 1;
      return { appConfig: prebuiltAppConfig, createEngine: () => mlc };
    },
    probeGpu: async () => gpu,
    now: () => (clock += 10),
  });
  return { engine, mlc, runtimeLoads: () => runtimeLoads };
}

const request = (overrides: Partial<GenerationRequest> = {}): GenerationRequest => ({
  messages: [
    { role: 'system', content: 'You write Rust.' },
    { role: 'user', content: 'Write is_prime.' },
  ],
  temperature: 0.7,
  top_p: 0.9,
  max_tokens: 256,
  seed: 42,
  stop: ['</s>'],
  ...overrides,
});

async function kindOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return engineErrorKind(error);
  }
}

async function loaded(gpu?: GpuDescription, modelId = TINY) {
  const context = setup(gpu);
  const progress: LoadProgress[] = [];
  await context.engine.load({ engine: 'webllm', modelId }, (p) => progress.push(p));
  return { ...context, progress };
}

describe('WebLlmEngine: loading', () => {
  it('maps web-llm’s reports to phases with byte counts, ending ready', async () => {
    const { progress, mlc } = await loaded();
    expect(mlc.calls).toEqual([`reload ${TINY}`]);
    expect(progress.map((p) => p.phase)).toEqual(['fetching', 'fetching', 'loading', 'compiling', 'ready']);
    expect(progress[1]).toMatchObject({ fraction: 0.5, loadedBytes: 300 * MIB, totalBytes: 600 * MIB });
    expect(progress[2]).toMatchObject({ loadedBytes: 600 * MIB, fraction: 1 });
  });

  it('without a WebGPU adapter rejects with "no-webgpu" before loading web-llm or downloading anything', async () => {
    const { engine, mlc, runtimeLoads } = setup({ kind: 'no-adapter', error: null });
    const failure = engine.load({ engine: 'webllm', modelId: TINY }, () => {});
    await expect(failure).rejects.toThrow(/Chrome and Edge 113\+.*wllama/s);
    expect(await kindOf(failure)).toBe('no-webgpu');
    expect(runtimeLoads()).toBe(0);
    expect(mlc.calls).toEqual([]);
    const capabilities = await engine.capabilities();
    expect(capabilities).toMatchObject({ engine: 'webllm', available: false });
    expect(runtimeLoads()).toBe(0);
  });

  it('refuses an f16 variant on a GPU without shader-f16, naming the q4f32_1 one, before any download', async () => {
    const { engine, mlc } = setup();
    const failure = engine.load({ engine: 'webllm', modelId: 'Phi-3-mini-4k-instruct-q4f16_1-MLC' }, () => {});
    expect(await kindOf(failure)).toBe('no-shader-f16');
    await expect(failure).rejects.toThrow(/Phi-3-mini-4k-instruct-q4f32_1-MLC/);
    expect(mlc.calls).toEqual([]);
  });

  it('rejects an unknown model id and a model of another engine', async () => {
    const { engine, mlc } = setup();
    expect(await kindOf(engine.load({ engine: 'webllm', modelId: 'CodeLlama-7b-q4f16_1-MLC' }, () => {}))).toBe('unknown-model');
    expect(await kindOf(engine.load({ engine: 'wllama', source: 'x.gguf', label: 'x' }, () => {}))).toBe('unsupported-model');
    expect(mlc.calls).toEqual([]);
  });

  it('maps load failures: device lost → "device-lost" suggesting the -1k variant; quota; network', async () => {
    const cases: [unknown, string, RegExp][] = [
      [Object.assign(new Error('The WebGPU device was lost while loading the model.'), { name: 'DeviceLostError' }), 'device-lost', /TinyLlama-1\.1B-Chat-v1\.0-q4f32_1-MLC-1k/],
      [new DOMException('Quota exceeded.', 'QuotaExceededError'), 'storage-quota', /storage quota/],
      [new TypeError('Failed to fetch'), 'network', /Downloading TinyLlama.*Failed to fetch/],
      [new Error('something unforeseen'), 'load-failed', /something unforeseen/],
    ];
    for (const [thrown, kind, message] of cases) {
      const { engine, mlc } = setup();
      mlc.reloadError = thrown;
      const failure = engine.load({ engine: 'webllm', modelId: TINY }, () => {});
      expect(await kindOf(failure)).toBe(kind);
      await expect(failure).rejects.toThrow(message);
      // The half-loaded model is released; generating afterwards says nothing is loaded.
      expect(mlc.calls.at(-1)).toBe('unload');
      expect(await kindOf(engine.generate(request(), () => {}))).toBe('not-loaded');
    }
  });

  it('cancelling a load unloads (aborting the downloads), rejects with "aborted", drops late progress, and the next load works', async () => {
    const { engine, mlc } = setup();
    mlc.holdReload = true;
    const controller = new AbortController();
    const progress: LoadProgress[] = [];
    const first = engine.load({ engine: 'webllm', modelId: TINY }, (p) => {
      progress.push(p);
      if (p.loadedBytes === 300 * MIB) controller.abort();
    }, controller.signal);
    expect(await kindOf(first)).toBe('aborted');
    expect(mlc.calls.slice(0, 2)).toEqual([`reload ${TINY}`, 'unload']);
    expect(progress).toHaveLength(2);

    mlc.holdReload = false;
    const next: LoadProgress[] = [];
    await engine.load({ engine: 'webllm', modelId: TINY }, (p) => next.push(p));
    expect(progress).toHaveLength(2);
    expect(next.at(-1)?.phase).toBe('ready');
    // Cleanup (a second unload once the cancelled reload settled) finished before the new reload.
    expect(mlc.calls).toEqual([`reload ${TINY}`, 'unload', 'unload', `reload ${TINY}`]);
    expect((await engine.generate(request(), () => {})).text).toBe('ok');
  });

  it('a second load supersedes one still running, which rejects with "aborted"', async () => {
    const { engine, mlc } = setup();
    mlc.holdReload = true;
    const first = engine.load({ engine: 'webllm', modelId: TINY }, () => {});
    await tick();
    mlc.holdReload = false;
    const second = engine.load({ engine: 'webllm', modelId: 'SmolLM2-360M-Instruct-q4f32_1-MLC' }, () => {});
    expect(await kindOf(first)).toBe('aborted');
    await second;
    expect(mlc.calls.filter((c) => c.startsWith('reload'))).toEqual([`reload ${TINY}`, 'reload SmolLM2-360M-Instruct-q4f32_1-MLC']);
  });
});

describe('WebLlmEngine: generating', () => {
  it('streams the reply and sends every sampling parameter, with usage included', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['fn ', 'is_prime', '()'] });
    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(request(), (d) => deltas.push(d));
    expect(deltas).toEqual([{ text: 'fn ', tokens: 1 }, { text: 'is_prime', tokens: 1 }, { text: '()', tokens: 1 }]);
    expect(generation).toMatchObject({ text: 'fn is_prime()', textCoverage: 'full', finishReason: 'stop' });
    expect(mlc.requests[0]).toEqual({
      messages: [
        { role: 'system', content: 'You write Rust.' },
        { role: 'user', content: 'Write is_prime.' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.7,
      top_p: 0.9,
      max_tokens: 256,
      seed: 42,
      stop: ['</s>'],
    });
    expect(generation.sent).toEqual({ temperature: 0.7, top_p: 0.9, max_tokens: 256, seed: 42 });
  });

  it('takes usage and timings from web-llm’s usage chunk', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['a', 'b'], usage: { prompt_tokens: 30, completion_tokens: 5, time_to_first_token_s: 0.25, prefill_tokens_per_s: 120, decode_tokens_per_s: 31.5, e2e_latency_s: 1.5 } });
    const deltas: TokenDelta[] = [];
    const generation = await engine.generate(request(), (d) => deltas.push(d));
    expect(generation.usage).toEqual({ promptTokens: 30, completionTokens: 5 });
    expect(generation.timings).toEqual({ timeToFirstTokenMs: 250, prefillTokensPerSecond: 120, decodeTokensPerSecond: 31.5, totalMs: 1500 });
    // Streamed tokens add up to the usage: the ones no chunk carried come last, without text.
    expect(deltas.reduce((sum, d) => sum + d.tokens, 0)).toBe(5);
    expect(deltas.at(-1)).toEqual({ text: '', tokens: 3 });
  });

  it('reports a rate web-llm divided by zero as unknown, and measures what it does not report', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['a'], usage: { prefill_tokens_per_s: Number.NaN, decode_tokens_per_s: Number.POSITIVE_INFINITY, time_to_first_token_s: 0, e2e_latency_s: 0 } });
    const { timings } = await engine.generate(request(), () => {});
    expect(timings.prefillTokensPerSecond).toBeNull();
    expect(timings.decodeTokensPerSecond).toBeNull();
    // Measured with the injected clock (10 ms per reading).
    expect(timings.timeToFirstTokenMs).toBe(10);
    expect(timings.totalMs).toBeGreaterThan(0);
  });

  it('sends an integer seed and no stop list when there is none', async () => {
    const { engine, mlc } = await loaded();
    const generation = await engine.generate(request({ seed: 7.9, stop: [] }), () => {});
    expect(mlc.requests[0]).toMatchObject({ seed: 7, stop: null });
    expect(generation.sent.seed).toBe(7);
  });

  it('cancelling mid-stream interrupts web-llm and resolves with the partial reply; the next request works', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['one ', 'two ', 'three ', 'four ', 'five'] }, { pieces: ['again'] });
    const controller = new AbortController();
    const deltas: TokenDelta[] = [];
    const partial = await engine.generate(request(), (d) => {
      deltas.push(d);
      if (deltas.length === 2) controller.abort();
    }, controller.signal);
    expect(mlc.calls).toContain('interrupt');
    expect(partial).toMatchObject({ text: 'one two ', finishReason: 'abort', usage: { completionTokens: 2 } });
    const next = await engine.generate(request(), () => {});
    expect(next).toMatchObject({ text: 'again', finishReason: 'stop' });
  });

  it('repeats the interrupt when it came before web-llm started the request (which clears the flag)', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['a', 'b', 'c', 'd'] });
    const controller = new AbortController();
    const generating = engine.generate(request(), () => {}, controller.signal);
    // Abort once the request was sent but before the stream's first step ran.
    while (mlc.requests.length === 0) await Promise.resolve();
    controller.abort();
    const generation = await generating;
    expect(generation.finishReason).toBe('abort');
    expect(generation.text.length).toBeLessThan('abcd'.length);
  });

  it('an already-aborted request sends nothing and resolves empty with finish reason "abort"', async () => {
    const { engine, mlc } = await loaded();
    const generation = await engine.generate(request(), () => {}, AbortSignal.abort());
    expect(generation).toMatchObject({ text: '', finishReason: 'abort', usage: { completionTokens: 0 } });
    expect(mlc.requests).toHaveLength(0);
  });

  it('runs requests one at a time; cancelling one leaves the next untouched', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['1', '2', '3'] }, { pieces: ['x', 'y'] });
    const controller = new AbortController();
    const first = engine.generate(request(), () => controller.abort(), controller.signal);
    const second = engine.generate(request(), () => {});
    const [a, b] = await Promise.all([first, second]);
    expect(a.finishReason).toBe('abort');
    expect(b).toMatchObject({ text: 'xy', finishReason: 'stop' });
  });

  it('maps generation errors: context window, device lost (model then unloaded), not loaded', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: [], error: Object.assign(new Error('Prompt tokens exceed context window size: 3000; 2048'), { name: 'ContextWindowSizeExceededError' }) });
    expect(await kindOf(engine.generate(request(), () => {}))).toBe('context-window');
    mlc.replies.push({ pieces: [], error: 'DeviceLostError: The WebGPU device was lost.' });
    const lost = engine.generate(request(), () => {});
    expect(await kindOf(lost)).toBe('device-lost');
    await expect(lost).rejects.toThrow(/-1k/);
    expect(await kindOf(engine.generate(request(), () => {}))).toBe('not-loaded');
  });

  it('unload ends a running generation first, then releases the model', async () => {
    const { engine, mlc } = await loaded();
    mlc.replies.push({ pieces: ['a', 'b', 'c', 'd', 'e', 'f'] });
    let generating: Promise<Generation> | null = null;
    const unloaded = new Promise<void>((resolve) => {
      generating = engine.generate(request(), (d) => {
        if (d.text === 'a') void engine.unload().then(resolve);
      });
    });
    await unloaded;
    expect((await generating!)).toMatchObject({ text: 'a', finishReason: 'abort' });
    expect(mlc.calls.slice(-2)).toEqual(['interrupt', 'unload']);
    expect(mlc.calls.at(-1)).toBe('unload');
    expect(await kindOf(engine.generate(request(), () => {}))).toBe('not-loaded');
  });
});
