/**
 * Format strings of `format!` / `println!` / `write!` …: parsing as rustc_parse_format does, and
 * the compile-time argument checks of rustc_builtin_macros (with rustc 1.95's messages), so the
 * type checker can report exactly what rustc reports.
 */

export type FormatTrait = 'display' | 'debug' | 'lowerHex' | 'upperHex' | 'binary' | 'octal' | 'lowerExp' | 'upperExp';

/**
 * Which argument a placeholder (or a `width$` / `.prec$` count) refers to.
 * - `next`: an implicit position (`{}`; also `.*`, which takes the next position before the
 *   value does); `index` is the position it resolved to.
 * - `index`: an explicit position (`{0}`, `{:1$}`). Explicit arguments are numbered positional
 *   first, then named (`format!("{1}", 5, x = 6)` refers to `x`).
 * - `name`: `{name}`, `{:width$}`: an explicit named argument, or else a captured variable.
 */
export type ArgRef = { kind: 'next'; index: number } | { kind: 'index'; index: number } | { kind: 'name'; name: string };

export interface FormatSpec {
  /** The fill character (one code point); ' ' by default. */
  fill: string;
  align: '<' | '>' | '^' | null;
  sign: '+' | '-' | null;
  alternate: boolean;
  zeroPad: boolean;
  width: number | ArgRef | null;
  /** `{:.*}` is `{ kind: 'next', index }`. */
  precision: number | ArgRef | null;
  trait: FormatTrait;
  /** `{:x?}` / `{:X?}`: Debug with integers in hex. */
  debugHex: 'lower' | 'upper' | null;
}

export interface FormatPlaceholder {
  arg: ArgRef;
  spec: FormatSpec;
  /** Offsets of `{` and just after `}` in the template (UTF-16 code units). */
  start: number;
  end: number;
}

/** Literal text (with `{{` / `}}` already unescaped) or a placeholder. */
export type FormatPiece = string | FormatPlaceholder;

/** A template rustc rejects. `message` is rustc's headline, after `error: `. */
export interface FormatError {
  kind: 'format-error';
  message: string;
  note?: string;
  /** Offset in the template the error points at. */
  offset: number;
}

export function isFormatError(r: FormatPiece[] | FormatError): r is FormatError {
  return !Array.isArray(r);
}

const TRAITS: Record<string, FormatTrait> = {
  '': 'display',
  '?': 'debug',
  x: 'lowerHex',
  X: 'upperHex',
  b: 'binary',
  o: 'octal',
  e: 'lowerExp',
  E: 'upperExp',
};

/** rustc 1.95 stores positions, widths and precisions as u16. */
const COUNT_MAX = 65535;

const isIdStart = (c: string) => /[\p{XID_Start}_]/u.test(c);
const isIdContinue = (c: string) => /\p{XID_Continue}/u.test(c);
const isWhitespace = (c: string) => /\p{White_Space}/u.test(c);

class TemplateParser {
  private pos = 0;
  private curarg = 0;
  error: FormatError | null = null;
  /** The first unknown `{:trait}`: reported only when the template otherwise parses. */
  traitError: FormatError | null = null;

  constructor(private readonly s: string) {}

  private peek(offset = 0): string | undefined {
    let p = this.pos;
    for (let i = 0; i < offset; i++) {
      if (p >= this.s.length) return undefined;
      p += this.s.codePointAt(p)! > 0xffff ? 2 : 1;
    }
    if (p >= this.s.length) return undefined;
    return String.fromCodePoint(this.s.codePointAt(p)!);
  }

  private next(): string {
    const c = this.peek()!;
    this.pos += c.length;
    return c;
  }

  private consume(c: string): boolean {
    if (this.peek() === c) {
      this.pos += c.length;
      return true;
    }
    return false;
  }

  private fail(message: string, offset: number, note?: string): void {
    this.error ??= { kind: 'format-error', message: `invalid format string: ${message}`, offset, ...(note ? { note } : {}) };
  }

  parse(): FormatPiece[] | FormatError {
    const pieces: FormatPiece[] = [];
    let text = '';
    while (this.pos < this.s.length && !this.error) {
      const start = this.pos;
      const c = this.next();
      if (c === '{') {
        if (this.consume('{')) {
          text += '{';
          continue;
        }
        const placeholder = this.placeholder(start);
        if (this.error) break;
        if (text) pieces.push(text);
        text = '';
        pieces.push(placeholder);
      } else if (c === '}') {
        if (this.consume('}')) text += '}';
        else this.fail('unmatched `}` found', start, 'if you intended to print `}`, you can escape it using `}}`');
      } else {
        text += c;
      }
    }
    if (this.error) return this.error;
    if (this.traitError) return this.traitError;
    if (text) pieces.push(text);
    return pieces;
  }

