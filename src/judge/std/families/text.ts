import type { Ty } from '../../check/types';
import { errValue, makeInt, okValue, parseIntegerResult } from '../../run/integers';
import { parseFloatText } from '../../run/floats';
import { Panic, type Value } from '../../run/values';
import { functions, methods, type Runtime, type RuntimeCall, type TypingContext } from '../registry';
import { byteToIndex, indexToByte, utf8Bytes, utf8Length } from '../utf8';
import {
  boolValue,
  charValue,
  deref,
  intOf,
  iterOver,
  option,
  sequenceItems,
  strValue,
  stringValue,
  textOf,
  unitValue,
  usize,
} from '../values';

const text = (call: RuntimeCall) => textOf(call.self);

/** A str pattern: &str, char, a char predicate closure, or a set of chars. Returns [start, end) JS indices. */
type Matcher = (haystack: string, from: number) => [number, number] | null;

function matcherOf(pattern: Value, rt: Runtime): Matcher {
  const p = deref(pattern);
  if (p.k === 'str' || p.k === 'string') {
    const needle = p.v;
    return (hay, from) => {
      const i = hay.indexOf(needle, from);
      return i < 0 ? null : [i, i + needle.length];
    };
  }
  const charTest = (test: (ch: string) => boolean): Matcher => (hay, from) => {
    for (let i = from; i < hay.length; ) {
      const ch = String.fromCodePoint(hay.codePointAt(i)!);
      if (test(ch)) return [i, i + ch.length];
      i += ch.length;
    }
    return null;
  };
  if (p.k === 'char') return charTest((ch) => ch === p.v);
  if (p.k === 'callable') {
    return charTest((ch) => {
      const result = deref(rt.call(p, [charValue(ch)]));
      return result.k === 'bool' && result.v;
    });
  }
  if (p.k === 'array' || p.k === 'slice' || p.k === 'vec') {
    const set = new Set(sequenceItems(p).map((item) => (deref(item) as { v: string }).v));
    return charTest((ch) => set.has(ch));
  }
  throw new Error(`unsupported str pattern ${p.k}`);
}

/** Rust accepts &str, &String, char, [char; N], &[char] and char closures as patterns. */
function patternCheck(index: number) {
  return (ctx: TypingContext): string | null => {
    const ty = ctx.resolve(ctx.generics[index]!);
    if (isPattern(ty)) return null;
    if (ty.k === 'var') return null;
    return `the trait bound \`${showShort(ty)}: Pattern\` is not satisfied`;
  };
}

function isPattern(ty: Ty): boolean {
  if (ty.k === 'char') return true;
  if (ty.k === 'fn') return ty.params.length === 1;
  if (ty.k === 'array' || ty.k === 'slice') return ty.elem.k === 'char';
  if (ty.k === 'ref') {
    const inner = ty.inner;
    if (inner.k === 'str' || (inner.k === 'adt' && inner.name === 'String')) return true;
    if (inner.k === 'ref') return isPattern(inner);
    if (inner.k === 'array' || inner.k === 'slice') return inner.elem.k === 'char';
  }
  return false;
}

function showShort(ty: Ty): string {
  return ty.k === 'adt' ? ty.name : ty.k;
}

/** Every match of a pattern, as [start, end) JS indices. */
function allMatches(hay: string, m: Matcher): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from <= hay.length) {
    const hit = m(hay, from);
    if (!hit) break;
    out.push(hit);
    from = hit[1] > hit[0] ? hit[1] : hit[1] + 1;
  }
  return out;
}

function splitBy(hay: string, m: Matcher, limit = Infinity): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const [a, b] of allMatches(hay, m)) {
    if (parts.length === limit - 1) break;
    if (a === b && (a === 0 || a === hay.length)) {
      // An empty pattern matches at both ends too: "abc".split("") is ["", "a", "b", "c", ""].
      parts.push(hay.slice(start, a));
      start = b;
      continue;
    }
    parts.push(hay.slice(start, a));
    start = b;
  }
  parts.push(hay.slice(start));
  return parts;
}

