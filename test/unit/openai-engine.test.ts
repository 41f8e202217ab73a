import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadProgress } from '../../src/engine/engine';
import { OpenAiCompatibleEngine } from '../../src/engine/openai/openai-engine';
import { SERVER_PRESETS } from '../../src/engine/openai/presets';
import { waitUntil } from '../fixtures/wait';
import { FakeOpenAiServer, readTranscript, loadedEngine, modelRef, request, SERVERS, streamFacts, tokenLog } from '../helpers/fake-openai-server';

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await FakeOpenAiServer.start();
});
afterEach(async () => {
  await server.close();
});

describe('OpenAiCompatibleEngine against recorded servers', () => {
  for (const { name, dir, model } of SERVERS) {
    it(`${name}: streams the reply and returns its text, usage, finish reason and what was sent`, async () => {
      server.on('GET', '/models', `${dir}/models.http`).on('POST', '/chat/completions', `${dir}/chat-stream.http`);
      const facts = streamFacts(`${dir}/chat-stream.http`);
      const engine = await loadedEngine(server, model);
      const log = tokenLog();
      const asked = request();

      const generation = await engine.generate(asked, log.onToken);

      expect(generation.text).toBe(facts.text);
      expect(log.text()).toBe(facts.text);
      expect(log.deltas.filter((d) => d.text !== '').map((d) => d.text)).toEqual(facts.contents);
      expect(generation.usage).toEqual({ promptTokens: facts.usage!.prompt_tokens, completionTokens: facts.usage!.completion_tokens });
      expect(log.tokens()).toBe(generation.usage.completionTokens);
      expect(generation.finishReason).toBe(facts.finishReason);
      expect(generation.textCoverage).toBe('full');
      expect(generation.sent).toEqual({ temperature: asked.temperature, top_p: asked.top_p, max_tokens: asked.max_tokens, seed: asked.seed });
      expect(generation.timings.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
      expect(generation.timings.totalMs).toBeGreaterThanOrEqual(generation.timings.timeToFirstTokenMs!);

      const [received] = server.received('POST', '/chat/completions');
      expect(received!.headers['content-type']).toBe('application/json');
      expect(received!.json).toEqual({
        model,
        messages: asked.messages,
        stream: true,
        stream_options: { include_usage: true },
        temperature: asked.temperature,
        top_p: asked.top_p,
        max_tokens: asked.max_tokens,
        seed: asked.seed,
        stop: asked.stop,
      });
    });
  }

  it('llama-server: takes prefill and decode speeds from its own timings', async () => {
    server.on('GET', '/models', 'llama-server/models.http').on('POST', '/chat/completions', 'llama-server/chat-stream.http');
    const { timings } = streamFacts('llama-server/chat-stream.http');
    const engine = await loadedEngine(server, 'any-name-will-do');
    const generation = await engine.generate(request(), () => {});
    expect(generation.timings.prefillTokensPerSecond).toBe(timings!.prompt_per_second);
    expect(generation.timings.decodeTokensPerSecond).toBe(timings!.predicted_per_second);
  });

  it('Ollama (no server timings): measures speeds on the wall clock — decode from first to last token, prefill from the time to first token', async () => {
    const delayMs = 12;
    server.on('GET', '/models', 'ollama/models.http').on('POST', '/chat/completions', { reply: 'ollama/chat-stream.http', delayMs });
    const facts = streamFacts('ollama/chat-stream.http');
    const engine = await loadedEngine(server, 'tinyllama');
    const log = tokenLog();
    const generation = await engine.generate(request(), log.onToken);

    const { timeToFirstTokenMs, prefillTokensPerSecond, decodeTokensPerSecond } = generation.timings;
    // Every event (the first too) came at least delayMs after the one before.
    expect(timeToFirstTokenMs).toBeGreaterThanOrEqual(delayMs - 1);
    expect(prefillTokensPerSecond).toBeCloseTo((facts.usage!.prompt_tokens * 1000) / timeToFirstTokenMs!, 6);
    const first = log.deltas[0]!.at;
    const last = log.deltas.filter((d) => d.text !== '').at(-1)!.at;
    const observed = ((facts.usage!.completion_tokens - 1) * 1000) / (last - first);
    expect(decodeTokensPerSecond! / observed).toBeGreaterThan(0.95);
    expect(decodeTokensPerSecond! / observed).toBeLessThan(1.05);
    expect(decodeTokensPerSecond!).toBeLessThan((1000 / delayMs) * 1.15);
  });

  it('without a usage chunk (Ollama before stream_options): counts the chunks and leaves the prompt size unknown', async () => {
    server.on('GET', '/models', 'ollama/models.http').on('POST', '/chat/completions', 'ollama/chat-stream-no-usage.http');
    const facts = streamFacts('ollama/chat-stream-no-usage.http');
    expect(facts.usage).toBeNull();
    const engine = await loadedEngine(server, 'tinyllama');
    const generation = await engine.generate(request(), () => {});
    expect(generation.usage).toEqual({ promptTokens: null, completionTokens: facts.contents.length });
    expect(generation.timings.prefillTokensPerSecond).toBeNull();
    expect(generation.text).toBe(facts.text);
  });

  it('reports "length" when the reply hit max_tokens', async () => {
    server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', 'vllm/chat-stream-length.http');
    const facts = streamFacts('vllm/chat-stream-length.http');
    const engine = await loadedEngine(server, 'deepseek-ai/deepseek-coder-6.7b-instruct');
    const generation = await engine.generate(request({ max_tokens: facts.usage!.completion_tokens }), () => {});
    expect(facts.finishReason).toBe('length');
    expect(generation.finishReason).toBe('length');
    expect(generation.usage.completionTokens).toBe(facts.usage!.completion_tokens);
  });

  for (const { name, dir, model } of SERVERS) {
    it(`${name}: reads the same reply when it arrives in odd byte pieces with CRLF line ends`, async () => {
      const reply = `${dir}/chat-stream.http`;
      server.on('GET', '/models', `${dir}/models.http`).on('POST', '/chat/completions', { reply, pieces: [1, 3, 7, 2, 11, 5, 64], crlf: true });
      const facts = streamFacts(reply);
      const engine = await loadedEngine(server, model);
      const generation = await engine.generate(request(), () => {});
      expect(generation.text).toBe(facts.text);
      expect(generation.usage.completionTokens).toBe(facts.usage!.completion_tokens);
      expect(generation.finishReason).toBe(facts.finishReason);
    });
  }

  it('a stream that ends after the finish reason but without [DONE] still counts as complete', async () => {
    const reply = 'vllm/chat-stream.http';
    const events = readTranscript(reply).body.split('\n\n').filter((e) => e !== '');
    server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', { reply, endAfterPieces: events.length - 1 });
    const engine = await loadedEngine(server, 'deepseek-ai/deepseek-coder-6.7b-instruct');
    const generation = await engine.generate(request(), () => {});
    expect(generation.text).toBe(streamFacts(reply).text);
    expect(generation.finishReason).toBe('stop');
  });
});

describe('OpenAiCompatibleEngine: loading', () => {
  it('asks GET /models, reports progress and accepts Ollama’s ":latest" for a bare name', async () => {
    server.on('GET', '/models', 'ollama/models.http');
    const engine = new OpenAiCompatibleEngine({ pageOrigin: null });
    const progress: LoadProgress[] = [];
    await engine.load(modelRef(server, 'phi3'), (p) => progress.push(p));
    expect(server.received('GET', '/models')).toHaveLength(1);
    expect(progress.map((p) => p.phase)).toEqual(['loading', 'ready']);
    expect(progress.at(-1)!.fraction).toBe(1);
  });

  it('tolerates a base URL with a trailing slash', async () => {
    server.on('GET', '/models', 'ollama/models.http');
    const engine = new OpenAiCompatibleEngine({ pageOrigin: null });
    await engine.load({ ...modelRef(server, 'codellama:7b'), baseUrl: `${server.baseUrl}/` }, () => {});
    expect(server.received('GET', '/models')).toHaveLength(1);
  });
});

describe('server presets', () => {
  it('Ollama’s suggested models load against Ollama’s model list as typed (with or without a tag)', async () => {
    server.on('GET', '/models', 'ollama/models.http');
    const ollama = SERVER_PRESETS.find((p) => p.id === 'ollama')!;
    for (const model of ollama.exampleModels) {
      await new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, model), () => {});
    }
    expect(server.received('GET', '/models')).toHaveLength(ollama.exampleModels.length);
  });

  it('each preset is a /v1 address on its server’s default port, and its start command lets the page’s origin in', () => {
    expect(SERVER_PRESETS.map((p) => [p.id, new URL(p.baseUrl).port, new URL(p.baseUrl).pathname])).toEqual([
      ['ollama', '11434', '/v1'],
      ['llama-server', '8080', '/v1'],
      ['vllm', '8000', '/v1'],
    ]);
    const origin = 'https://lab.example.org';
    expect(SERVER_PRESETS[0]!.startCommand(origin)).toContain(`OLLAMA_ORIGINS=${origin}`);
    expect(SERVER_PRESETS[2]!.startCommand(origin)).toContain(`--allowed-origins '["${origin}"]'`);
  });
});

