import type { SyntaxNode } from './syntax-tree';
import type { Diagnostic } from '../../core/verdict';
import type { OffsetMap, SourceText } from './spans';

/*
 * Syntax errors in rustc's words. rustc first lexes the file into token trees (reporting unknown
 * characters, unterminated literals and unbalanced delimiters), then parses. We do the same: a small
 * lexer of our own for the first kind, then tree-sitter's ERROR and MISSING nodes, described with
 * the message rustc gives in the common cases. Positions matter more than exact wording.
 */

const IDENT_START = /[\p{XID_Start}_]/u;
const IDENT_CONTINUE = /\p{XID_Continue}/u;
const PUNCTUATION = ';,.:=<>!&|+-*/%^@#~?$';
const OPENERS = '([{';
const CLOSERS = ')]}';

function diagnostic(source: SourceText, offset: number, message: string, code: string | null = null): Diagnostic {
  const { line, column } = source.position(offset);
  return { code, message, line, column };
}

function showChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp >= 0x20 && cp < 0x7f ? ch : `\\u{${cp.toString(16)}}`;
}

const NUMBER_SUFFIXES = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64']);

/** Which literal prefixes each identifier may carry in edition 2021 (`b"…"`, `r#"…"#`, `r#ident`, …). */
const PREFIXES: Record<string, string> = { b: '"\'', c: '"', r: '"#', br: '"#', cr: '"#' };

/**
 * The errors rustc's lexer reports before any parsing: unknown characters and unknown literal
 * prefixes (all of them), the first unterminated comment or literal, then delimiter errors the way
 * rustc's token-tree builder finds them — mismatched pairs first, then an unexpected closing
 * delimiter or an unclosed one at the end of the file.
 */
