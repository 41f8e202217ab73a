import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenAiCompatibleEngine } from '../../src/engine/openai/openai-engine';
import { FakeOpenAiServer, readTranscript, type Transcript, listedIds, loadedEngine, modelRef, rejection, request, streamFacts, tokenLog } from '../helpers/fake-openai-server';

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await FakeOpenAiServer.start();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

/** The server's own words in a recorded error answer, whatever its shape. */
function serverMessage(name: string): string {
  const body = JSON.parse(readTranscript(name).body) as { error?: string | { message: string }; message?: string; detail?: string };
  return typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message ?? body.detail ?? '');
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Transcript {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

function sse(body: string): Transcript {
  return { status: 200, headers: { 'Content-Type': 'text/event-stream' }, body };
}

const VLLM_MODEL = 'deepseek-ai/deepseek-coder-6.7b-instruct';

/** Loads against vLLM's recorded model list, then answers chat with `reply`. */
async function chatFailure(reply: string | Transcript, options: { apiKey?: string } = {}) {
  server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', { reply });
  const engine = await loadedEngine(server, VLLM_MODEL, options);
  return rejection(engine.generate(request(), () => {}));
}

describe('OpenAiCompatibleEngine errors: the server refused', () => {
  for (const dir of ['llama-server', 'vllm']) {
    it(`${dir} 401 without a key → "unauthorized", asking for the key`, async () => {
      server.on('GET', '/models', `${dir}/error-401.http`);
      const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, 'm'), () => {}));
      expect(error).toMatchObject({ name: 'EngineError', kind: 'unauthorized' });
      expect(error.message).toContain('wants an API key');
      expect(error.message).toContain(serverMessage(`${dir}/error-401.http`));
    });
  }

  it('401 with a wrong key → "unauthorized" saying the key was not accepted, without the key', async () => {
    const apiKey = 'sk-wrong-93b1';
    server.on('GET', '/models', 'llama-server/error-401.http');
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null, apiKey }).load(modelRef(server, 'm'), () => {}));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain('not accepted');
    expect(error.message).not.toContain(apiKey);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${apiKey}`);
  });

  it('never puts the API key in a message, even when the server echoes it back', async () => {
    const apiKey = 'sk-echoed-55e0';
    const error = await chatFailure(json(500, { error: { message: `bad token ${apiKey} for this route`, type: 'server_error', code: 500 } }), { apiKey });
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('bad token [API key] for this route');
    expect(error.message).not.toContain(apiKey);
  });
});

describe('OpenAiCompatibleEngine errors: unknown models', () => {
  it('a model the /models list lacks → "unknown-model" naming every model the server has', async () => {
    server.on('GET', '/models', 'ollama/models.http');
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, 'starcoder2'), () => {}));
    expect(error.kind).toBe('unknown-model');
    expect(error.message).toContain('starcoder2');
    expect(error.message).toContain('ollama pull starcoder2');
    const ids = listedIds('ollama/models.http');
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(error.message).toContain(id);
  });

  it('Ollama with no models at all ("data": null) → "unknown-model" saying so', async () => {
    server.on('GET', '/models', 'ollama/models-empty.http');
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, 'tinyllama'), () => {}));
    expect(error.kind).toBe('unknown-model');
    expect(error.message).toContain('no models yet');
  });

  it('a vLLM model list is matched exactly, not by a ":latest" suffix or by being alone', async () => {
    server.on('GET', '/models', 'vllm/models.http');
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, 'deepseek-coder'), () => {}));
    expect(error.kind).toBe('unknown-model');
    expect(error.message).toContain(listedIds('vllm/models.http')[0]);
  });

  for (const reply of ['ollama/error-404-unknown-model.http', 'vllm/error-404-unknown-model.http', 'vllm/error-404-unknown-model-legacy.http']) {
    it(`a 404 from chat (${reply}) → "unknown-model" with the server's words and its model list`, async () => {
      const error = await chatFailure(reply);
      expect(error.kind).toBe('unknown-model');
      expect(error.message).toContain(serverMessage(reply));
      expect(error.message).toContain(`It serves: ${listedIds('vllm/models.http').join(', ')}.`);
    });
  }
});

