import { Panic } from '../run/values';

/** Rust strings are indexed by UTF-8 byte offsets; JavaScript strings by UTF-16 code units. */

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) bytes += utf8Width(ch.codePointAt(0)!);
  return bytes;
}

function utf8Width(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The JS index of a byte offset, or null when the offset falls inside a character. */
export function byteToIndex(text: string, byteOffset: number): number | null {
  if (byteOffset === 0) return 0;
  let bytes = 0;
  let index = 0;
  for (const ch of text) {
    if (bytes === byteOffset) return index;
    bytes += utf8Width(ch.codePointAt(0)!);
    index += ch.length;
    if (bytes > byteOffset) return null;
  }
  return bytes === byteOffset ? index : null;
}

export function indexToByte(text: string, index: number): number {
  return utf8Length(text.slice(0, index));
}

/**
 * `&s[start..end]` with byte offsets: panics exactly as Rust does when an offset is past the end
 * or not on a character boundary.
 */
export function sliceBytes(text: string, start: number, end: number): string {
  const len = utf8Length(text);
  if (start > end) throw new Panic(`begin <= end (${start} <= ${end}) when slicing \`${text}\``);
  if (end > len) throw new Panic(`byte index ${end} is out of bounds of \`${text}\``);
  const from = byteToIndex(text, start);
  if (from === null) throw notBoundary(text, start);
  const to = byteToIndex(text, end);
  if (to === null) throw notBoundary(text, end);
  return text.slice(from, to);
}

function notBoundary(text: string, byte: number): Panic {
  let bytes = 0;
  for (const ch of text) {
    const width = utf8Width(ch.codePointAt(0)!);
    if (bytes + width > byte) {
      return new Panic(`byte index ${byte} is not a char boundary; it is inside '${ch}' (bytes ${bytes}..${bytes + width}) of \`${text}\``);
    }
    bytes += width;
  }
  return new Panic(`byte index ${byte} is not a char boundary`);
}

export function utf8Bytes(text: string): number[] {
  return [...encoder.encode(text)];
}
