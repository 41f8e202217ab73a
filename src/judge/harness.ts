/*
 * The program every judge runs (rustc, the playground, the in-browser interpreter): a candidate's
 * code followed by the task's tests, and where in it those tests are. A text scan, not a parser:
 * it only needs to know strings, chars, comments, brackets and identifiers, and it must cope with
 * code that does not parse.
 */

/** One assert in the tests' `fn main`, as written. Positions are 1-based, columns in characters like rustc's. */
export interface TestAssert {
  line: number;
  column: number;
  /** The macro call without its `;`, e.g. `assert_eq!(is_prime(2), true)`; multi-line asserts keep their line breaks. */
  source: string;
}

/** Where an assert ends (just after its closing bracket), and whether it carries its own panic message. */
export interface LocatedAssert extends TestAssert {
  endLine: number;
  endColumn: number;
  /** `assert!(cond, "…")` panics with that message instead of "assertion failed: …". */
  hasCustomMessage: boolean;
}

/** A position in a program, 1-based; columns count characters (code points), as rustc does. */
export interface Position {
  line: number;
  column: number;
}

/** The tests of a program: its asserts, and the span of the item-level `fn main` body they sit in. */
export interface ProgramTests {
  asserts: LocatedAssert[];
  /** From the body's `{` to just after its `}`; null when the program has no item-level `fn main` with a body. */
  mainBody: { start: Position; end: Position } | null;
}

const ASSERT_MACROS = new Set(['assert', 'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne']);
/** How many arguments each assert takes before an optional message. */
const REQUIRED_ARGUMENTS: Record<string, number> = {
  assert: 1,
  debug_assert: 1,
  assert_eq: 2,
  assert_ne: 2,
  debug_assert_eq: 2,
  debug_assert_ne: 2,
};

/**
 * The whole program sent to rustc, the playground and the in-browser judge alike: the candidate's
 * code, a blank line, then the task's tests (a `fn main` of asserts).
 *
 * When the candidate defines its own item-level `fn main` (models often add one "to demonstrate"),
 * that function is dropped so the tests' main is the one that runs. It is replaced by its line
 * breaks only, so every other line of the candidate keeps its line number in rustc's messages.
 * Its attributes and `pub` go with it; a doc comment above it stays (it then documents the next item).
 */
export function composeProgram(candidateCode: string, testsSource: string): string {
  const candidate = withoutMain(candidateCode).trimEnd();
  const tests = testsSource.trimEnd();
  return `${candidate}\n\n${tests}\n`;
}

/**
 * The assert!/assert_eq!/assert_ne! calls (and their debug_ variants) that are statements directly
 * inside the body of the item-level `fn main` — the task's tests. Asserts nested in blocks, loops
 * or closures, and asserts in other functions, are not tests: a failure there is a runtime error.
 * With several item-level mains (a program rustc rejects) the last one is used.
 */
export function findTestAsserts(program: string): TestAssert[] {
  return locateTests(program).asserts.map(({ line, column, source }) => ({ line, column, source }));
}

/** {@link findTestAsserts} with the extra positions the verdict needs. */
export function locateTests(program: string): ProgramTests {
  const lexed = lex(program);
  const mains = itemLevelMains(lexed);
  const main = mains[mains.length - 1];
  if (main === undefined) return { asserts: [], mainBody: null };
  const { tokens } = lexed;
  const at = positions(program);
  const open = tokens[main.bodyOpen]!;
  const close = tokens[main.bodyClose]!;
  const inner = open.depth + 1;
  const asserts: LocatedAssert[] = [];
  for (let i = main.bodyOpen + 1; i < main.bodyClose; i++) {
    const token = tokens[i]!;
    if (token.depth !== inner || !startsStatement(tokens, i, main.bodyOpen)) continue;
    const call = assertCallAt(tokens, i);
    if (call === null) continue;
    const closer = tokens[call.closer]!;
    asserts.push({
      ...at(token.start),
      source: program.slice(token.start, closer.end),
      ...renameEnd(at(closer.end)),
      hasCustomMessage: topLevelCommas(tokens, call.opener, call.closer) >= REQUIRED_ARGUMENTS[call.name]!,
    });
    i = call.closer;
  }
  return { asserts, mainBody: { start: at(open.start), end: at(close.end) } };
}

/** True when the text holds no Rust tokens at all: empty, whitespace, or only `//` and `/* *\/` comments. */
export function isNoCode(source: string): boolean {
  const { tokens, unterminatedComment } = lex(source);
  // An unclosed `/*` is not "nothing": rustc rejects it, so it is judged (as a syntax error).
  return tokens.length === 0 && !unterminatedComment;
}

// ---------------------------------------------------------------------------------------------
// The scan

type TokenKind = 'ident' | 'punct' | 'literal' | 'lifetime';

