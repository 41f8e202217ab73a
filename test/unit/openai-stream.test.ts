import { describe, expect, it } from 'vitest';
import type { TokenDelta } from '../../src/core/generation';
import type { CallContext } from '../../src/engine/openai/errors';
import { mapFinishReason, StreamAccumulator } from '../../src/engine/openai/stream';

const context: CallContext = { baseUrl: 'http://localhost:11434/v1', model: 'tinyllama', stage: 'chat', hasApiKey: false };
const sent = { temperature: 0.2, top_p: 0.95, max_tokens: 64, seed: 1 };

const content = (text: string, extra: object = {}) => ({ event: null, data: JSON.stringify({ choices: [{ index: 0, delta: { content: text } }], ...extra }) });
const finish = (reason: string) => ({ event: null, data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: reason }] }) });
const usage = (prompt: number, completion: number) => ({ event: null, data: JSON.stringify({ choices: [], usage: { prompt_tokens: prompt, completion_tokens: completion } }) });

/** An accumulator on a clock the test sets. */
function accumulator() {
  const clock = { t: 0 };
  const deltas: TokenDelta[] = [];
  const stream = new StreamAccumulator(context, (d) => deltas.push(d), () => clock.t);
  return { clock, deltas, stream };
}

describe('StreamAccumulator timings on the wall clock', () => {
  it('time to first token, prefill from it, decode over first-to-last token (the first token excluded)', () => {
    const { clock, stream } = accumulator();
    const startedAt = 1000;
    const ttft = 250;
    const gap = 40;
    const pieces = ['fn', ' main', '()', ' {', '}'];
    pieces.forEach((piece, i) => {
      clock.t = startedAt + ttft + i * gap;
      stream.accept(content(piece));
    });
    clock.t += 5;
    stream.accept(finish('stop'));
    stream.accept(usage(80, pieces.length));
    clock.t += 5;
    const generation = stream.finish(startedAt, false, sent);

    expect(generation.timings).toEqual({
      timeToFirstTokenMs: ttft,
      prefillTokensPerSecond: (80 * 1000) / ttft,
      decodeTokensPerSecond: ((pieces.length - 1) * 1000) / ((pieces.length - 1) * gap),
      totalMs: clock.t - startedAt,
    });
    expect(generation.finishReason).toBe('stop');
  });

  it('a one-token reply has no decode speed, and no usage means no prefill speed', () => {
    const { clock, stream } = accumulator();
    clock.t = 30;
    stream.accept(content('ok'));
    stream.accept(finish('stop'));
    const generation = stream.finish(0, false, sent);
    expect(generation.timings.decodeTokensPerSecond).toBeNull();
    expect(generation.timings.prefillTokensPerSecond).toBeNull();
    expect(generation.usage).toEqual({ promptTokens: null, completionTokens: 1 });
  });

  it('llama-server timings win over the wall clock; null speeds (an empty prompt) fall back to it', () => {
    const { clock, stream } = accumulator();
    clock.t = 100;
    stream.accept(content('a'));
    clock.t = 150;
    stream.accept(content('b'));
    stream.accept({ event: null, data: JSON.stringify({ choices: [], usage: { prompt_tokens: 10, completion_tokens: 2 }, timings: { prompt_per_second: null, predicted_per_second: 31.5 } }) });
    const generation = stream.finish(0, false, sent);
    expect(generation.timings.decodeTokensPerSecond).toBe(31.5);
    expect(generation.timings.prefillTokensPerSecond).toBe((10 * 1000) / 100);
  });
});

describe('StreamAccumulator token counts', () => {
  it('takes token counts from running usage (vLLM continuous usage stats)', () => {
    const { stream, deltas } = accumulator();
    stream.accept(content('fn main', { usage: { prompt_tokens: 9, completion_tokens: 2 } }));
    stream.accept(content('() {}', { usage: { prompt_tokens: 9, completion_tokens: 5 } }));
    stream.accept(finish('stop'));
    expect(deltas.map((d) => d.tokens)).toEqual([2, 3]);
    expect(stream.finish(0, false, sent).usage).toEqual({ promptTokens: 9, completionTokens: 5 });
  });

  it('when the final usage counts more tokens than chunks came, the rest arrive as one delta without text', () => {
    const { stream, deltas } = accumulator();
    stream.accept(content('fn main() {}'));
    stream.accept(finish('stop'));
    stream.accept(usage(12, 6));
    stream.finish(0, false, sent);
    expect(deltas).toEqual([
      { text: 'fn main() {}', tokens: 1 },
      { text: '', tokens: 5 },
    ]);
  });

  it('reads only choice 0 and stops at [DONE]', () => {
    const { stream } = accumulator();
    stream.accept({ event: null, data: JSON.stringify({ choices: [{ index: 1, delta: { content: 'other' } }, { index: 0, delta: { content: 'mine' } }] }) });
    stream.accept(finish('stop'));
    stream.accept({ event: null, data: '[DONE]' });
    expect(stream.done).toBe(true);
    stream.accept(content('after the end'));
    expect(stream.finish(0, false, sent).text).toBe('mine');
  });
});

describe('finish reasons', () => {
  it('keeps stop and length; tool calls and the like are "unknown"', () => {
    expect(['stop', 'length', 'tool_calls', 'content_filter'].map(mapFinishReason)).toEqual(['stop', 'length', 'unknown', 'unknown']);
  });

  it('an aborted stream without a finish reason ends in "abort", one with it keeps it', () => {
    const cut = accumulator();
    cut.stream.accept(content('fn'));
    expect(cut.stream.finish(0, true, sent).finishReason).toBe('abort');
    const late = accumulator();
    late.stream.accept(content('fn'));
    late.stream.accept(finish('length'));
    expect(late.stream.finish(0, true, sent).finishReason).toBe('length');
  });
});
