import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '../../src/engine/openai/sse';
import { readTranscript, ssePayloads } from '../helpers/fake-openai-server';

const encoder = new TextEncoder();

/** Feeds `bytes` cut at the given offsets and collects every event, including those `end()` flushes. */
function parseCut(bytes: Uint8Array, cuts: number[]): SseEvent[] {
  const parser = new SseParser();
  const events: SseEvent[] = [];
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    events.push(...parser.push(bytes.subarray(from, at)));
    from = at;
  }
  events.push(...parser.end());
  return events;
}

const whole = (text: string) => parseCut(encoder.encode(text), []);

describe('SseParser', () => {
  it('reads each data line of a recorded stream as one event, in order', () => {
    const { body } = readTranscript('vllm/chat-stream.http');
    expect(whole(body).map((e) => e.data)).toEqual(ssePayloads(body));
  });

  it('gives the same events whatever byte the body is cut at, also inside multi-byte UTF-8 characters', () => {
    // The last events of the transcript hold é, → and ✅: 2- and 3-byte sequences that some cuts split.
    const events = readTranscript('ollama/chat-stream.http').body.split('\n\n');
    const body = events.slice(-8).join('\n\n');
    const bytes = encoder.encode(body);
    const expected = whole(body);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(bytes.length).toBeGreaterThan(body.length);
    const differing = [];
    for (let at = 1; at < bytes.length; at++) {
      if (JSON.stringify(parseCut(bytes, [at])) !== JSON.stringify(expected)) differing.push(at);
    }
    expect(differing).toEqual([]);
  });

  it('survives a body delivered one byte at a time', () => {
    const { body } = readTranscript('llama-server/chat-stream.http');
    const bytes = encoder.encode(body);
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(parseCut(bytes, everyByte)).toEqual(whole(body));
  });

  it('reads CRLF and lone CR line ends like LF, even when a CRLF is cut between its CR and LF', () => {
    const lf = 'data: {"a":1}\n\ndata: {"b":2}\n\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const cr = lf.replace(/\n/g, '\r');
    const expected = whole(lf);
    expect(expected).toHaveLength(2);
    expect(whole(crlf)).toEqual(expected);
    expect(whole(cr)).toEqual(expected);
    const bytes = encoder.encode(crlf);
    for (let at = 1; at < bytes.length; at++) expect(parseCut(bytes, [at])).toEqual(expected);
  });

  it('skips comments (keep-alive pings) and reads past id and retry fields', () => {
    const events = whole(': ping\n\nid: 7\nretry: 1000\ndata: {"x":1}\n\n: ping - 2024-06-21 20:00:00\n\ndata: [DONE]\n\n');
    expect(events).toEqual([
      { event: null, data: '{"x":1}' },
      { event: null, data: '[DONE]' },
    ]);
  });

  it('joins the data lines of one event with newlines and keeps the event type', () => {
    expect(whole('event: message\ndata: first\ndata:second\n\n')).toEqual([{ event: 'message', data: 'first\nsecond' }]);
  });

  it('delivers a last event whose blank line never came, and only once', () => {
    const parser = new SseParser();
    expect(parser.push(encoder.encode('data: {"a":1}\n\ndata: {"b":2}'))).toEqual([{ event: null, data: '{"a":1}' }]);
    expect(parser.end()).toEqual([{ event: null, data: '{"b":2}' }]);
    expect(parser.end()).toEqual([]);
  });

  it('turns an older llama-server `error:` line into an event of type "error"', () => {
    const { body } = readTranscript('llama-server/stream-error-legacy.http');
    const events = whole(body);
    const error = events.find((e) => e.event === 'error');
    expect(error).toBeDefined();
    expect(JSON.parse(error!.data)).toMatchObject({ code: 500, type: 'server_error' });
    expect(events.at(-1)).toEqual({ event: null, data: '[DONE]' });
  });
});
