/*
 * Judge findings anchored to lines of code, laid out the way rustc prints them: the message under
 * the offending line, a caret under the column. Pure text work shared by the highlighted view and
 * its plain-text fallback, so both show the same thing.
 */

/** A finding on one line of the shown code. Positions are 1-based; columns count characters, as rustc's do. */
export interface CodeMark {
  line: number;
  /** null when only the line is known. */
  column: number | null;
  /** What rustc prints first, e.g. "error[E0308]: mismatched types" or "panicked: attempt to add with overflow". */
  heading: string;
}

/** One row of annotated code: a line of the code, or a caret line with a finding under the line before it. */
export type AnnotatedRow =
  | { kind: 'code'; number: number; text: string }
  | { kind: 'mark'; number: number; indent: string; underline: string; heading: string };

/** The code's lines, split as an editor splits them (\n, \r\n or \r). */
export function codeLines(code: string): string[] {
  return code.split(/\r\n?|\n/);
}

/** Marks on lines the code has, and marks that point past its end (into the tests appended to it). */
export function splitMarks(code: string, marks: readonly CodeMark[]): { inside: CodeMark[]; outside: CodeMark[] } {
  const count = codeLines(code).length;
  const inside = marks.filter((m) => m.line >= 1 && m.line <= count);
  return { inside, outside: marks.filter((m) => !inside.includes(m)) };
}

/**
 * The whitespace that puts a caret under `column` of `lineText`. Tabs stay tabs, so the caret lines
 * up however wide a tab is drawn; a column past the end of the line is padded with spaces.
 */
export function caretIndent(lineText: string, column: number | null): string {
  const before = [...lineText].slice(0, Math.max(0, (column ?? 1) - 1));
  const padding = Math.max(0, (column ?? 1) - 1 - before.length);
  return before.map((ch) => (ch === '\t' ? '\t' : ' ')).join('') + ' '.repeat(padding);
}

/**
 * The underline rustc would draw at `column`: as long as the identifier or number starting there,
 * one caret otherwise. The judge reports a position, not a span, so nothing longer is claimed.
 * Without a column the whole line (its text, trimmed) is underlined.
 */
export function underline(lineText: string, column: number | null): string {
  if (column === null) {
    const trimmed = [...lineText.trim()].length;
    return '^'.repeat(Math.max(1, trimmed));
  }
  const rest = [...lineText].slice(column - 1).join('');
  const word = /^[\p{L}\p{N}_]+/u.exec(rest);
  return '^'.repeat(word ? [...word[0]].length : 1);
}

/** The code with each mark's caret line under the line it belongs to (marks past the end are left out). */
export function annotate(code: string, marks: readonly CodeMark[]): AnnotatedRow[] {
  const rows: AnnotatedRow[] = [];
  codeLines(code).forEach((text, i) => {
    const number = i + 1;
    rows.push({ kind: 'code', number, text });
    for (const mark of marks.filter((m) => m.line === number)) {
      const indent = mark.column === null ? caretIndent(text, firstNonBlank(text)) : caretIndent(text, mark.column);
      rows.push({ kind: 'mark', number, indent, underline: underline(text, mark.column), heading: mark.heading });
    }
  });
  return rows;
}

/**
 * A finding as rustc prints it, for a line that is not in the shown code:
 *
 *     error[E0425]: cannot find function `is_prime` in this scope
 *      --> line 14:16
 *       |
 *     14 |     assert_eq!(is_prime(2), true);
 *       |                ^^^^^^^^
 *
 * Without the line's text, only the heading and the position.
 */
export function rustcBlock(mark: CodeMark, lineText: string | null): string {
  const where = mark.column === null ? `line ${mark.line}` : `line ${mark.line}:${mark.column}`;
  const pad = ' '.repeat(String(mark.line).length);
  const head = `${mark.heading}\n${pad}--> ${where}`;
  if (lineText === null) return head;
  const indent = mark.column === null ? caretIndent(lineText, firstNonBlank(lineText)) : caretIndent(lineText, mark.column);
  return `${head}\n${pad} |\n${mark.line} | ${lineText}\n${pad} | ${indent}${underline(lineText, mark.column)}`;
}

function firstNonBlank(text: string): number {
  const match = /\S/u.exec(text);
  return match ? [...text.slice(0, match.index)].length + 1 : 1;
}
