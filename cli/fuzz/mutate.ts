// Generator 1: mutations of the corpus programs (token and line edits, replacements from the same
// program or a small pool, stray delimiters, truncation, splicing two programs).
import type { Rng } from './prng';

const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|r#*"[\s\S]*?"#*|b?"(?:\\[\s\S]|[^"\\])*"|b?'(?:\\.|\\u\{[0-9a-fA-F]+\}|[^'\\])'|'[A-Za-z_]\w*|\d[\w.]*|[A-Za-z_]\w*|::|->|=>|==|!=|<=|>=|&&|\|\||<<|>>|\+=|-=|\*=|\/=|%=|\.\.=?|[\s\S]/gu;

type Kind = 'ws' | 'comment' | 'lit' | 'ident' | 'type' | 'op' | 'punct';
interface Token {
  text: string;
  kind: Kind;
}

const TYPES = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str', 'String', 'Vec', 'Option', 'Result', 'HashMap', 'HashSet', 'Self', 'Box']);
const OPS = new Set(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||', '&', '|', '^', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '!', '..', '..=', '=']);

const POOL_TYPES = ['i32', 'u8', 'usize', 'String', '&str', 'Vec<i32>', 'Option<i32>', 'i64', 'u64', 'char', 'bool', 'f64'];
const POOL_LITS = ['0', '-1', '255', '1e10', "'a'", '"x"', 'true', 'None', '1', '2147483647', 'i32::MAX', 'u64::MAX', '0.5', '""', 'false', '-2147483648', '256', '1_000_000_007'];
const POOL_OPS = ['+', '-', '*', '/', '%', '==', '<', '&', '!=', '>=', '>', '<=', '&&', '||', '+=', '-=', '..', '..='];
const POOL_MISC = ['&mut ', '&', '.clone()', '.unwrap()', '?', 'mut ', '.len()', '.iter()', '.to_string()', ' as usize', ' as i32', '*', 'return ', 'break;', 'continue;', 'Some(', ')', '!'];
const DELIMS = ['{', '}', '(', ')', '[', ']', ';', ',', '<', '>', ':', '=>', '|'];

function classify(text: string): Kind {
  if (/^\s/.test(text)) return 'ws';
  if (text.startsWith('//') || text.startsWith('/*')) return 'comment';
  if (/^(\d|b?["']|r#*")/.test(text) || text === 'true' || text === 'false') return 'lit';
  if (/^[A-Za-z_]/.test(text)) return TYPES.has(text) ? 'type' : 'ident';
  if (OPS.has(text)) return 'op';
  return 'punct';
}

export function tokenize(source: string): Token[] {
  return (source.match(TOKEN) ?? []).map((text) => ({ text, kind: classify(text) }));
}

/** Index of a random token of one of the kinds, or -1. */
function find(rng: Rng, tokens: Token[], kinds: Kind[]): number {
  const idx: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (kinds.includes(tokens[i]!.kind)) idx.push(i);
  return idx.length === 0 ? -1 : rng.pick(idx);
}

const KEYWORDS = new Set(['fn', 'let', 'mut', 'if', 'else', 'while', 'for', 'in', 'loop', 'match', 'return', 'struct', 'enum', 'impl', 'use', 'pub', 'self', 'break', 'continue', 'as', 'ref', 'const', 'static', 'where', 'trait', 'type', 'mod', 'crate', 'super', 'move', 'dyn', 'unsafe']);

type TokenMutation = (rng: Rng, t: Token[], others: string[]) => void;

function replaceAt(t: Token[], i: number, text: string): void {
  if (i >= 0) t[i] = { text, kind: classify(text) };
}

const tokenMutations: [number, TokenMutation][] = [
  [1, (rng, t) => { const i = find(rng, t, ['ident', 'type', 'lit', 'op', 'punct']); if (i >= 0) t.splice(i, 1); }],
  [2, (rng, t) => { const i = find(rng, t, ['ident', 'lit', 'op']); if (i >= 0) t.splice(i, 1); }],
  [1, (rng, t) => { const i = find(rng, t, ['ident', 'type', 'lit', 'op', 'punct']); if (i >= 0) t.splice(i, 0, { ...t[i]! }); }],
  [1, (rng, t) => {
    // Two tokens of the same kind swapped (two names, two literals, two operators, ...).
    const i = find(rng, t, ['ident', 'type', 'lit', 'op']);
    const j = i < 0 ? -1 : find(rng, t, [t[i]!.kind]);
    if (i >= 0 && j >= 0) [t[i], t[j]] = [t[j]!, t[i]!];
  }],
  [0.5, (rng, t) => { const i = find(rng, t, ['ident', 'type', 'lit', 'op', 'punct']); if (i > 0) [t[i - 1], t[i]] = [t[i]!, t[i - 1]!]; }],
  [8, (rng, t) => {
    // An identifier replaced by another identifier of the same program (not a keyword).
    const names = [...new Set(t.filter((x) => x.kind === 'ident' && !KEYWORDS.has(x.text)).map((x) => x.text))];
    const i = find(rng, t, ['ident']);
    if (i >= 0 && !KEYWORDS.has(t[i]!.text) && names.length > 0) replaceAt(t, i, rng.pick(names));
  }],
  [10, (rng, t) => {
    const lits = t.filter((x) => x.kind === 'lit').map((x) => x.text);
    const i = find(rng, t, ['lit']);
    replaceAt(t, i, rng.chance(0.6) || lits.length === 0 ? rng.pick(POOL_LITS) : rng.pick(lits));
  }],
  [4, (rng, t) => {
    // A numeric literal nudged by a small amount (off-by-one style changes keep programs compiling).
    const i = find(rng, t, ['lit']);
    const m = i >= 0 ? /^(\d+)(.*)$/.exec(t[i]!.text) : null;
    if (m && !m[2]!.startsWith('.') && !/^[xob]/.test(m[2]!)) replaceAt(t, i, `${Math.max(0, Number(m[1]) + rng.pick([-1, 1, 2, 10, 1000]))}${m[2]}`);
  }],
  [9, (rng, t) => {
    const i = find(rng, t, ['op']);
    // Not the `!` of a macro call (`assert_eq!`): that only makes an unknown name.
    if (i >= 0 && !(t[i]!.text === '!' && t[i - 1]?.kind === 'ident')) replaceAt(t, i, rng.pick(POOL_OPS));
  }],
  [7, (rng, t) => {
    const types = t.filter((x) => x.kind === 'type').map((x) => x.text);
    const i = find(rng, t, ['type']);
    replaceAt(t, i, rng.chance(0.7) || types.length === 0 ? rng.pick(POOL_TYPES) : rng.pick(types));
  }],
  [4, (rng, t) => {
    const i = rng.int(0, t.length);
    const item = rng.pick([...POOL_MISC, ...POOL_LITS, ...POOL_OPS, ...POOL_TYPES]);
    t.splice(i, 0, { text: item, kind: classify(item) });
  }],
  [5, (rng, t) => {
    // `.clone()`, `.unwrap()`, `?` after an identifier; `&`, `&mut `, `*`, `mut ` before one.
    const i = find(rng, t, ['ident']);
    if (i < 0) return;
    if (rng.chance(0.5)) t.splice(i + 1, 0, { text: rng.pick(['.clone()', '.unwrap()', '?', '.len()', '.to_string()', '.iter()', ' as i64']), kind: 'punct' });
    else t.splice(i, 0, { text: rng.pick(['&', '&mut ', '*', 'mut ', '!', '-']), kind: 'punct' });
  }],
  [4, (rng, t) => { const i = t.findIndex((x, k) => x.text === 'mut' && k >= rng.int(0, t.length - 1)); if (i >= 0) t.splice(i, 2); }],
  [1.5, (rng, t) => { t.splice(rng.int(0, t.length), 0, { text: rng.pick(DELIMS), kind: 'punct' }); }],
  [1, (rng, t) => { const i = find(rng, t, ['punct']); if (i >= 0) t.splice(i, 1); }],
];

type LineMutation = (rng: Rng, lines: string[], others: string[]) => string[];

/** A line after the header, mostly one whose delimiters balance (a whole statement). */
function line(rng: Rng, l: string[]): number {
  const depth = (s: string) => [...s].reduce((d, c) => d + ('{(['.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0), 0);
  const whole = l.map((_, i) => i).filter((i) => i >= 2 && l[i]!.trim() !== '' && depth(l[i]!) === 0);
  return whole.length > 0 && rng.chance(0.85) ? rng.pick(whole) : rng.int(2, Math.max(2, l.length - 1));
}

const lineMutations: [number, LineMutation][] = [
  [4, (rng, l) => { l.splice(line(rng, l), 1); return l; }],
  [3, (rng, l) => { const i = line(rng, l); l.splice(i, 0, l[i] ?? ''); return l; }],
  [2, (rng, l) => {
    const i = line(rng, l);
    const j = line(rng, l);
    [l[i], l[j]] = [l[j] ?? '', l[i] ?? ''];
    return l;
  }],
  [2, (rng, l) => { const i = line(rng, l); l.splice(i, 0, rng.pick(['}', '{', ');', 'return;', 'let x = 0;', 'loop {}', 'panic!("boom");', 'println!("{}", 1);', 'break;'])); return l; }],
  [2, (rng, l) => {
    // Truncation at a random point (line and column).
    const text = l.join('\n');
    return text.slice(0, rng.int(0, text.length)).split('\n');
  }],
  [3, (rng, l, others) => {
    // Splice: the head of this program and the tail of another.
    const o = rng.pick(others).split('\n');
    return [...l.slice(0, rng.int(0, l.length)), ...o.slice(rng.int(0, o.length))];
  }],
  [3, (rng, l, others) => {
    // Splice: this program's items with another program's `fn main` harness (or the reverse).
    const o = rng.pick(others);
    const cut = (s: string) => s.lastIndexOf('fn main');
    const a = l.join('\n');
    if (cut(a) < 0 || cut(o) < 0) return [...l, ...o.split('\n')];
    return (rng.chance(0.5) ? a.slice(0, cut(a)) + o.slice(cut(o)) : o.slice(0, cut(o)) + a).split('\n');
  }],
];

export function mutateProgram(rng: Rng, corpus: string[]): string {
  let source = rng.pick(corpus);
  const rounds = rng.weighted([[60, 1], [25, 2], [10, 3], [5, rng.int(4, 12)]] as const);
  for (let r = 0; r < rounds; r++) {
    if (rng.chance(0.85)) {
      const tokens = tokenize(source);
      if (tokens.length === 0) continue;
      rng.weighted(tokenMutations)(rng, tokens, corpus);
      source = tokens.map((x) => x.text).join('');
    } else {
      source = rng.weighted(lineMutations)(rng, source.split('\n'), corpus).join('\n');
    }
  }
  return source;
}