const whitespace = /[\s\u0085]/u;
const isWs = (ch: string) => whitespace.test(ch);
function trimStart(s: string): string {
  let i = 0;
  while (i < s.length && isWs(s[i]!)) i++;
  return s.slice(i);
}
function trimEnd(s: string): string {
  let i = s.length;
  while (i > 0 && isWs(s[i - 1]!)) i--;
  return s.slice(0, i);
}

const strs = (parts: string[]) => iterOver(parts.map(strValue), 'Split');
const pat = (index: number) => ({ check: patternCheck(index) });

/**
 * Splitting and matching iterate from both ends only when the pattern's searcher is a
 * DoubleEndedSearcher: a char, chars, or a char predicate — not a &str (`s.split(", ").rev()` is E0277).
 */
const patBothEnds = (index: number) => ({
  ...pat(index),
  returns: (ctx: TypingContext, ret: Ty): Ty => (ret.k === 'iter' ? { ...ret, doubleEnded: isCharPattern(ctx.resolve(ctx.generics[index]!)) } : ret),
});

function isCharPattern(ty: Ty): boolean {
  const t = ty.k === 'ref' ? ty.inner : ty;
  if (t.k === 'char' || t.k === 'fn') return true;
  return (t.k === 'array' || t.k === 'slice') && t.elem.k === 'char';
}

