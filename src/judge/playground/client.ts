import * as v from 'valibot';
import type { Verdict } from '../../core/verdict';
import { parseCompileErrors, verdictFromRustc, type RustcOutcome } from '../rustc-output';

/*
 * The Rust playground's /execute (rust-lang/rust-playground): real rustc, stable channel, a debug
 * build run by `cargo run` in a crate named `playground`. Opt-in: every request body is logged by
 * the server, so using it sends the student's code to a third party.
 */

export const DEFAULT_PLAYGROUND_ENDPOINT = 'https://play.rust-lang.org';
/** The playground's own limit for compile and run together (its soft timeout). */
export const PLAYGROUND_TIME_LIMIT_MS = 10_000;
/** The edition every request asks for; part of the cache key. */
export const PLAYGROUND_EDITION = '2021';
/** How long the client waits for an answer: the playground's limit plus queueing and transfer. */
const DEFAULT_TIMEOUT_MS = 30_000;

export type PlaygroundProblem = 'offline' | 'timeout' | 'rate-limited' | 'server-error' | 'bad-response' | 'aborted';

/** A verdict, or why the playground could not give one. Problems are never verdicts about the code. */
export type PlaygroundResult =
  | { ok: true; verdict: Verdict }
  | { ok: false; problem: PlaygroundProblem; message: string; retryAfterSeconds: number | null };

export interface PlaygroundOptions {
  /** Base address, e.g. https://play.rust-lang.org or a class's own playground. */
  endpoint: string;
  fetch?: typeof fetch;
  /** Give up waiting after this long (default 30 s); the result is a `timeout` problem. */
  timeoutMs?: number;
  /** Cancels the request; the result is an `aborted` problem. */
  signal?: AbortSignal;
}

/** The 200 answer of /execute: cargo's stderr (compile output, then the program's stderr) and the program's stdout. */
const executeResponseSchema = v.object({
  success: v.boolean(),
  /** "Exited with status 101", "Exited with signal 9 (SIGKILL): kill program". */
  exitDetail: v.string(),
  stdout: v.string(),
  stderr: v.string(),
});
export type PlaygroundExecuteResponse = v.InferOutput<typeof executeResponseSchema>;

/** The playground's error body (4xx/5xx): {"error": "The operation timed out"}. */
const errorResponseSchema = v.object({ error: v.string() });

/**
 * Compiles and runs `program` on the Rust playground and judges what it printed. Never throws:
 * network failures, limits, cancellation and unexpected answers come back as problems with a
 * message for the user.
 */
