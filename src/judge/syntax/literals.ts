import type { SyntaxNode } from './syntax-tree';
import type { FloatSuffix, IntSuffix, Literal } from './ast';
import { type Ctx, syntaxError, unsupported } from './context';

/** A literal rustc's lexer rejects: the message and the offset (within the literal's text) it points at. */
class LiteralError {
  constructor(
    readonly message: string,
    readonly offset: number,
    readonly code: string | null = null,
  ) {}
}

const INT_SUFFIXES = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'] as const;
const SUFFIX = '(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64)?';
const INT_FORMS = new RegExp(`^(?:(0x)([0-9a-fA-F_]+)|(0o)([0-7_]+)|(0b)([01_]+)|()([0-9][0-9_]*))${SUFFIX}$`);

function isIntSuffix(s: string): s is IntSuffix {
  return (INT_SUFFIXES as readonly string[]).includes(s);
}

/** `42`, `0xff_u8`, `1_000i64`, `0b1010`; `1f64` is a float. Returns a LiteralError for malformed text. */
function decodeInteger(text: string): Literal | LiteralError {
  const m = INT_FORMS.exec(text);
  if (!m) return new LiteralError(`invalid integer literal \`${text}\``, 0);
  const prefix = m[1] ?? m[3] ?? m[5] ?? '';
  const digits = (m[2] ?? m[4] ?? m[6] ?? m[8] ?? '').replaceAll('_', '');
  const suffix = m[9] ?? null;
  if (digits === '') return new LiteralError('no valid digits found for number', 0);
  if (suffix === 'f32' || suffix === 'f64') {
    if (prefix !== '') return new LiteralError(`${prefix === '0x' ? 'hexadecimal' : prefix === '0o' ? 'octal' : 'binary'} float literal is not supported`, 0);
    return { kind: 'float', value: Number(digits), suffix };
  }
  return { kind: 'int', value: BigInt(prefix + digits), suffix: suffix !== null && isIntSuffix(suffix) ? suffix : null };
}

/** `1.5`, `1e3`, `2.`, `1.5f32`, `1_000.0_f64`. */
function decodeFloat(text: string): Literal | LiteralError {
  let body = text.replaceAll('_', '');
  let suffix: FloatSuffix | null = null;
  if (body.endsWith('f32') || body.endsWith('f64')) {
    suffix = body.endsWith('f32') ? 'f32' : 'f64';
    body = body.slice(0, -3);
  }
  const value = Number(body);
  if (Number.isNaN(value)) return new LiteralError(`invalid float literal \`${text}\``, 0);
  return { kind: 'float', value, suffix };
}

/**
 * Resolves escapes in the body of a string, char or byte literal. `start` is the offset of `body`
 * inside the literal's text (for error positions). In byte literals only ASCII and `\xNN` are allowed.
 */
function unescape(body: string, start: number, bytes: boolean): string | LiteralError {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === '\r' && body[i + 1] === '\n') {
      // CRLF inside a literal reads as LF, as rustc normalises line endings.
      i++;
      continue;
    }
    if (c !== '\\') {
      if (bytes && c.charCodeAt(0) > 0x7f) return new LiteralError('non-ASCII character in byte string literal', start + i);
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    switch (e) {
      case 'n': out += '\n'; i += 2; break;
      case 'r': out += '\r'; i += 2; break;
      case 't': out += '\t'; i += 2; break;
      case '\\': out += '\\'; i += 2; break;
      case '0': out += '\0'; i += 2; break;
      case "'": out += "'"; i += 2; break;
      case '"': out += '"'; i += 2; break;
      case 'x': {
        const hex = body.slice(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) return new LiteralError('invalid character in numeric character escape', start + i + 2);
        const value = parseInt(hex, 16);
        if (!bytes && value > 0x7f) return new LiteralError('out of range hex escape', start + i);
        out += String.fromCharCode(value);
        i += 4;
        break;
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F_]{1,8})\}/.exec(body.slice(i + 2));
        if (bytes) return new LiteralError('unicode escape in byte string', start + i);
        if (!m) return new LiteralError('invalid unicode character escape', start + i);
        const value = parseInt(m[1]!.replaceAll('_', ''), 16);
        if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return new LiteralError('invalid unicode character escape', start + i);
        out += String.fromCodePoint(value);
        i += 2 + m[0].length;
        break;
      }
      case '\n':
      case '\r': {
        // Line continuation: the backslash, the newline and the next line's leading whitespace vanish.
        i += 1;
        while (i < body.length && /\s/.test(body[i]!)) i++;
        break;
      }
      default:
        return new LiteralError(`unknown character escape: \`${e ?? ''}\``, start + i + 1);
    }
  }
  return out;
}

/** `"a\n"`, `b"ab"`, `r"x"`, `r#"x"#`, `br"x"`. Returns null for literal forms the AST does not have (C strings). */
function decodeString(text: string): Literal | LiteralError | null {
  const m = /^(b|c|br|cr|r)?(#*)"/.exec(text);
  if (!m) return new LiteralError(`invalid string literal`, 0);
  const prefix = m[1] ?? '';
  if (prefix.startsWith('c')) return null;
  const open = m[0].length;
  const body = text.slice(open, text.length - 1 - m[2]!.length);
  const raw = prefix.includes('r');
  const bytes = prefix.startsWith('b');
  let value: string | LiteralError;
  if (raw) {
    value = body.replaceAll('\r\n', '\n');
    if (bytes && /[^\x00-\x7f]/.test(value)) return new LiteralError('non-ASCII character in raw byte string literal', open + body.search(/[^\x00-\x7f]/));
  } else {
    value = unescape(body, open, bytes);
  }
  if (value instanceof LiteralError) return value;
  if (bytes) return { kind: 'byteStr', value: Array.from(value, (ch) => ch.charCodeAt(0)) };
  return { kind: 'str', value };
}

/** `'a'`, `'\n'`, `'\u{e9}'`, `b'a'`. */
function decodeChar(text: string): Literal | LiteralError {
  const bytes = text.startsWith('b');
  const open = bytes ? 2 : 1;
  const value = unescape(text.slice(open, text.length - 1), open, bytes);
  if (value instanceof LiteralError) return value;
  const points = Array.from(value);
  if (points.length !== 1) {
    return new LiteralError(
      points.length === 0 ? 'empty character literal' : `${bytes ? 'byte' : 'character'} literal may only contain one codepoint`,
      0,
    );
  }
  if (bytes) return { kind: 'byte', value: value.charCodeAt(0) };
  return { kind: 'char', value };
}

/** The literal a tree-sitter literal node stands for; malformed literals are rustc's lexer errors. */
export function lowerLiteral(ctx: Ctx, node: SyntaxNode): Literal {
  const text = node.text;
  let lit: Literal | LiteralError | null;
  switch (node.type) {
    case 'integer_literal':
      lit = decodeInteger(text);
      break;
    case 'float_literal':
      lit = decodeFloat(text);
      break;
    case 'string_literal':
    case 'raw_string_literal':
      lit = decodeString(text);
      if (lit === null) unsupported(ctx, node, `the C string literal \`${text}\``);
      break;
    case 'char_literal':
      lit = decodeChar(text);
      break;
    case 'boolean_literal':
      lit = { kind: 'bool', value: text === 'true' };
      break;
    default:
      return unsupported(ctx, node, `the literal \`${text}\``);
  }
  if (lit instanceof LiteralError) syntaxError(ctx, node.startIndex + lit.offset, lit.message, lit.code);
  return lit;
}