interface Token {
  kind: TokenKind;
  text: string;
  /** UTF-16 offsets into the source. */
  start: number;
  end: number;
  /** Bracket depth the token sits at; an opening or closing bracket has its pair's outer depth. */
  depth: number;
  /** For brackets: the index of the matching bracket, or -1 when unbalanced. */
  pair: number;
}

interface Lexed {
  tokens: Token[];
  unterminatedComment: boolean;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);

const isIdentStart = (c: string) => /[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isIdentContinue = (c: string) => /[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 0x80;

/** Splits Rust source into tokens (comments and whitespace dropped), pairing brackets as it goes. */
/** The last text lexed: judging one program asks for it twice (is there code? where are the tests?). */
let lastLexed: { source: string; lexed: Lexed } | null = null;

function lex(source: string): Lexed {
  if (lastLexed?.source !== source) lastLexed = { source, lexed: lexUncached(source) };
  return lastLexed.lexed;
}

function lexUncached(source: string): Lexed {
  const tokens: Token[] = [];
  const stack: number[] = [];
  let unterminatedComment = false;
  let i = 0;
  const n = source.length;

  const push = (kind: TokenKind, start: number, end: number) => {
    const text = source.slice(start, end);
    const token: Token = { kind, text, start, end, depth: stack.length, pair: -1 };
    const index = tokens.length;
    tokens.push(token);
    if (kind !== 'punct') return;
    if (text in OPENERS) {
      stack.push(index);
    } else if (CLOSERS.has(text)) {
      // Pair with the nearest matching opener; openers skipped on the way stay unpaired.
      const match = stack.findLastIndex((o) => OPENERS[tokens[o]!.text] === text);
      if (match === -1) return;
      const opener = stack[match]!;
      stack.length = match;
      token.depth = stack.length;
      token.pair = opener;
      tokens[opener]!.pair = index;
    }
  };

  /** Index just past a quoted literal whose opening quote is at `quote`; backslash escapes apply. */
  const endOfQuoted = (quote: number, mark: string): number => {
    let j = quote + 1;
    while (j < n && source[j] !== mark) j += source[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, n);
  };

  /** Index just past a raw string `r#…"…"#…` whose `r` ends just before `hashStart`. */
  const endOfRaw = (hashStart: number): number => {
    let j = hashStart;
    while (source[j] === '#') j++;
    const closing = `"${'#'.repeat(j - hashStart)}`;
    const end = source.indexOf(closing, j + 1);
    return end === -1 ? n : end + closing.length;
  };

  while (i < n) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
    } else if (source.startsWith('/*', i)) {
      // Block comments nest in Rust.
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (source.startsWith('/*', j)) {
          depth++;
          j += 2;
        } else if (source.startsWith('*/', j)) {
          depth--;
          j += 2;
        } else {
          j++;
        }
      }
      if (depth > 0) unterminatedComment = true;
      i = j;
    } else if (c === '"') {
      const end = endOfQuoted(i, '"');
      push('literal', i, end);
      i = end;
    } else if (c === "'") {
      // A char literal ('a', '\n', '\u{1F600}') or a lifetime/label ('a, 'static).
      const next = source.codePointAt(i + 1);
      const width = next !== undefined && next > 0xffff ? 2 : 1;
      if (source[i + 1] === '\\') {
        const end = endOfQuoted(i, "'");
        push('literal', i, end);
        i = end;
      } else if (next !== undefined && source[i + 1 + width] === "'") {
        push('literal', i, i + 2 + width);
        i += 2 + width;
      } else {
        let j = i + 1;
        while (j < n && isIdentContinue(source[j]!)) j++;
        push('lifetime', i, j);
        i = j;
      }
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && isIdentContinue(source[j]!)) j++;
      if (source[j] === '.' && /[0-9]/.test(source[j + 1] ?? '')) {
        j++;
        while (j < n && isIdentContinue(source[j]!)) j++;
      }
      push('literal', i, j);
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentContinue(source[j]!)) j++;
      const word = source.slice(i, j);
      const after = source[j];
      if ((word === 'b' || word === 'c') && after === '"') {
        const end = endOfQuoted(j, '"');
        push('literal', i, end);
        i = end;
      } else if (word === 'b' && after === "'") {
        const end = endOfQuoted(j, "'");
        push('literal', i, end);
        i = end;
      } else if ((word === 'r' || word === 'br' || word === 'cr') && (after === '"' || (after === '#' && /[#"]/.test(source[j + 1] ?? '')))) {
        const end = endOfRaw(j);
        push('literal', i, end);
        i = end;
      } else if (word === 'r' && after === '#' && isIdentStart(source[j + 1] ?? '')) {
        // A raw identifier, r#match.
        let k = j + 1;
        while (k < n && isIdentContinue(source[k]!)) k++;
        push('ident', i, k);
        i = k;
      } else {
        push('ident', i, j);
        i = j;
      }
    } else {
      push('punct', i, i + 1);
      i++;
    }
  }
  return { tokens, unterminatedComment };
}

