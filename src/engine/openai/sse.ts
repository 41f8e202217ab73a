/** One Server-Sent Event: its type (null when the stream named none) and its data lines joined by "\n". */
export interface SseEvent {
  event: string | null;
  data: string;
}

const LF = 10;
const CR = 13;

/**
 * Incremental parser for a `text/event-stream` body, after the WHATWG HTML "event stream
 * interpretation". Feed it bytes as they arrive: a chunk may end anywhere — inside a UTF-8
 * sequence, inside a `data:` line, between the CR and LF of a line break — and the events come
 * out the same as if the body had arrived in one piece.
 *
 * Lines end in LF, CRLF or CR; lines starting with ":" are comments (keep-alive pings) and are
 * skipped; `id` and `retry` are read past (nothing here reconnects); an `error` field (older
 * llama-server) becomes an event of type "error"; other unknown fields are ignored.
 * Unlike a browser's EventSource, `end()` also delivers a last event whose blank line never came:
 * a server that closes right after its final `data:` line has still said it.
 */
export class SseParser {
  readonly #decoder = new TextDecoder('utf-8');
  /** The current line so far (its end has not arrived yet). */
  #line = '';
  /** The previous chunk ended in CR: an LF starting the next one belongs to the same line break. */
  #pendingCr = false;
  #data: string[] = [];
  #event: string | null = null;

  /** Parses the next bytes of the body and returns the events they complete, in order. */
  push(bytes: Uint8Array): SseEvent[] {
    return this.#feed(this.#decoder.decode(bytes, { stream: true }));
  }

  /** The body has ended: returns the events still pending (a last line or event without its terminator). */
  end(): SseEvent[] {
    const events = this.#feed(this.#decoder.decode());
    if (this.#line !== '') {
      this.#processLine(this.#line, events);
      this.#line = '';
    }
    this.#dispatch(events);
    return events;
  }

  #feed(text: string): SseEvent[] {
    const events: SseEvent[] = [];
    if (text === '') return events;
    let start = 0;
    if (this.#pendingCr && text.charCodeAt(0) === LF) start = 1;
    this.#pendingCr = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== LF && c !== CR) continue;
      this.#processLine(this.#line + text.slice(start, i), events);
      this.#line = '';
      if (c === CR) {
        if (i + 1 === text.length) this.#pendingCr = true;
        else if (text.charCodeAt(i + 1) === LF) i++;
      }
      start = i + 1;
    }
    this.#line += text.slice(start);
    return events;
  }

  #processLine(line: string, events: SseEvent[]): void {
    if (line === '') {
      this.#dispatch(events);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'error') {
      // Not a standard field: llama-server builds before mid-2025 reported a failure mid-stream as an
      // `error: {...}` line. Kept as an event of type "error" so the failure is not silently lost.
      this.#event = 'error';
      this.#data.push(value);
    }
  }

  /** A blank line ends an event; an event without data lines is dropped (as the standard says). */
  #dispatch(events: SseEvent[]): void {
    if (this.#data.length > 0) events.push({ event: this.#event, data: this.#data.join('\n') });
    this.#data = [];
    this.#event = null;
  }
}