  private placeholder(start: number): FormatPlaceholder {
    let arg: ArgRef | null = null;
    const index = this.integer();
    if (index !== null) arg = { kind: 'index', index };
    else if (this.peek() !== undefined && isIdStart(this.peek()!)) arg = { kind: 'name', name: this.word() };
    const spec = this.spec();
    // implicit positions resolve after the spec, so that `.*` takes its position first
    arg ??= { kind: 'next', index: this.curarg++ };
    while (this.peek() !== undefined && isWhitespace(this.peek()!)) this.next();
    const c = this.peek();
    if (c === '}') this.next();
    else if (c === undefined)
      this.fail('expected `}` but string was terminated', this.pos, 'if you intended to print `{`, you can escape it using `{{`');
    else if (c === '.' && arg.kind === 'name' && this.fieldAccess()) return { arg, spec, start, end: this.pos };
    else this.fail(`expected \`}\`, found \`${c}\``, this.pos, 'if you intended to print `{`, you can escape it using `{{`');
    return { arg, spec, start, end: this.pos };
  }

  /** `{a.b}` / `{a.0}`: rustc names the mistake when the rest is a well-formed placeholder. */
  private fieldAccess(): boolean {
    const save = this.pos;
    const savedArg = this.curarg;
    this.next(); // '.'
    const tuple = this.integer() !== null;
    const field = !tuple && this.peek() !== undefined && isIdStart(this.peek()!) && this.word() !== '';
    if (tuple || field) {
      this.spec();
      while (this.peek() !== undefined && isWhitespace(this.peek()!)) this.next();
      if (this.peek() === '}' && !this.error) {
        this.fail(tuple ? "tuple index access isn't supported" : "field access isn't supported", save + 1);
        return true;
      }
    }
    this.pos = save;
    this.curarg = savedArg;
    return false;
  }

  private spec(): FormatSpec {
    const spec: FormatSpec = {
      fill: ' ',
      align: null,
      sign: null,
      alternate: false,
      zeroPad: false,
      width: null,
      precision: null,
      trait: 'display',
      debugHex: null,
    };
    if (!this.consume(':')) return spec;
    const second = this.peek(1);
    if (this.peek() !== undefined && (second === '<' || second === '>' || second === '^')) spec.fill = this.next();
    const align = this.peek();
    if (align === '<' || align === '>' || align === '^') {
      spec.align = align;
      this.next();
    }
    if (this.consume('+')) spec.sign = '+';
    else if (this.consume('-')) spec.sign = '-';
    if (this.consume('#')) spec.alternate = true;
    let haveWidth = false;
    if (this.consume('0')) {
      // `0$` is width = argument 0, not the `0` flag
      if (this.consume('$')) {
        spec.width = { kind: 'index', index: 0 };
        haveWidth = true;
      } else spec.zeroPad = true;
    }
    if (!haveWidth) spec.width = this.count();
    if (this.consume('.')) {
      spec.precision = this.consume('*') ? { kind: 'next', index: this.curarg++ } : this.count();
    }
    const traitStart = this.pos;
    let ty: string;
    if (this.consume('x')) {
      ty = this.consume('?') ? '?' : 'x';
      if (ty === '?') spec.debugHex = 'lower';
    } else if (this.consume('X')) {
      ty = this.consume('?') ? '?' : 'X';
      if (ty === '?') spec.debugHex = 'upper';
    } else if (this.consume('?')) ty = '?';
    else ty = this.peek() !== undefined && isIdStart(this.peek()!) ? this.word() : '';
    const trait = TRAITS[ty];
    if (trait) spec.trait = trait;
    else
      this.traitError ??= {
        kind: 'format-error',
        message: ty === 'p' ? 'the judge does not support `{:p}` (pointer formatting)' : `unknown format trait \`${ty}\``,
        offset: traitStart,
      };
    return spec;
  }

  private count(): number | ArgRef | null {
    const i = this.integer();
    if (i !== null) return this.consume('$') ? { kind: 'index', index: i } : i;
    const save = this.pos;
    if (this.peek() !== undefined && isIdStart(this.peek()!)) {
      const name = this.word();
      if (this.consume('$')) return { kind: 'name', name };
    }
    this.pos = save;
    return null;
  }