interface MainItem {
  /** First token of the item, including its attributes and qualifiers. */
  itemStart: number;
  bodyOpen: number;
  bodyClose: number;
}

const QUALIFIERS = new Set(['pub', 'async', 'const', 'unsafe', 'extern', 'default']);

/** Every `fn main(…) … { … }` at the top level of the file, in order. */
function itemLevelMains({ tokens }: Lexed): MainItem[] {
  const mains: MainItem[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.depth !== 0 || t.kind !== 'ident' || t.text !== 'fn') continue;
    if (tokens[i + 1]?.text !== 'main' || tokens[i + 2]?.text !== '(') continue;
    // The body is the first `{` at the item's depth after the parameters; a `;` first means no body.
    let j = tokens[i + 2]!.pair;
    if (j === -1) continue;
    let bodyOpen = -1;
    for (j++; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.depth !== 0) continue;
      if (u.text === '{') bodyOpen = j;
      if (u.text === '{' || u.text === ';' || u.text === '}') break;
    }
    if (bodyOpen === -1 || tokens[bodyOpen]!.pair === -1) continue;
    mains.push({ itemStart: itemStart(tokens, i), bodyOpen, bodyClose: tokens[bodyOpen]!.pair });
    i = tokens[bodyOpen]!.pair;
  }
  return mains;
}

/** Walks back from `fn` over qualifiers (`pub(crate)`, `async`, `extern "C"` …) and `#[…]` attributes. */
function itemStart(tokens: Token[], fnIndex: number): number {
  let start = fnIndex;
  for (;;) {
    const prev = tokens[start - 1];
    if (prev === undefined) return start;
    if (prev.kind === 'ident' && QUALIFIERS.has(prev.text)) {
      start--;
    } else if (prev.kind === 'literal' && tokens[start - 2]?.text === 'extern') {
      start -= 2;
    } else if (prev.text === ')' && prev.pair !== -1 && tokens[prev.pair - 1]?.text === 'pub') {
      start = prev.pair - 1;
    } else if (prev.text === ']' && prev.pair !== -1 && tokens[prev.pair - 1]?.text === '#') {
      start = prev.pair - 1;
    } else {
      return start;
    }
  }
}

/** The source with every item-level `fn main` replaced by its line breaks. */
function withoutMain(source: string): string {
  const lexed = lex(source);
  let out = source;
  // From the last to the first, so earlier offsets stay valid.
  for (const main of itemLevelMains(lexed).reverse()) {
    const start = lexed.tokens[main.itemStart]!.start;
    const end = lexed.tokens[main.bodyClose]!.end;
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\r\n]/g, '') + out.slice(end);
  }
  return out;
}

/** A statement starts after the body's `{`, after a `;`, or after a block that ends a statement. */
function startsStatement(tokens: Token[], index: number, bodyOpen: number): boolean {
  if (index === bodyOpen + 1) return true;
  const prev = tokens[index - 1]!;
  return prev.depth === tokens[index]!.depth && (prev.text === ';' || prev.text === '}');
}

/** `assert_eq!(…)` (or `std::assert_eq!(…)`, any bracket) starting at `index`, or null. */
function assertCallAt(tokens: Token[], index: number): { name: string; opener: number; closer: number } | null {
  let i = index;
  // An optional path: std::, core::, ::
  while (tokens[i]?.kind === 'ident' && tokens[i + 1]?.text === ':' && tokens[i + 2]?.text === ':') i += 3;
  const name = tokens[i];
  if (name?.kind !== 'ident' || !ASSERT_MACROS.has(name.text) || tokens[i + 1]?.text !== '!') return null;
  const opener = tokens[i + 2];
  if (opener === undefined || !(opener.text in OPENERS) || opener.pair === -1) return null;
  return { name: name.text, opener: i + 2, closer: opener.pair };
}

/** Commas directly inside a bracket pair (a trailing comma does not count). */
function topLevelCommas(tokens: Token[], opener: number, closer: number): number {
  const depth = tokens[opener]!.depth + 1;
  let commas = 0;
  for (let i = opener + 1; i < closer; i++) {
    const t = tokens[i]!;
    if (t.depth === depth && t.text === ',' && i + 1 < closer) commas++;
  }
  return commas;
}

function renameEnd({ line, column }: Position): { endLine: number; endColumn: number } {
  return { endLine: line, endColumn: column };
}

/** Maps UTF-16 offsets to 1-based lines and code-point columns. */
function positions(source: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = [...source.slice(lineStarts[lo]!, offset)].length + 1;
    return { line: lo + 1, column };
  };
}

/** A `fn main` asserting each public example: `assert_eq!(call, expected);`. */
export function publicExamplesHarness(examples: readonly { call: string; expected: string }[]): string {
  const asserts = examples.map((e) => `    assert_eq!(${e.call}, ${e.expected});`);
  return `fn main() {\n${asserts.join('\n')}\n}\n`;
}