export async function executeOnPlayground(program: string, options: PlaygroundOptions): Promise<PlaygroundResult> {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.signal?.aborted) return aborted();

  const controller = new AbortController();
  let gaveUp = false;
  const timer = setTimeout(() => {
    gaveUp = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });

  const started = performance.now();
  try {
    const response = await doFetch(`${endpoint}/execute`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        channel: 'stable',
        mode: 'debug',
        edition: PLAYGROUND_EDITION,
        crateType: 'bin',
        tests: false,
        backtrace: false,
        code: program,
      }),
      signal: controller.signal,
    });
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    return interpret(response, text, { program, ms, endpoint });
  } catch (error) {
    if (gaveUp) {
      return problem(
        'timeout',
        `The Rust playground did not answer within ${Math.round(timeoutMs / 1000)} seconds. It may be busy; try again in a moment.`,
      );
    }
    if (options.signal?.aborted) return aborted();
    const detail = error instanceof Error ? error.message : String(error);
    return problem(
      'offline',
      `Could not reach the Rust playground at ${endpoint} (${detail}). Check your internet connection — or the playground ` +
        'address, if your class runs its own — and try again.',
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

function interpret(response: Response, text: string, context: { program: string; ms: number; endpoint: string }): PlaygroundResult {
  const { status } = response;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const serverSaid = errorText(text);

  if (status === 429) {
    const wait = retryAfterSeconds === null ? 'Wait a minute' : `Wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`;
    return problem('rate-limited', `The Rust playground is getting too many requests from here. ${wait} and try again.`, retryAfterSeconds);
  }
  if (status === 500 && serverSaid !== null && /timed out/i.test(serverSaid)) {
    return problem(
      'timeout',
      `The Rust playground gave up: compiling and running this program took longer than its limit of about ${PLAYGROUND_TIME_LIMIT_MS / 1000} seconds. ` +
        'The program may loop forever or be very slow — or the playground may be busy; if the code looks quick, try again later.',
    );
  }
  if (status >= 500) {
    return problem(
      'server-error',
      `The Rust playground had a problem of its own (HTTP ${status}${serverSaid === null ? '' : `: ${serverSaid}`}). ` +
        'This says nothing about the code; try again later.',
      retryAfterSeconds,
    );
  }
  if (status !== 200) {
    return problem(
      'bad-response',
      `The Rust playground at ${context.endpoint} refused the request (HTTP ${status}${serverSaid === null ? '' : `: ${serverSaid}`}). ` +
        'Check the playground address, if your class runs its own; otherwise the playground may have changed how it works.',
    );
  }

  const parsed = v.safeParse(executeResponseSchema, parseJson(text));
  if (!parsed.success) {
    return problem(
      'bad-response',
      'The Rust playground answered with something Strategy Lab does not understand, so the code was not judged. ' +
        'Check the playground address, if your class runs its own; otherwise try again later.',
    );
  }
  const outcome = outcomeFromPlayground(parsed.output);
  if (!outcome.compiled && parseCompileErrors(outcome.compileStderr).length === 0) {
    // cargo failed without rustc reporting anything about the code: the playground's own trouble
    // (e.g. the compiler ran out of memory), not a verdict.
    return problem(
      'server-error',
      'The Rust playground could not finish compiling this program and reported no error in the code. Try again later.',
    );
  }
  return {
    ok: true,
    verdict: verdictFromRustc(outcome, { program: context.program, judge: 'playground', ms: context.ms, timeLimitMs: PLAYGROUND_TIME_LIMIT_MS }),
  };
}

/** cargo's "     Running `target/debug/playground`": compile output above it, the program's stderr below. */
const RUNNING = /^ +Running `[^`\n]+`\r?$\n?/m;

/**
 * The playground's answer as rustc's outcome. Its `stderr` is cargo's: compile messages, then
 * (once cargo runs the binary) the program's own stderr; `exitDetail` is the exit status of
 * `cargo run`, which on Linux replaces itself with the program — so the program's status.
 */
export function outcomeFromPlayground(response: PlaygroundExecuteResponse): RustcOutcome {
  const running = RUNNING.exec(response.stderr);
  const split = running === null ? response.stderr.length : running.index + running[0].length;
  const compileStderr = response.stderr.slice(0, split);
  const compiled = (running !== null || response.success) && !/^error: could not compile/m.test(compileStderr);
  if (!compiled) return { compileStderr: response.stderr, compiled: false };
  return {
    compileStderr,
    compiled: true,
    run: { ...parseExitDetail(response.exitDetail, response.success), stdout: response.stdout, stderr: response.stderr.slice(split), timedOut: false },
  };
}

/** "Exited with status 101" → 101; "Exited with signal 9 (SIGKILL): kill program" → null, SIGKILL. */
function parseExitDetail(detail: string, success: boolean): { exitCode: number | null; signal: string | null } {
  const status = /Exited with status (-?\d+)/.exec(detail);
  if (status !== null) return { exitCode: Number(status[1]), signal: null };
  const signal = /Exited with signal \d+ \(([A-Z0-9?]+)\)/.exec(detail);
  if (signal !== null) return { exitCode: null, signal: signal[1] === '???' ? null : signal[1]! };
  return { exitCode: success ? 0 : null, signal: null };
}

/** Retry-After as seconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorText(text: string): string | null {
  const parsed = v.safeParse(errorResponseSchema, parseJson(text));
  return parsed.success ? parsed.output.error : null;
}

function problem(kind: PlaygroundProblem, message: string, retryAfterSeconds: number | null = null): PlaygroundResult {
  return { ok: false, problem: kind, message, retryAfterSeconds };
}

function aborted(): PlaygroundResult {
  return problem('aborted', 'Cancelled: the code was not judged on the Rust playground.');
}
