import type { Span } from './ast';

/**
 * Positions in one source text, the way rustc prints them: 1-based lines, 1-based columns counted
 * in Unicode code points (a tab or an emoji is one column). Offsets stay JS string (UTF-16) offsets.
 */
export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[];
  /** Whether a line holds surrogate pairs (only then is a column not offset − lineStart + 1). */
  private readonly lineHasPairs: boolean[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    this.lineHasPairs = [];
    let pairs = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.lineHasPairs.push(pairs);
        this.lineStarts.push(i + 1);
        pairs = false;
      } else if (c >= 0xdc00 && c <= 0xdfff) {
        pairs = true;
      }
    }
    this.lineHasPairs.push(pairs);
  }

  /** 1-based line and column of an offset (an offset past the end is on the last line). */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo]!;
    let column = offset - lineStart + 1;
    if (this.lineHasPairs[lo]) {
      // Each low surrogate before the offset belongs to a pair already counted once.
      for (let i = lineStart; i < offset; i++) {
        const c = this.text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) column--;
      }
    }
    return { line: lo + 1, column };
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
  }

  /**
   * Where rustc puts "end of file": after the last character, but a final newline does not open
   * a new line (`fn main() {\n` ends at line 1, column 13).
   */
  endOfFile(): { line: number; column: number } {
    const text = this.text;
    if (text.endsWith('\n')) {
      const before = this.position(text.length - 1);
      return { line: before.line, column: before.column + 1 };
    }
    return this.position(text.length);
  }
}

/**
 * Maps offsets in a synthetic snippet (a macro's arguments wrapped in Rust we wrote, parsed again)
 * back to offsets in the original source. The snippet is built from pieces: copies of source ranges
 * and synthetic glue; offsets in glue map to the nearest copied piece.
 */
export class OffsetMap {
  private readonly pieces: { at: number; length: number; source: number }[] = [];
  private text = '';

  /** The identity map of a source that was parsed as written. */
  static identity(length: number): OffsetMap {
    const map = new OffsetMap();
    map.pieces.push({ at: 0, length, source: 0 });
    return map;
  }

  /** Appends text that does not come from the source. */
  glue(text: string): this {
    this.text += text;
    return this;
  }

  /** Appends `text`, which sits at `sourceOffset` in the original source. */
  copy(text: string, sourceOffset: number): this {
    this.pieces.push({ at: this.text.length, length: text.length, source: sourceOffset });
    this.text += text;
    return this;
  }

  /** The snippet built so far. */
  get snippet(): string {
    return this.text;
  }

  /** Whether a snippet offset falls in text copied from the source (not in glue). */
  covers(offset: number): boolean {
    return this.pieces.some((piece) => offset >= piece.at && offset < piece.at + piece.length);
  }

  /** Source offset of a snippet offset that starts something (glue maps to the next copied piece). */
  start(offset: number): number {
    for (const piece of this.pieces) {
      if (offset < piece.at) return piece.source;
      if (offset < piece.at + piece.length) return piece.source + offset - piece.at;
    }
    const last = this.pieces[this.pieces.length - 1];
    return last ? last.source + last.length : offset;
  }

  /** Source offset of a snippet offset that ends something (just after its last character). */
  end(offset: number): number {
    const pieces = this.pieces;
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i]!;
      if (offset > piece.at) return piece.source + Math.min(offset - piece.at, piece.length);
    }
    return pieces[0] ? pieces[0].source : offset;
  }
}