/** Methods of `str` (and of String through deref). */
const strEntries = methods('str', {
  len: ['fn(&self) -> usize', (call) => usize(utf8Length(text(call)))],
  is_empty: ['fn(&self) -> bool', (call) => boolValue(text(call).length === 0)],
  chars: ['fn(&self) -> IterDe<char>', {
    returns: (_ctx, ret) => (ret.k === 'iter' ? { ...ret, source: 'chars' } : ret),
    run: (call) => charsIterator(text(call)),
  }],
  bytes: ['fn(&self) -> Iter<u8>', (call) => iterOver(utf8Bytes(text(call)).map((b) => makeInt('u8', BigInt(b))), 'Bytes')],
  char_indices: ['fn(&self) -> IterDe<(usize, char)>', (call) => {
    const s = text(call);
    const out: Value[] = [];
    let bytes = 0;
    for (const ch of s) {
      out.push({ k: 'tuple', items: [usize(bytes), charValue(ch)] });
      bytes += utf8Length(ch);
    }
    return iterOver(out, 'CharIndices');
  }],
  split_whitespace: ['fn(&self) -> IterDe<&str>', (call) => strs(text(call).split(/[\s\u0085]+/u).filter((p) => p.length > 0))],
  lines: ['fn(&self) -> IterDe<&str>', (call) => {
    const s = text(call);
    const parts = s.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    if (s.endsWith('\n') || s === '') parts.pop();
    return strs(parts);
  }],
  split: ['fn<P>(&self, P) -> IterFwd<&str>', { ...patBothEnds(0), run: (call) => strs(splitBy(text(call), matcherOf(call.args[0]!, call.rt))) }],
  splitn: ['fn<P>(&self, usize, P) -> IterFwd<&str>', { ...pat(0), run: (call) => strs(splitBy(text(call), matcherOf(call.args[1]!, call.rt), Number(intOf(call.args[0]!)))) }],
  rsplit: ['fn<P>(&self, P) -> IterFwd<&str>', { ...patBothEnds(0), run: (call) => strs(splitBy(text(call), matcherOf(call.args[0]!, call.rt)).reverse()) }],
  split_terminator: ['fn<P>(&self, P) -> IterFwd<&str>', { ...patBothEnds(0), run: (call) => {
    const parts = splitBy(text(call), matcherOf(call.args[0]!, call.rt));
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return strs(parts);
  } }],
  split_once: ['fn<P>(&self, P) -> Option<(&str, &str)>', { ...pat(0), run: (call) => {
    const s = text(call);
    const hit = matcherOf(call.args[0]!, call.rt)(s, 0);
    return option(hit ? { k: 'tuple', items: [strValue(s.slice(0, hit[0])), strValue(s.slice(hit[1]))] } : null);
  } }],
  trim: ['fn(&self) -> &str', (call) => strValue(trimEnd(trimStart(text(call))))],
  trim_start: ['fn(&self) -> &str', (call) => strValue(trimStart(text(call)))],
  trim_end: ['fn(&self) -> &str', (call) => strValue(trimEnd(text(call)))],
  trim_matches: ['fn<P>(&self, P) -> &str', { ...pat(0), run: (call) => strValue(trimWith(text(call), matcherOf(call.args[0]!, call.rt), true, true)) }],
  trim_start_matches: ['fn<P>(&self, P) -> &str', { ...pat(0), run: (call) => strValue(trimWith(text(call), matcherOf(call.args[0]!, call.rt), true, false)) }],
  trim_end_matches: ['fn<P>(&self, P) -> &str', { ...pat(0), run: (call) => strValue(trimWith(text(call), matcherOf(call.args[0]!, call.rt), false, true)) }],
  to_uppercase: ['fn(&self) -> String', (call) => stringValue(text(call).toUpperCase())],
  to_lowercase: ['fn(&self) -> String', (call) => stringValue(text(call).toLowerCase())],
  to_ascii_uppercase: ['fn(&self) -> String', (call) => stringValue(text(call).replace(/[a-z]/g, (c) => c.toUpperCase()))],
  to_ascii_lowercase: ['fn(&self) -> String', (call) => stringValue(text(call).replace(/[A-Z]/g, (c) => c.toLowerCase()))],
  eq_ignore_ascii_case: ['fn(&self, &str) -> bool', (call) => {
    const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    return boolValue(lower(text(call)) === lower(textOf(call.args[0]!)));
  }],
  contains: ['fn<P>(&self, P) -> bool', { ...pat(0), run: (call) => boolValue(matcherOf(call.args[0]!, call.rt)(text(call), 0) !== null) }],
  starts_with: ['fn<P>(&self, P) -> bool', { ...pat(0), run: (call) => boolValue(matcherOf(call.args[0]!, call.rt)(text(call), 0)?.[0] === 0) }],
  ends_with: ['fn<P>(&self, P) -> bool', { ...pat(0), run: (call) => {
    const s = text(call);
    return boolValue(allMatches(s, matcherOf(call.args[0]!, call.rt)).some(([, end]) => end === s.length));
  } }],
  find: ['fn<P>(&self, P) -> Option<usize>', { ...pat(0), run: (call) => {
    const s = text(call);
    const hit = matcherOf(call.args[0]!, call.rt)(s, 0);
    return option(hit ? usize(indexToByte(s, hit[0])) : null);
  } }],
  rfind: ['fn<P>(&self, P) -> Option<usize>', { ...pat(0), run: (call) => {
    const s = text(call);
    const hits = allMatches(s, matcherOf(call.args[0]!, call.rt));
    const last = hits[hits.length - 1];
    return option(last ? usize(indexToByte(s, last[0])) : null);
  } }],
  matches: ['fn<P>(&self, P) -> IterFwd<&str>', { ...patBothEnds(0), run: (call) => {
    const s = text(call);
    return strs(allMatches(s, matcherOf(call.args[0]!, call.rt)).map(([a, b]) => s.slice(a, b)));
  } }],
  replace: ['fn<P>(&self, P, &str) -> String', { ...pat(0), run: (call) => {
    const s = text(call);
    const replacement = textOf(call.args[1]!);
    return stringValue(splitBy(s, matcherOf(call.args[0]!, call.rt)).join(replacement));
  } }],
  replacen: ['fn<P>(&self, P, &str, usize) -> String', { ...pat(0), run: (call) => {
    const s = text(call);
    const n = Number(intOf(call.args[2]!));
    return stringValue(splitBy(s, matcherOf(call.args[0]!, call.rt), n + 1).join(textOf(call.args[1]!)));
  } }],
  strip_prefix: ['fn<P>(&self, P) -> Option<&str>', { ...pat(0), run: (call) => {
    const s = text(call);
    const hit = matcherOf(call.args[0]!, call.rt)(s, 0);
    return option(hit && hit[0] === 0 ? strValue(s.slice(hit[1])) : null);
  } }],
  strip_suffix: ['fn<P>(&self, P) -> Option<&str>', { ...pat(0), run: (call) => {
    const s = text(call);
    const hit = allMatches(s, matcherOf(call.args[0]!, call.rt)).find(([, end]) => end === s.length);
    return option(hit ? strValue(s.slice(0, hit[0])) : null);
  } }],
  repeat: ['fn(&self, usize) -> String', (call) => {
    const count = Number(intOf(call.args[0]!));
    call.rt.allocate(utf8Length(text(call)) * count);
    return stringValue(text(call).repeat(count));
  }],
  split_at: ['fn(&self, usize) -> (&str, &str)', (call) => {
    const s = text(call);
    const mid = Number(intOf(call.args[0]!));
    const at = byteToIndex(s, mid);
    if (at === null || mid > utf8Length(s)) throw new Panic(`failed to slice string`);
    return { k: 'tuple', items: [strValue(s.slice(0, at)), strValue(s.slice(at))] };
  }],
  as_bytes: ['fn(&self) -> &[u8]', (call) => ({ k: 'ref', mutable: false, place: { get: () => ({ k: 'slice', items: utf8Bytes(text(call)).map((b) => makeInt('u8', BigInt(b))), start: 0, end: utf8Length(text(call)) }), set: () => {} } })],
  is_char_boundary: ['fn(&self, usize) -> bool', (call) => {
    const s = text(call);
    const i = Number(intOf(call.args[0]!));
    return boolValue(i === utf8Length(s) || byteToIndex(s, i) !== null);
  }],
  to_owned: ['fn(&self) -> String', (call) => stringValue(text(call))],
  parse: ['fn<F>(&self) -> Result<F, ParseError<F>>', {
    obligations: (ctx) => [{ trait: 'FromStr', ty: ctx.generics[0]! }],
    run: (call) => parseAs(text(call), call.generics[0]!),
  }],
});