describe('OpenAiCompatibleEngine errors: context window', () => {
  for (const reply of ['llama-server/error-400-context.http', 'vllm/error-400-context.http', 'ollama/error-400-context.http']) {
    it(`${reply} → "context-window" with the server's words and how to make room`, async () => {
      const error = await chatFailure(reply);
      expect(error.kind).toBe('context-window');
      expect(error.message).toContain(serverMessage(reply));
      expect(error.message).toMatch(/max_tokens/);
    });
  }

  it('a plain 400 that is not about the context → "server-error", not "context-window"', async () => {
    const error = await chatFailure(json(400, { error: { message: "'top_p' must be in (0, 1]", type: 'BadRequestError', code: 400 } }));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain("'top_p' must be in (0, 1]");
  });
});

describe('OpenAiCompatibleEngine errors: server trouble', () => {
  it('429 → "server-error" telling how long to wait, from Retry-After', async () => {
    const reply = 'gateway/error-429.http';
    const error = await chatFailure(reply);
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain(`Wait ${readTranscript(reply).headers['Retry-After']} seconds`);
  });

  it('429 without Retry-After still says to wait', async () => {
    const error = await chatFailure(json(429, { error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded' } }));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('Wait a minute');
  });

  for (const reply of ['ollama/error-500.http', 'ollama/error-503-busy.http', 'llama-server/error-503-loading.http', 'vllm/error-500.http']) {
    it(`${reply} → "server-error" with the server's words`, async () => {
      const error = await chatFailure(reply);
      expect(error.kind).toBe('server-error');
      expect(error.message).toContain(`HTTP ${readTranscript(reply).status}`);
      expect(error.message).toContain(serverMessage(reply).replace(/\s+/g, ' '));
    });
  }

  it('a 5xx while loading is a "server-error" too', async () => {
    server.on('GET', '/models', 'llama-server/error-503-loading.http');
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, 'm'), () => {}));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('Loading model');
  });

  for (const reply of ['llama-server/stream-error.http', 'llama-server/stream-error-legacy.http', 'vllm/stream-error.http']) {
    it(`an error sent inside the stream (${reply}) rejects with the server's words after the tokens before it`, async () => {
      server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', reply);
      const engine = await loadedEngine(server, VLLM_MODEL);
      const log = tokenLog();
      const error = await rejection(engine.generate(request(), log.onToken));
      const payload = readTranscript(reply).body.match(/(?:data|error): (\{"(?:error|code)".*)\n/)![1]!;
      const parsed = JSON.parse(payload) as { error?: { message: string }; message?: string };
      expect(error.kind).toBe('server-error');
      expect(error.message).toContain((parsed.error?.message ?? parsed.message)!);
      expect(log.text().length).toBeGreaterThan(0);
      expect(streamFacts(reply).text.startsWith(log.text())).toBe(true);
    });
  }

  it('a context error inside the stream → "context-window"', async () => {
    const body = 'data: {"error":{"code":400,"message":"the request exceeds the available context size, try increasing it","type":"exceed_context_size_error"}}\n\n';
    const error = await chatFailure(sse(body));
    expect(error.kind).toBe('context-window');
  });
});

describe('OpenAiCompatibleEngine errors: malformed answers are never trusted', () => {
  const loadFailure = async (reply: string | Transcript) => {
    server.on('GET', '/models', { reply });
    return rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load(modelRef(server, 'tinyllama'), () => {}));
  };

  it('a model list of the wrong shape → "server-error" saying it is not a model list', async () => {
    const error = await loadFailure(json(200, { object: 'list', data: [{ name: 'tinyllama' }] }));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('did not answer with a model list');
  });

  it('an HTML page where the model list should be (a web server, not the API) → "server-error" quoting it', async () => {
    const error = await loadFailure({ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>Open WebUI</title>' });
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('<!doctype html>');
    expect(error.message).toContain('/v1');
  });

  it('an address without /v1 (404 from the server) → "server-error" pointing at /v1', async () => {
    const error = await loadFailure('vllm/not-found-path.http');
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('no model list');
    expect(error.message).toContain('/v1');
  });

  it('a chunk that is not JSON → "server-error" quoting it', async () => {
    const error = await chatFailure(sse('data: {"choices":[{"index":0,"delta":{"content":"fn"}}]}\n\ndata: <html>oops\n\n'));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('not JSON');
    expect(error.message).toContain('<html>oops');
  });

  it('a chunk of the wrong shape → "server-error" naming the problem', async () => {
    const error = await chatFailure(sse('data: {"choices":[{"index":0,"delta":{"content":42}}]}\n\n'));
    expect(error.kind).toBe('server-error');
    expect(error.message).toMatch(/content/);
  });

  it('negative or fractional token counts in usage are rejected', async () => {
    const error = await chatFailure(sse('data: {"choices":[],"usage":{"prompt_tokens":-3,"completion_tokens":1.5}}\n\ndata: [DONE]\n\n'));
    expect(error.kind).toBe('server-error');
  });

  it('a JSON answer where a stream was asked for → "server-error" saying it did not stream', async () => {
    const error = await chatFailure(json(200, { id: 'x', object: 'chat.completion', choices: [] }));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('without streaming');
  });

  it('a stream that closes before the reply is complete → "network", saying it broke off', async () => {
    server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', { reply: 'vllm/chat-stream.http', endAfterPieces: 4 });
    const engine = await loadedEngine(server, VLLM_MODEL);
    const error = await rejection(engine.generate(request(), () => {}));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('broke off');
  });

  it('a dropped connection mid-stream → "network"', async () => {
    server.on('GET', '/models', 'vllm/models.http').on('POST', '/chat/completions', { reply: 'vllm/chat-stream.http', dropAfterPieces: 4 });
    const engine = await loadedEngine(server, VLLM_MODEL);
    const error = await rejection(engine.generate(request(), () => {}));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('broke off');
  });
});

describe('OpenAiCompatibleEngine errors: unreachable or CORS', () => {
  it('nothing listening at the address → "network" with the address hint', async () => {
    const address = server.baseUrl;
    await server.close();
    server = await FakeOpenAiServer.start();
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load({ engine: 'openai-compatible', baseUrl: address, model: 'tinyllama' }, () => {}));
    expect(error.kind).toBe('network');
    expect(error.message).toContain(address);
    expect(error.message).toContain('11434/v1');
  });

  /** A fetch that fails the way a browser's does (TypeError), except for no-cors probes when `reachable`. */
  function browserFetch(reachable: boolean) {
    const calls: RequestInit[] = [];
    const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
      calls.push(init ?? {});
      if (init?.mode === 'no-cors' && reachable) return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    return { fetch, calls };
  }

  const load = (fetch: typeof globalThis.fetch, pageOrigin: string | null, baseUrl = 'http://localhost:11434/v1') =>
    rejection(new OpenAiCompatibleEngine({ fetch, pageOrigin }).load({ engine: 'openai-compatible', baseUrl, model: 'tinyllama' }, () => {}));

  it('a page on another origin, server answering no-cors requests → "cors" naming each server’s setting and the origin', async () => {
    const { fetch, calls } = browserFetch(true);
    const error = await load(fetch, 'https://lab.example.org');
    expect(error.kind).toBe('cors');
    expect(error.message).toContain('OLLAMA_ORIGINS=https://lab.example.org');
    expect(error.message).toContain('--allowed-origins');
    expect(error.message).toContain('--cors-origins');
    expect(calls.map((c) => c.mode)).toEqual([undefined, 'no-cors']);
    expect(calls[1]!.credentials).toBe('omit');
  });

  it('a page on another origin, server not answering at all → "network", still mentioning CORS', async () => {
    const { fetch } = browserFetch(false);
    const error = await load(fetch, 'http://localhost:5173');
    expect(error.kind).toBe('network');
    expect(error.message).toContain('Could not reach http://localhost:11434/v1');
    expect(error.message).toContain('OLLAMA_ORIGINS');
  });

  it('an HTTPS page and a plain-HTTP server on another machine → "network" explaining mixed content', async () => {
    const { fetch } = browserFetch(false);
    const error = await load(fetch, 'https://lab.example.org', 'http://192.168.1.20:8000/v1');
    expect(error.kind).toBe('network');
    expect(error.message).toContain('HTTPS');
  });

  it('a cross-origin-isolated page cannot probe → "cors" naming both causes, without a probe', async () => {
    vi.stubGlobal('crossOriginIsolated', true);
    const { fetch, calls } = browserFetch(true);
    const error = await load(fetch, 'http://localhost:5173');
    expect(error.kind).toBe('cors');
    expect(error.message).toContain('OLLAMA_ORIGINS=http://localhost:5173');
    expect(error.message).toContain('running at that address');
    expect(calls).toHaveLength(1);
  });

  it('the same origin, or no page at all (Node) → "network" without probing', async () => {
    for (const pageOrigin of ['http://localhost:11434', null]) {
      const { fetch, calls } = browserFetch(true);
      const error = await load(fetch, pageOrigin);
      expect(error.kind).toBe('network');
      expect(calls).toHaveLength(1);
    }
  });

  /**
   * Node's fetch with a browser's CORS check bolted on: sends the page's Origin, and fails like a
   * browser (TypeError) when a CORS answer does not allow it; no-cors answers pass unread.
   */
  function corsCheckingFetch(pageOrigin: string): typeof globalThis.fetch {
    return (async (url: string | URL | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('Origin', pageOrigin);
      const response = await globalThis.fetch(url, { ...init, headers });
      if (init?.mode === 'no-cors') return new Response(null);
      if (response.headers.get('Access-Control-Allow-Origin') !== pageOrigin) throw new TypeError('Failed to fetch');
      return response;
    }) as typeof globalThis.fetch;
  }

  it('against a real server: refused origin → "cors", allowed origin → loads, server gone → "network"', async () => {
    const pageOrigin = 'http://localhost:5173';
    server.on('GET', '/models', 'ollama/models.http');
    const engine = () => new OpenAiCompatibleEngine({ fetch: corsCheckingFetch(pageOrigin), pageOrigin });

    server.cors = 'refuse';
    const refused = await rejection(engine().load(modelRef(server, 'tinyllama'), () => {}));
    expect(refused.kind).toBe('cors');
    expect(refused.message).toContain(`OLLAMA_ORIGINS=${pageOrigin}`);
    expect(server.requests.map((r) => r.headers.origin)).toEqual([pageOrigin, pageOrigin]);

    server.cors = 'allow';
    await engine().load(modelRef(server, 'tinyllama'), () => {});

    const address = modelRef(server, 'tinyllama');
    await server.close();
    const gone = await rejection(engine().load(address, () => {}));
    server = await FakeOpenAiServer.start();
    expect(gone.kind).toBe('network');
  });

  it('the decision holds for generate too', async () => {
    server.on('GET', '/models', 'ollama/models.http');
    let chat = false;
    const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/chat/completions')) chat = true;
      if (chat && init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
      return globalThis.fetch(url, init);
    }) as typeof globalThis.fetch;
    const engine = new OpenAiCompatibleEngine({ fetch, pageOrigin: 'http://localhost:5173' });
    await engine.load(modelRef(server, 'tinyllama'), () => {});
    const error = await rejection(engine.generate(request(), () => {}));
    expect(error.kind).toBe('cors');
  });
});