  private word(): string {
    const start = this.pos;
    this.next();
    while (this.peek() !== undefined && isIdContinue(this.peek()!)) this.next();
    const word = this.s.slice(start, this.pos);
    if (word === '_') {
      this.error ??= {
        kind: 'format-error',
        message: 'invalid format string: invalid argument name `_`',
        note: 'argument name cannot be a single underscore',
        offset: start,
      };
    }
    return word;
  }

  private integer(): number | null {
    const start = this.pos;
    while (this.peek() !== undefined && /[0-9]/.test(this.peek()!)) this.next();
    if (this.pos === start) return null;
    const digits = this.s.slice(start, this.pos);
    if (BigInt(digits) > BigInt(COUNT_MAX)) {
      this.fail(`integer \`${digits}\` does not fit into the type \`u16\` whose range is \`0..=${COUNT_MAX}\``, start);
    }
    return Number(digits);
  }
}

/** Parses a format template; the first error rustc would report, if any. */
export function parseFormatString(template: string): FormatPiece[] | FormatError {
  return new TemplateParser(template).parse();
}

// ---------------------------------------------------------------------------------------------
// Compile-time argument checks

export interface FormatArgumentCheck {
  /** rustc's error headlines, in the order rustc reports them (after `error: `). */
  errors: string[];
  /** Names used in the template that are not explicit named arguments: captured variables. */
  captures: string[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** rustc_errors::listify: "a", "a and b", "a, b and c". */
function listify(items: number[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The argument checks `format_args!` performs once the template parsed.
 * @param positional how many positional arguments follow the template
 * @param named the explicit named arguments (`x = …`), in order
 * @param positionalPaths for each positional argument, its identifier when it is a plain
 *   variable (`format!("{x}", x)` is then reported as a redundant argument), else null
 */
export function checkFormatArguments(
  pieces: FormatPiece[],
  positional: number,
  named: string[] = [],
  positionalPaths: (string | null)[] = [],
): FormatArgumentCheck {
  const explicit = positional + named.length;
  const used = new Array<boolean>(explicit).fill(false);
  const invalid: number[] = [];
  const captures: string[] = [];
  const placeholders = pieces.filter((p): p is FormatPlaceholder => typeof p !== 'string');

  const lookup = (ref: ArgRef) => {
    if (ref.kind === 'name') {
      const i = named.indexOf(ref.name);
      if (i >= 0) used[positional + i] = true;
      else if (!captures.includes(ref.name)) captures.push(ref.name);
    } else if (ref.index < explicit) used[ref.index] = true;
    else invalid.push(ref.index);
  };
  for (const p of placeholders) {
    lookup(p.arg);
    if (typeof p.spec.precision === 'object' && p.spec.precision) lookup(p.spec.precision);
    if (typeof p.spec.width === 'object' && p.spec.width) lookup(p.spec.width);
  }

  const errors: string[] = [];
  if (invalid.length > 0) {
    const desc =
      explicit === 0 ? 'no arguments were given' : explicit === 1 ? 'there is 1 argument' : `there are ${explicit} arguments`;
    const isExplicitIndex = (r: number | ArgRef | null) => typeof r === 'object' && r !== null && r.kind === 'index';
    const anyNumbered = placeholders.some((p) => p.arg.kind === 'index' || isExplicitIndex(p.spec.precision) || isExplicitIndex(p.spec.width));
    if (!anyNumbered) {
      let n = 0;
      for (const p of placeholders) {
        if (typeof p.spec.precision === 'object' && p.spec.precision?.kind === 'next') n++;
        if (p.arg.kind === 'next') n++;
      }
      errors.push(`${plural(n, 'positional argument')} in format string, but ${desc}`);
    } else {
      const indexes = [...new Set(invalid)].sort((a, b) => a - b);
      errors.push(`invalid reference to positional argument${indexes.length === 1 ? '' : 's'} ${listify(indexes)} (${desc})`);
    }
  }

  const unused = used.flatMap((u, i) => (u ? [] : [i]));
  if (unused.length > 0) {
    const bindings = placeholders.flatMap((p) => (p.arg.kind === 'name' ? [p.arg.name] : []));
    const redundant = unused.filter((i) => i < positional && positionalPaths[i] != null && bindings.includes(positionalPaths[i]!));
    if (redundant.length > 0) errors.push(`redundant argument${redundant.length === 1 ? '' : 's'}`);
    else if (unused.length === 1) errors.push(unused[0]! >= positional ? 'named argument never used' : 'argument never used');
    else errors.push('multiple unused formatting arguments');
  }
  return { errors, captures };
}