function trimWith(s: string, m: Matcher, start: boolean, end: boolean): string {
  let from = 0;
  let to = s.length;
  if (start) {
    for (let hit = m(s, from); hit && hit[0] === from && hit[1] > hit[0]; hit = m(s, from)) from = hit[1];
  }
  if (end) {
    for (;;) {
      const last = allMatches(s.slice(0, to), m).filter(([a, b]) => b === to && a >= from && b > a).pop();
      if (!last) break;
      to = last[0];
    }
  }
  return s.slice(from, Math.max(from, to));
}

/** `s.parse::<T>()` for integers, floats, bool and char. */
function parseAs(s: string, target: Ty): Value {
  if (target.k === 'int') return parseIntegerResult(s, target.ty);
  if (target.k === 'float') {
    const r = parseFloatText(s, target.ty);
    if ('ok' in r) return okValue(r.ok);
    return errValue({ k: 'adt', name: 'ParseFloatError', variant: null, fields: [{ k: 'adt', name: 'FloatErrorKind', variant: r.err, fields: [], fieldNames: null }], fieldNames: ['kind'] });
  }
  if (target.k === 'bool') {
    if (s === 'true' || s === 'false') return okValue(boolValue(s === 'true'));
    return errValue({ k: 'adt', name: 'ParseBoolError', variant: null, fields: [], fieldNames: [] });
  }
  if (target.k === 'char') {
    const chars = [...s];
    if (chars.length === 1) return okValue(charValue(chars[0]!));
    return errValue({ k: 'adt', name: 'ParseCharError', variant: null, fields: [{ k: 'adt', name: 'CharErrorKind', variant: chars.length === 0 ? 'EmptyString' : 'TooManyChars', fields: [], fieldNames: null }], fieldNames: ['kind'] });
  }
  if (target.k === 'adt' && target.name === 'String') return okValue(stringValue(s));
  throw new Error(`parse into ${target.k} is not supported`);
}

const place = (call: RuntimeCall) => {
  if (!call.place) throw new Error('String method needs its place');
  return call.place;
};
const setText = (call: RuntimeCall, value: string) => place(call).set(stringValue(value));