describe('OpenAiCompatibleEngine: the API key', () => {
  it('is sent as a Bearer token on every request when set', async () => {
    server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', 'vllm/chat-stream.http');
    const engine = await loadedEngine(server, 'deepseek-ai/deepseek-coder-6.7b-instruct', { apiKey: 'sk-local-7f3a' });
    await engine.generate(request(), () => {});
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer sk-local-7f3a', 'Bearer sk-local-7f3a']);
  });

  for (const apiKey of [undefined, null, '', '   ']) {
    it(`is not sent when it is ${JSON.stringify(apiKey)}`, async () => {
      server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', 'vllm/chat-stream.http');
      const engine = await loadedEngine(server, 'deepseek-ai/deepseek-coder-6.7b-instruct', { apiKey });
      await engine.generate(request(), () => {});
      expect(server.requests).toHaveLength(2);
      expect(server.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
    });
  }
});

describe('OpenAiCompatibleEngine: cancelling', () => {
  it('aborting mid-stream resolves with the partial reply ("abort"), closes the connection, and the next request works', async () => {
    const reply = 'vllm/chat-stream.http';
    const facts = streamFacts(reply);
    const sentPieces = 6; // the role chunk and five content chunks, then the server stalls
    server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', { reply, hangAfterPieces: sentPieces });
    const engine = await loadedEngine(server, 'deepseek-ai/deepseek-coder-6.7b-instruct');
    const controller = new AbortController();
    const log = tokenLog();

    const pending = engine.generate(request(), log.onToken, controller.signal);
    await waitUntil(() => log.deltas.length === sentPieces - 1);
    controller.abort();
    const partial = await pending;

    const expectedText = facts.contents.slice(0, sentPieces - 1).join('');
    expect(partial.text).toBe(expectedText);
    expect(partial.finishReason).toBe('abort');
    expect(partial.usage).toEqual({ promptTokens: null, completionTokens: sentPieces - 1 });
    await waitUntil(() => server.received('POST', '/chat/completions')[0]!.closedEarly);

    server.on('POST', '/chat/completions', reply);
    const next = await engine.generate(request(), () => {});
    expect(next.text).toBe(facts.text);
    expect(next.finishReason).toBe('stop');
  });

  it('stopping at [DONE] closes the connection even when the server would keep it open', async () => {
    const reply = 'ollama/chat-stream.http';
    const events = readTranscript(reply).body.split('\n\n').filter((e) => e !== '');
    server.on('GET', '/models', 'ollama/models.http').on('POST', '/chat/completions', { reply, hangAfterPieces: events.length });
    const engine = await loadedEngine(server, 'tinyllama');
    const generation = await engine.generate(request(), () => {});
    expect(generation.finishReason).toBe('stop');
    await waitUntil(() => server.received('POST', '/chat/completions')[0]!.closedEarly);
  });

  it('a bad chunk closes the connection too', async () => {
    const body = 'data: {"choices":[{"index":0,"delta":{"content":"fn"}}]}\n\ndata: not json\n\n';
    server.on('GET', '/models', 'ollama/models.http');
    server.on('POST', '/chat/completions', { reply: { status: 200, headers: { 'Content-Type': 'text/event-stream' }, body }, hangAfterPieces: 2 });
    const engine = await loadedEngine(server, 'tinyllama');
    await expect(engine.generate(request(), () => {})).rejects.toMatchObject({ kind: 'server-error' });
    await waitUntil(() => server.received('POST', '/chat/completions')[0]!.closedEarly);
  });

  it('a signal aborted before the call sends nothing and returns an empty "abort" generation', async () => {
    server.on('GET', '/models', 'ollama/models.http').on('POST', '/chat/completions', 'ollama/chat-stream.http');
    const engine = await loadedEngine(server, 'tinyllama');
    const generation = await engine.generate(request(), () => {}, AbortSignal.abort());
    expect(generation).toMatchObject({ text: '', finishReason: 'abort', usage: { promptTokens: null, completionTokens: 0 } });
    expect(server.received('POST', '/chat/completions')).toHaveLength(0);
  });

  it('aborting a load that waits on the server rejects with "aborted"', async () => {
    server.on('GET', '/models', { reply: 'ollama/models.http', hangAfterPieces: 0 });
    const engine = new OpenAiCompatibleEngine({ pageOrigin: null });
    const controller = new AbortController();
    const pending = engine.load(modelRef(server, 'tinyllama'), () => {}, controller.signal);
    await waitUntil(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'EngineError', kind: 'aborted' });
    await expect(engine.generate(request(), () => {})).rejects.toMatchObject({ kind: 'not-loaded' });
  });
});