describe('OpenAiCompatibleEngine errors: wrong input', () => {
  it('an address that is not http(s) → "unsupported-model"', async () => {
    for (const baseUrl of ['localhost:11434/v1', 'ftp://example.org/v1', 'not a url']) {
      const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).load({ engine: 'openai-compatible', baseUrl, model: 'x' }, () => {}));
      expect(error.kind).toBe('unsupported-model');
    }
  });

  it('another engine’s model or a blank model name → "unsupported-model"', async () => {
    const engine = new OpenAiCompatibleEngine({ pageOrigin: null });
    expect((await rejection(engine.load({ engine: 'webllm', modelId: 'x' }, () => {}))).kind).toBe('unsupported-model');
    expect((await rejection(engine.load(modelRef(server, '  '), () => {}))).kind).toBe('unsupported-model');
    expect(server.requests).toHaveLength(0);
  });

  it('generate before load → "not-loaded"', async () => {
    const error = await rejection(new OpenAiCompatibleEngine({ pageOrigin: null }).generate(request(), () => {}));
    expect(error.kind).toBe('not-loaded');
  });

  it('capabilities: available wherever fetch exists, and they say whether a key is sent', async () => {
    const withKey = await new OpenAiCompatibleEngine({ apiKey: 'k' }).capabilities();
    const without = await new OpenAiCompatibleEngine().capabilities();
    expect(withKey).toMatchObject({ engine: 'openai-compatible', available: true, reason: null });
    expect(withKey.details.join(' ')).toContain('Authorization: Bearer');
    expect(without.details.join(' ')).toContain('No API key');
    expect(withKey.details.join(' ')).not.toContain(': k');
  });
});