export function lexicalErrors(source: SourceText): Diagnostic[] {
  const t = source.text;
  const out: Diagnostic[] = [];
  const stack: { ch: string; offset: number }[] = [];
  const mismatches: { found: string; foundAt: number; unclosedAt: number }[] = [];
  let lastFound = -1;
  let i = 0;
  const skipIdent = (): void => {
    while (i < t.length) {
      const ch = String.fromCodePoint(t.codePointAt(i)!);
      if (!IDENT_CONTINUE.test(ch)) break;
      i += ch.length;
    }
  };
  /** Reads a number literal; a suffix that is not a numeric type is an error (`100fn`, `5px`). */
  const numberEnd = (): Diagnostic | null => {
    const start = i;
    const radix = /0[xob]/y;
    radix.lastIndex = i;
    let float = false;
    if (radix.test(t)) {
      i += 2;
      const digits = t[start + 1] === 'x' ? /[0-9a-fA-F_]/ : /[0-9_]/;
      while (i < t.length && digits.test(t[i]!)) i++;
    } else {
      while (i < t.length && /[0-9_]/.test(t[i]!)) i++;
      // `1.5` and `2.` are floats; `1..2`, `1.max(2)` and `t.0.1` are not.
      if (t[i] === '.' && t[i + 1] !== '.' && !IDENT_START.test(t[i + 1] ?? '') && t[start - 1] !== '.') {
        float = true;
        i++;
        while (i < t.length && /[0-9_]/.test(t[i]!)) i++;
      }
      const exponent = /[eE][+-]?[0-9_]*[0-9][0-9_]*/y;
      exponent.lastIndex = i;
      if (exponent.test(t)) {
        float = true;
        i = exponent.lastIndex;
      }
    }
    const suffixStart = i;
    skipIdent();
    const suffix = t.slice(suffixStart, i);
    if (suffix === '' || NUMBER_SUFFIXES.has(suffix)) return null;
    return diagnostic(source, start, `invalid suffix \`${suffix}\` for ${float ? 'float' : 'number'} literal`);
  };
  /** An identifier right after a literal is its suffix (`"a"x`, rejected later by the parser), not a prefix. */
  const skipSuffix = (): void => {
    if (i < t.length && IDENT_START.test(String.fromCodePoint(t.codePointAt(i)!))) skipIdent();
  };
  /** Delimiter errors as rustc orders them, once lexing stops. */
  const delimiterErrors = (last: Diagnostic | null): Diagnostic[] => {
    // An unexpected closing delimiter absorbs earlier `)` / `]` that had no opening one.
    const kept = last?.message.startsWith('unexpected') ? mismatches.filter((m) => m.found === '}') : mismatches;
    const errors = kept.map((m) => diagnostic(source, Math.min(m.foundAt, m.unclosedAt), `mismatched closing delimiter: \`${m.found}\``));
    return [...out, ...errors, ...(last ? [last] : [])];
  };
  while (i < t.length) {
    const c = t[i]!;
    const next = t[i + 1];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || /\s/.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      const nl = t.indexOf('\n', i);
      i = nl < 0 ? t.length : nl + 1;
    } else if (c === '/' && next === '*') {
      const start = i;
      let depth = 0;
      while (i < t.length) {
        if (t[i] === '/' && t[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (t[i] === '*' && t[i + 1] === '/') {
          depth--;
          i += 2;
          if (depth === 0) break;
        } else i++;
      }
      if (depth > 0) return [...out, diagnostic(source, start, 'unterminated block comment', 'E0758')];
    } else if (c === '"') {
      const end = stringEnd(t, i + 1);
      if (end < 0) return [...out, diagnostic(source, i, 'unterminated double quote string', 'E0765')];
      i = end;
      skipSuffix();
    } else if (c === "'") {
      const start = i;
      const cp = t.codePointAt(i + 1);
      const ch = cp === undefined ? '' : String.fromCodePoint(cp);
      if (ch === '\\') {
        // An escaped char: `'\n'`, `'\''`, `'\u{e9}'`.
        const close = t.indexOf("'", i + 3);
        const nl = t.indexOf('\n', i);
        if (close < 0 || (nl >= 0 && nl < close)) return [...out, diagnostic(source, start, 'unterminated character literal', 'E0762')];
        i = close + 1;
        skipSuffix();
      } else if (ch !== '' && ch !== '\n' && t[i + 1 + ch.length] === "'") {
        i += 2 + ch.length;
        skipSuffix();
      } else if (IDENT_START.test(ch)) {
        // A lifetime or label; directly followed by `'` it was meant as a char literal (`'ab'`).
        i += 1;
        skipIdent();
        if (t[i] === "'") return [...out, diagnostic(source, start, 'character literal may only contain one codepoint')];
      } else {
        return [...out, diagnostic(source, start, 'unterminated character literal', 'E0762')];
      }
    } else if (OPENERS.includes(c)) {
      stack.push({ ch: c, offset: i });
      i++;
    } else if (CLOSERS.includes(c)) {
      const want = OPENERS[CLOSERS.indexOf(c)]!;
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return delimiterErrors(diagnostic(source, i, `unexpected closing delimiter: \`${c}\``));
        if (top.ch === want) {
          stack.pop();
          i++;
          break;
        }
        // A mismatch closes the innermost delimiter; the token closes an outer one if it can.
        if (lastFound !== i) mismatches.push({ found: c, foundAt: i, unclosedAt: top.offset });
        lastFound = i;
        stack.pop();
        if (!stack.some((s) => s.ch === want)) {
          i++;
          break;
        }
      }
    } else if (/[0-9]/.test(c)) {
      const bad = numberEnd();
      if (bad) out.push(bad);
    } else if (IDENT_START.test(String.fromCodePoint(t.codePointAt(i)!))) {
      const raw = /(?:br|cr|r)(#*)"/y;
      raw.lastIndex = i;
      const m = raw.exec(t);
      if (m) {
        const close = t.indexOf(`"${m[1]}`, i + m[0].length);
        if (close < 0) return [...out, diagnostic(source, i, 'unterminated raw string', 'E0748')];
        i = close + 1 + m[1]!.length;
        skipSuffix();
        continue;
      }
      const start = i;
      skipIdent();
      const word = t.slice(start, i);
      const after = t[i];
      if (after === '"' || after === "'" || after === '#') {
        if (!(PREFIXES[word] ?? '').includes(after)) out.push(diagnostic(source, start, `prefix \`${word}\` is unknown`));
        else if (after === '#') i++; // `r#ident`
      }
    } else if (PUNCTUATION.includes(c)) {
      i++;
    } else {
      const ch = String.fromCodePoint(t.codePointAt(i)!);
      out.push(diagnostic(source, i, `unknown start of token: ${showChar(ch)}`));
      while (t.startsWith(ch, i)) i += ch.length;
    }
  }
  if (stack.length > 0) {
    const { line, column } = source.endOfFile();
    return delimiterErrors({ code: null, message: 'this file contains an unclosed delimiter', line, column });
  }
  return delimiterErrors(null);
}

/** Offset just after the closing quote of a string whose body starts at `i`, or −1. */
function stringEnd(t: string, i: number): number {
  while (i < t.length) {
    const c = t[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Errors in the tree

interface Token {
  type: string;
  text: string;
  start: number;
  end: number;
  missing: boolean;
}

const LITERALS = new Set(['string_literal', 'raw_string_literal', 'char_literal', 'integer_literal', 'float_literal', 'boolean_literal']);
const COMMENTS = new Set(['line_comment', 'block_comment']);
/** Tokens after which a list element starts. */
const LIST_OPENERS = ['(', '[', ','];
const BINARY_OPERATORS = new Set(['+', '-', '*', '/', '%', '&&', '||', '==', '!=', '<', '>', '<=', '>=', '&', '|', '^', '<<', '>>', '=']);
const KEYWORDS = new Set(
  'as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while'.split(' '),
);

function collectTokens(node: SyntaxNode, out: Token[]): void {
  if (COMMENTS.has(node.type)) return;
  if (node.childCount === 0 || LITERALS.has(node.type)) {
    out.push({ type: node.type, text: node.text, start: node.startIndex, end: node.endIndex, missing: node.isMissing });
    return;
  }
  for (const child of node.children) collectTokens(child, out);
}

function firstErrorNode(node: SyntaxNode): SyntaxNode | null {
  if (!node.hasError && !node.isMissing) return null;
  for (const child of node.children) {
    const found = firstErrorNode(child);
    if (found) return found;
  }
  return node.isError || node.isMissing ? node : null;
}

/** Where a tree was parsed from: the file itself, or a macro's arguments wrapped in a snippet. */
export interface ErrorContext {
  source: SourceText;
  map: OffsetMap;
  /** True when the tree is a re-parsed macro body (the end of input is "end of macro arguments"). */
  inMacro: boolean;
}

/** Helpers shared by the descriptions of one tree's error. */
function lookup(root: SyntaxNode, ctx: ErrorContext) {
  const tokens: Token[] = [];
  collectTokens(root, tokens);
  const at = (offset: number, message: string): Diagnostic => diagnostic(ctx.source, ctx.map.start(offset), message);
  return {
    tokens,
    at,
    atEnd: (offset: number, message: string): Diagnostic => diagnostic(ctx.source, ctx.map.end(offset), message),
    /** In a macro snippet, tokens of our glue (`__f(`, `);}`) are the end of the macro's arguments. */
    real: (tok: Token | undefined): Token | undefined => (tok && ctx.inMacro && !ctx.map.covers(tok.start) ? undefined : tok),
    /** The first real token at or after an offset. */
    after(offset: number): Token | undefined {
      return this.real(tokens.find((t) => !t.missing && t.start >= offset));
    },
    describe(tok: Token | undefined): string {
      if (!tok) return ctx.inMacro ? 'end of macro arguments' : '`<eof>`';
      return KEYWORDS.has(tok.text) ? `keyword \`${tok.text}\`` : `\`${tok.text.length > 40 ? `${tok.text.slice(0, 40)}…` : tok.text}\``;
    },
    /** At a found token, or where the input ends when there is none. */
    foundAt(tok: Token | undefined, fallback: number, message: string): Diagnostic {
      if (tok) return at(tok.start, message);
      if (ctx.inMacro) return at(fallback, message);
      // For "found `<eof>`" rustc points at the last token.
      const last = [...tokens].reverse().find((t) => !t.missing);
      if (last) return at(last.start, message);
      const { line, column } = ctx.source.endOfFile();
      return { code: null, message, line, column };
    },
    lineOf: (offset: number): number => ctx.source.position(ctx.map.start(offset)).line,
  };
}

type Lookup = ReturnType<typeof lookup>;

/**
 * Describes the first ERROR or MISSING node of a tree that has one, as rustc would. The rules
 * below were checked one by one against rustc 1.95 on the mistakes small models make.
 */
export function treeError(root: SyntaxNode, ctx: ErrorContext): Diagnostic {
  const error = firstErrorNode(root) ?? root;
  const l = lookup(root, ctx);
  return error.isMissing ? describeMissing(error, l) : describeError(error, l);
}

/** tree-sitter inserted a token that is not there: rustc says it expected it. */
function describeMissing(error: SyntaxNode, l: Lookup): Diagnostic {
  const parentType = error.parent?.type ?? '';
  const p = error.startIndex;
  const found = l.after(p);
  const what = error.type;
  const statement = error.parent;
  const owner = statement?.parent?.type;
  if (statement?.type === 'expression_statement' && (owner === 'source_file' || owner === 'declaration_list')) {
    // A stray word between items: rustc reads the start of a macro call or a path.
    const word = l.real(l.tokens.find((t) => !t.missing && t.start >= statement.startIndex));
    if (word?.type === 'identifier' && !KEYWORDS.has(word.text)) {
      const next = l.after(word.end);
      return l.foundAt(next, word.end, `expected one of \`!\` or \`::\`, found ${l.describe(next)}`);
    }
  }
  if (!error.isNamed || /^[^a-z_]/.test(what)) {
    if (what === ',' && parentType === 'match_arm') return l.atEnd(p, 'expected `,` following `match` arm');
    // rustc points just after the previous token when the next one is on another line.
    const sameLine = found !== undefined && l.lineOf(found.start) === l.lineOf(p);
    if (what === ';' && sameLine && parentType === 'let_declaration') {
      return l.at(found.start, `expected one of \`.\`, \`;\`, \`?\`, \`else\`, or an operator, found ${l.describe(found)}`);
    }
    const message = `expected \`${what}\`, found ${l.describe(found)}`;
    return sameLine ? l.at(found.start, message) : l.atEnd(p, message);
  }
  const expected = /type/.test(what) ? 'type' : what === 'identifier' && !/pattern|parameter/.test(parentType) ? 'expression' : 'identifier';
  return l.foundAt(found, p, `expected ${expected}, found ${l.describe(found)}`);
}

/** tree-sitter skipped tokens it could not fit: find the one rustc would complain about. */
function describeError(error: SyntaxNode, l: Lookup): Diagnostic {
  const { at, atEnd, describe, lineOf, tokens } = l;
  const parentType = error.parent?.type ?? '';
  const inside = tokens.filter((t) => !t.missing && t.start >= error.startIndex && t.end <= error.endIndex);
  const first = l.real(inside[0]);
  const second = inside[1];
  const before = [...tokens].reverse().find((t) => !t.missing && t.end <= error.startIndex);
  const children = error.children.filter((c) => !COMMENTS.has(c.type));
  if (first && second && (first.text === '+' || first.text === '-') && second.text === first.text && second.start === first.end && before) {
    return at(first.start, `Rust has no postfix ${first.text === '+' ? 'increment' : 'decrement'} operator`);
  }
  if (before?.text === '?' && inside.some((t) => t.text === ':')) return at(before.start, 'Rust has no ternary operator');
  // `fn f() ->` with no type after the arrow (but `fn f() i32 ->` is a missing arrow, below).
  if (inside.length > 0 && inside[inside.length - 1]!.text === '->' && (inside.length === 1 || inside[inside.length - 2]!.text === ')')) {
    const after = l.after(error.endIndex);
    return l.foundAt(after, error.endIndex, `expected type, found ${describe(after)}`);
  }
  if (!first) return l.foundAt(undefined, error.startIndex, `expected item, found ${describe(undefined)}`);
  // `let x == 1`: tree-sitter splits `==` and trips on the second `=`.
  if (first.text === '=' && before?.text === '=' && before.end === first.start) return at(before.start, 'unexpected `==`');
  // An operator with nothing after it: `f(1 +)`.
  if (BINARY_OPERATORS.has(inside[inside.length - 1]!.text)) {
    const after = l.after(error.endIndex);
    if (!after || CLOSERS.includes(after.text)) return l.foundAt(after, error.endIndex, `expected expression, found ${describe(after)}`);
  }
  // Python habits: `if x > 0:`, `while x < 5:`, `for i in v:`.
  if (children.length === 2 && children[0]!.isNamed && children[1]!.type === ':') {
    let header = false;
    for (let n: SyntaxNode | null = error.parent; n && !header; n = n.parent) header = /^(if|while|for)\b/.test(n.text);
    return at(children[1]!.startIndex, header ? 'expected `{`, found `:`' : 'unexpected token: `:`');
  }
  // What comes before can be followed by an expression (`{`, `;`, an operator) and the ERROR is one
  // complete expression ending its line: the `;` after it is missing.
  const endsExpression = before !== undefined && (LITERALS.has(before.type) || before.type === 'identifier' || before.type === 'self' || [')', ']', '?'].includes(before.text));
  const next = l.after(error.endIndex);
  const itemLevel = parentType === 'source_file' || parentType === 'declaration_list' || parentType.endsWith('_list') || parentType === 'parameters';
  if (!endsExpression && !itemLevel && children.length === 1 && children[0]!.isNamed && next && lineOf(next.start) > lineOf(error.endIndex - 1)) {
    return atEnd(error.endIndex, `expected \`;\`, found ${describe(next)}`);
  }
  // A list element followed by another on the same line without a comma: `(90 "XC")`, `f(a b)`.
  if (before && LIST_OPENERS.includes(before.text) && children.length === 1 && children[0]!.isNamed && !KEYWORDS.has(first.text) && next && lineOf(next.start) === lineOf(error.endIndex - 1) && !CLOSERS.includes(next.text) && next.text !== ',') {
    const closer = parentType === 'array_expression' ? '`,`, `.`, `?`, `]`' : '`)`, `,`, `.`, `?`';
    return at(next.start, `expected one of ${closer}, or an operator, found ${describe(next)}`);
  }
  // `let x = value` and then something else: tree-sitter wraps the whole statement in the ERROR.
  if (first.text === 'let' && children[0]?.type === 'let') {
    const eq = children.findIndex((c) => c.type === '=');
    const value = eq >= 0 ? children[eq + 1] : undefined;
    const next = eq >= 0 ? children[eq + 2] : undefined;
    if (value?.isNamed && next && next.type !== ';') {
      const found = l.after(next.startIndex);
      if (lineOf(next.startIndex) > lineOf(value.endIndex - 1)) return atEnd(value.endIndex, `expected \`;\`, found ${describe(found)}`);
      return at(next.startIndex, `expected one of \`.\`, \`;\`, \`?\`, \`else\`, or an operator, found ${describe(found)}`);
    }
  }
  // A statement that runs on into the next line: the `;` is missing at the end of the previous one.
  if (endsExpression && !itemLevel && !BINARY_OPERATORS.has(first.text) && first.text !== '.' && lineOf(first.start) > lineOf(before.start)) {
    return atEnd(before.end, `expected \`;\`, found ${describe(first)}`);
  }
  const found = describe(first);
  switch (parentType) {
    case 'source_file':
    case 'declaration_list':
      if (first.type === 'identifier' && !KEYWORDS.has(first.text)) {
        // A word where an item should start (`def f(`, prose): rustc reads a macro call or path.
        const next = l.after(first.end);
        return l.foundAt(next, first.end, `expected one of \`!\` or \`::\`, found ${describe(next)}`);
      }
      return at(first.start, `expected item, found ${found}`);
    case 'arguments':
    case 'tuple_expression':
    case 'parenthesized_expression':
      if (KEYWORDS.has(first.text) && LIST_OPENERS.includes(before?.text ?? '')) return at(first.start, `expected expression, found ${found}`);
      return at(first.start, `expected one of \`)\`, \`,\`, \`.\`, \`?\`, or an operator, found ${found}`);
    case 'array_expression':
      return at(first.start, `expected one of \`,\`, \`.\`, \`?\`, \`]\`, or an operator, found ${found}`);
    case 'let_declaration':
      return at(first.start, `expected one of \`.\`, \`;\`, \`?\`, \`else\`, or an operator, found ${found}`);
    case 'block':
    case 'expression_statement':
    case 'binary_expression':
      return at(first.start, `expected one of \`.\`, \`;\`, \`?\`, \`}\`, or an operator, found ${found}`);
    case 'parameters':
      return at(first.start, `expected one of \`)\` or \`,\`, found ${found}`);
    case 'function_item':
      return at(first.start, `expected one of \`->\`, \`where\`, or \`{\`, found ${found}`);
    case 'field_declaration_list':
    case 'field_initializer_list':
      return before ? atEnd(before.end, `expected \`,\`, or \`}\`, found ${found}`) : at(first.start, `unexpected token: ${found}`);
    default:
      return at(first.start, `unexpected token: ${found}`);
  }
}