/** Methods of `String` itself (its `str` methods come through deref). */
const stringEntries = methods('String', {
  push: ['fn(&mut self, char)', (call) => (setText(call, text(call) + (deref(call.args[0]!) as { v: string }).v), unitValue)],
  push_str: ['fn(&mut self, &str)', (call) => (call.rt.allocate(textOf(call.args[0]!).length), setText(call, text(call) + textOf(call.args[0]!)), unitValue)],
  pop: ['fn(&mut self) -> Option<char>', (call) => {
    const chars = [...text(call)];
    const last = chars.pop();
    setText(call, chars.join(''));
    return option(last === undefined ? null : charValue(last));
  }],
  clear: ['fn(&mut self)', (call) => (setText(call, ''), unitValue)],
  insert: ['fn(&mut self, usize, char)', (call) => {
    const s = text(call);
    const at = Number(intOf(call.args[0]!));
    const i = byteToIndex(s, at);
    if (i === null || at > utf8Length(s)) throw new Panic('assertion failed: self.is_char_boundary(idx)');
    setText(call, s.slice(0, i) + (deref(call.args[1]!) as { v: string }).v + s.slice(i));
    return unitValue;
  }],
  insert_str: ['fn(&mut self, usize, &str)', (call) => {
    const s = text(call);
    const at = Number(intOf(call.args[0]!));
    const i = byteToIndex(s, at);
    if (i === null || at > utf8Length(s)) throw new Panic('assertion failed: self.is_char_boundary(idx)');
    setText(call, s.slice(0, i) + textOf(call.args[1]!) + s.slice(i));
    return unitValue;
  }],
  remove: ['fn(&mut self, usize) -> char', (call) => {
    const s = text(call);
    const at = Number(intOf(call.args[0]!));
    const i = byteToIndex(s, at);
    if (i === null || i >= s.length) throw new Panic('cannot remove a char from the end of a string');
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    setText(call, s.slice(0, i) + s.slice(i + ch.length));
    return charValue(ch);
  }],
  truncate: ['fn(&mut self, usize)', (call) => {
    const s = text(call);
    const at = Number(intOf(call.args[0]!));
    if (at < utf8Length(s)) {
      const i = byteToIndex(s, at);
      if (i === null) throw new Panic('assertion failed: self.is_char_boundary(new_len)');
      setText(call, s.slice(0, i));
    }
    return unitValue;
  }],
  retain: ['fn(&mut self, FnMut(char) -> bool)', (call) => {
    const kept = [...text(call)].filter((ch) => (deref(call.rt.call(call.args[0]!, [charValue(ch)])) as { v: boolean }).v);
    setText(call, kept.join(''));
    return unitValue;
  }],
  as_str: ['fn(&self) -> &str', (call) => strValue(text(call))],
  capacity: ['fn(&self) -> usize', (call) => usize(utf8Length(text(call)))],
  into_bytes: ['fn(self) -> Vec<u8>', (call) => ({ k: 'vec', items: utf8Bytes(text(call)).map((b) => makeInt('u8', BigInt(b))) })],
});

export const textMethods = [...strEntries, ...stringEntries];

export const textFunctions = functions({
  'String::new': ['fn() -> String', () => stringValue('')],
  'String::with_capacity': ['fn(usize) -> String', () => stringValue('')],
  'String::from': [
    'fn<A>(A) -> String',
    {
      obligations: (ctx) => [{ trait: 'Into', from: ctx.generics[0]!, ty: ctx.selfTy }],
      run: (args) => {
        const v = deref(args[0]!);
        return stringValue(v.k === 'char' ? v.v : textOf(v));
      },
    },
  ],
  'String::from_utf8': ['fn(Vec<u8>) -> Result<String, FromUtf8Error>', (args) => {
    const bytes = sequenceItems(args[0]!).map((b) => Number(intOf(b)));
    try {
      return okValue(stringValue(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))));
    } catch {
      return errValue({ k: 'adt', name: 'FromUtf8Error', variant: null, fields: [], fieldNames: [] });
    }
  }],
});

/** `s.chars()`: an iterator that can also give back what is left as a &str (`as_str`). */
function charsIterator(s: string): Value {
  const chars = [...s];
  let front = 0;
  let back = chars.length;
  return {
    k: 'iter',
    name: 'Chars',
    next: () => (front < back ? charValue(chars[front++]!) : null),
    nextBack: () => (front < back ? charValue(chars[--back]!) : null),
    asStr: () => chars.slice(front, back).join(''),
  };
}
