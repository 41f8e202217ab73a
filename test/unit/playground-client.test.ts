import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { executeOnPlayground, outcomeFromPlayground, parseRetryAfter } from '../../src/judge/playground/client';
import { playgroundResponse, transcript } from '../fixtures/rustc/transcripts';

/*
 * A local stand-in for play.rust-lang.org that replays answers built from the recorded cargo
 * transcripts, and the playground's error answers (rust-playground's server_axum.rs: errors are
 * {"error": "…"}, its 10 s soft timeout is a 500 "The operation timed out").
 */

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let server: Server;
let endpoint: string;
let handler: Handler;
const requests: { method: string; url: string; contentType: string | undefined; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', contentType: request.headers['content-type'], body: JSON.parse(body) });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
});

function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_request, _body, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** Answers /execute with what the playground would send for a recorded program. */
function replay(name: string): { program: string; handler: Handler } {
  const t = transcript(name, 'cargo');
  return { program: t.program, handler: json(200, playgroundResponse(t)) };
}

describe('executeOnPlayground', () => {
  it('sends the program as the playground expects and judges a passing run', async () => {
    const { program, handler: h } = replay('pass');
    handler = h;
    const result = await executeOnPlayground(program, { endpoint: `${endpoint}/` });
    expect(requests).toEqual([
      {
        method: 'POST',
        url: '/execute',
        contentType: 'application/json',
        body: { channel: 'stable', mode: 'debug', edition: '2021', crateType: 'bin', tests: false, backtrace: false, code: program },
      },
    ]);
    expect(result).toMatchObject({ ok: true, verdict: { kind: 'pass', judge: 'playground', stdout: 'checking is_prime\n' } });
    if (!result.ok || result.verdict.kind !== 'pass') throw new Error('expected a pass');
    expect(result.verdict.tests).toHaveLength(4);
    expect(result.verdict.tests.every((t) => t.passed)).toBe(true);
    expect(result.verdict.ms).toBeGreaterThanOrEqual(0);
  });

  it('tells a compile error from a run failure in the shared stderr', async () => {
    const compile = replay('compile-several-errors');
    handler = compile.handler;
    expect(await executeOnPlayground(compile.program, { endpoint })).toMatchObject({
      ok: true,
      verdict: {
        kind: 'compile_error',
        diagnostics: [
          { code: 'E0432', line: 1, column: 5 },
          { code: 'E0433', line: 4, column: 22 },
        ],
      },
    });

    const syntax = replay('syntax-unclosed-delimiter');
    handler = syntax.handler;
    expect(await executeOnPlayground(syntax.program, { endpoint })).toMatchObject({ ok: true, verdict: { kind: 'syntax_error' } });

    const lint = replay('deny-arithmetic-overflow');
    handler = lint.handler;
    expect(await executeOnPlayground(lint.program, { endpoint })).toMatchObject({
      ok: true,
      verdict: { kind: 'compile_error', diagnostics: [{ code: 'arithmetic_overflow' }] },
    });
  });

  it('judges panics: a failed test is a wrong answer, any other panic a runtime error', async () => {
    const wrong = replay('wrong-answer-eq');
    handler = wrong.handler;
    expect(await executeOnPlayground(wrong.program, { endpoint })).toMatchObject({
      ok: true,
      verdict: { kind: 'wrong_answer', tests: [{ passed: true }, { passed: true }, { passed: false, left: 'false', right: 'true' }] },
    });

    const overflow = replay('runtime-overflow');
    handler = overflow.handler;
    expect(await executeOnPlayground(overflow.program, { endpoint })).toMatchObject({
      ok: true,
      verdict: { kind: 'runtime_error', message: 'attempt to add with overflow', line: 4, column: 9 },
    });
  });

  it('reads a run killed by a signal from exitDetail', async () => {
    const stack = replay('stack-overflow');
    handler = stack.handler;
    expect(await executeOnPlayground(stack.program, { endpoint })).toMatchObject({
      ok: true,
      verdict: { kind: 'runtime_error', message: "thread 'main' has overflowed its stack" },
    });
  });

  it('is rate-limited on 429, with Retry-After', async () => {
    handler = json(429, 'Too Many Requests', { 'Retry-After': '30' });
    expect(await executeOnPlayground('fn main() {}', { endpoint })).toEqual({
      ok: false,
      problem: 'rate-limited',
      retryAfterSeconds: 30,
      message: 'The Rust playground is getting too many requests from here. Wait 30 seconds and try again.',
    });
    handler = json(429, '');
    expect(await executeOnPlayground('fn main() {}', { endpoint })).toMatchObject({ problem: 'rate-limited', retryAfterSeconds: null, message: expect.stringContaining('Wait a minute') });
  });

  it("reports the playground's own time limit as a timeout problem, not a verdict", async () => {
    handler = json(500, { error: 'The operation timed out' });
    const result = await executeOnPlayground(transcript('timeout', 'cargo').program, { endpoint });
    expect(result).toMatchObject({ ok: false, problem: 'timeout', retryAfterSeconds: null, message: expect.stringContaining('about 10 seconds') });
  });

  it('reports other 5xx as server errors', async () => {
    handler = json(503, 'Service Unavailable', { 'Content-Type': 'text/plain', 'Retry-After': '120' });
    expect(await executeOnPlayground('fn main() {}', { endpoint })).toMatchObject({
      ok: false,
      problem: 'server-error',
      retryAfterSeconds: 120,
      message: expect.stringContaining('HTTP 503'),
    });
    handler = json(500, { error: 'Unable to process the execute request: boom' });
    expect(await executeOnPlayground('fn main() {}', { endpoint })).toMatchObject({
      problem: 'server-error',
      message: expect.stringContaining('Unable to process the execute request'),
    });
  });

  it('reports a cargo failure without any rustc error as the server’s problem', async () => {
    handler = json(200, {
      success: false,
      exitDetail: 'Exited with status 101',
      stdout: '',
      stderr: '   Compiling playground v0.0.1 (/playground)\nerror: could not compile `playground` (bin "playground")\n\nCaused by:\n  process didn\'t exit successfully (signal: 9, SIGKILL: kill)\n',
    });
    expect(await executeOnPlayground('fn main() {}', { endpoint })).toMatchObject({ ok: false, problem: 'server-error' });
  });

  it('refuses malformed answers', async () => {
    for (const body of ['{"success": true, "stdout": ', '{"success": "yes", "exitDetail": "", "stdout": "", "stderr": ""}', '[]', '']) {
      handler = json(200, body);
      expect(await executeOnPlayground('fn main() {}', { endpoint }), body).toMatchObject({ ok: false, problem: 'bad-response' });
    }
    handler = json(400, { error: 'Unable to deserialize request: missing field `code`' });
    expect(await executeOnPlayground('fn main() {}', { endpoint })).toMatchObject({
      ok: false,
      problem: 'bad-response',
      message: expect.stringContaining('HTTP 400: Unable to deserialize request'),
    });
  });

  it('gives up after timeoutMs', async () => {
    handler = (_request, _body, response) => {
      setTimeout(() => json(200, playgroundResponse(transcript('pass', 'cargo')))(_request, _body, response), 2000);
    };
    const started = Date.now();
    const result = await executeOnPlayground('fn main() {}', { endpoint, timeoutMs: 100 });
    expect(result).toMatchObject({ ok: false, problem: 'timeout', message: expect.stringContaining('did not answer') });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops when cancelled, before or during the request', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await executeOnPlayground('fn main() {}', { endpoint, signal: controller.signal })).toMatchObject({ ok: false, problem: 'aborted' });
    expect(requests).toEqual([]);

    const during = new AbortController();
    handler = () => during.abort(); // never answers; the client's cancel must end the wait
    expect(await executeOnPlayground('fn main() {}', { endpoint, signal: during.signal })).toMatchObject({
      ok: false,
      problem: 'aborted',
      message: expect.stringContaining('Cancelled'),
    });
  });

  it('is offline when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await executeOnPlayground('fn main() {}', { endpoint: `http://127.0.0.1:${port}` });
    expect(result).toMatchObject({ ok: false, problem: 'offline', retryAfterSeconds: null, message: expect.stringContaining('Check your internet connection') });
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify(playgroundResponse(transcript('pass', 'cargo'))), { status: 200 });
    };
    const result = await executeOnPlayground(transcript('pass', 'cargo').program, { endpoint: 'https://play.example.edu', fetch: fakeFetch });
    expect(calls).toEqual(['https://play.example.edu/execute']);
    expect(result).toMatchObject({ ok: true, verdict: { kind: 'pass' } });
  });
});

describe('outcomeFromPlayground', () => {
  it("splits cargo's stderr into compile output and the program's stderr", () => {
    const t = transcript('exit-code', 'cargo');
    expect(outcomeFromPlayground(playgroundResponse(t))).toEqual({
      compileStderr: t.compileStderr,
      compiled: true,
      run: { exitCode: 3, signal: null, stdout: '', stderr: 'negative input\n', timedOut: false },
    });
    const stack = outcomeFromPlayground(playgroundResponse(transcript('stack-overflow', 'cargo')));
    expect(stack.run).toMatchObject({ exitCode: null, signal: 'SIGABRT' });
  });

  it('sees a compile failure', () => {
    const t = transcript('compile-borrow', 'cargo');
    expect(outcomeFromPlayground(playgroundResponse(t))).toEqual({ compileStderr: t.compileStderr, compiled: false });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(parseRetryAfter('17', now)).toBe(17);
    expect(parseRetryAfter('Fri, 01 May 2026 12:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Fri, 01 May 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
