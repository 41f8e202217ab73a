/*
 * Takes the Rust code out of a model's reply. Small models wrap code in every kind of fence, or
 * none, or run out of tokens mid-block; the judge needs just the code, and "no code" must be an
 * answer of its own (the original Best-of-N submitted an empty string and nobody noticed).
 */

export type CodeSource = 'fenced-rust' | 'fenced-untagged' | 'fenced-other' | 'unfenced' | 'unclosed-fence';

export type ExtractedCode = { kind: 'code'; code: string; source: CodeSource } | { kind: 'none'; reason: string };

interface Fence {
  /** Lower-cased first word of the info string ("" when untagged). */
  tag: string;
  content: string;
}

const OPENING = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const CLOSING = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const RUST_TAG = /^(rust|rs)$/;
/** The spec's test for an untagged block: some Rust item keyword at all. */
const LOOKS_RUST = /\bfn\s+\w|^\s*(pub\s+)?(struct|impl|use|enum|trait)\b/m;
/** For a block tagged as another language: a Rust function signature, `use std::`, `println!(` or an impl block. */
const CLEARLY_RUST =
  /\bfn\s+[A-Za-z_]\w*\s*(<[^>\n]*>)?\s*\([^\n]*\)\s*(->[^{\n;]+)?(\{|where\b|\n\s*\{)|\buse\s+std::|\bprintln!\(|^\s*impl\b[^\n{]*\{/m;
const VIS = String.raw`(?:pub(?:\([\w: ]+\))?\s+)?`;
const TYPE = String.raw`[&\w:'\[\]]+(?:<[^{\n]*>)?`;
/** A line that starts a Rust item; strict enough that prose such as "use this function" does not. */
const ITEM_START = new RegExp(
  String.raw`^(?:#!?\[` +
    String.raw`|${VIS}(?:(?:const|async|unsafe|extern(?:\s+"\w+")?)\s+)*fn\s+[A-Za-z_]\w*\s*[<(]` +
    String.raw`|${VIS}use\s+(?:::)?\w+\s*(?:::|;|\s+as\s)` +
    String.raw`|${VIS}(?:struct|enum|trait|union)\s+[A-Za-z_]\w*\s*(?:<[^\n]*>)?\s*(?:[{(;:]|where\b|$)` +
    String.raw`|${VIS}mod\s+[a-z_]\w*\s*[{;]|${VIS}(?:const|static)\s+(?:mut\s+)?[A-Z_][A-Z0-9_]*\s*:` +
    String.raw`|(?:unsafe\s+)?impl(?:\s*<[^\n]*?>)?\s+${TYPE}(?:\s+for\s+${TYPE})?\s*(?:\{|where\b|$))`,
);

/**
 * A line comment, string, raw string or char literal at the scan position: braces inside do not
 * count. A literal cut off by max tokens runs to the end. A lone quote is a lifetime ('a).
 */
const SKIPPED = /\/\/.*|"(?:\\[\s\S]|[^"\\])*(?:"|$)|(?<!\w)b?r(#*)"[\s\S]*?(?:"\1|$)|'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'\n])'/y;

/** Extracts the code to judge from a model's whole reply. Pure; never throws. */
export function extractCode(reply: string): ExtractedCode {
  const text = reply.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { kind: 'none', reason: 'The reply is empty.' };
  const { fences, unclosed, outside } = splitFences(text);
  const withCode = fences.filter((f) => f.content !== '');
  const pick = (test: (f: Fence) => boolean) => withCode.filter(test).at(-1)?.content;

  const rust = pick((f) => RUST_TAG.test(f.tag));
  if (rust !== undefined) return { kind: 'code', code: rust, source: 'fenced-rust' };
  const untagged = pick((f) => f.tag === '' && isRustIn(f));
  if (untagged !== undefined) return { kind: 'code', code: untagged, source: 'fenced-untagged' };
  const other = pick((f) => f.tag !== '' && isRustIn(f));
  if (other !== undefined) return { kind: 'code', code: other, source: 'fenced-other' };
  if (unclosed && unclosed.content !== '' && (RUST_TAG.test(unclosed.tag) || isRustIn(unclosed))) {
    return { kind: 'code', code: unclosed.content, source: 'unclosed-fence' };
  }
  const unfenced = longestItemRun(outside);
  if (unfenced !== null) return { kind: 'code', code: unfenced, source: 'unfenced' };
  if (fences.length > 0 || unclosed) {
    const tags = [...new Set([...fences, ...(unclosed ? [unclosed] : [])].map((f) => f.tag || 'untagged'))];
    return { kind: 'none', reason: `The reply's code blocks (${tags.join(', ')}) hold no Rust code.` };
  }
  return { kind: 'none', reason: 'The reply has no code block and no Rust item.' };
}

/** Untagged blocks need only look like Rust; blocks tagged as another language must clearly be Rust. */
function isRustIn(f: Fence): boolean {
  return (f.tag === '' ? LOOKS_RUST : CLEARLY_RUST).test(f.content);
}

/** Markdown fences as CommonMark reads them, plus the text outside every fence (fenced lines blanked). */
function splitFences(text: string): { fences: Fence[]; unclosed: Fence | null; outside: string } {
  const fences: Fence[] = [];
  const outside: string[] = [];
  let open: { indent: number; marker: string; tag: string; lines: string[] } | null = null;
  const finish = (o: NonNullable<typeof open>): Fence => ({
    tag: o.tag,
    content: clean(o.lines.map((l) => l.replace(new RegExp(`^[ \\t]{0,${o.indent}}`), '')).join('\n')),
  });
  for (const line of text.split('\n')) {
    const inFence = open !== null;
    if (open === null) {
      const m = OPENING.exec(line);
      // A backtick fence's info string cannot hold backticks: "```x```" is inline code, not a fence.
      if (m && !(m[2]!.startsWith('`') && m[3]!.includes('`'))) {
        const tag = m[3]!.trim().replace(/^[{.]+/, '').split(/[\s,{}]/)[0]!.toLowerCase();
        open = { indent: m[1]!.length, marker: m[2]!, tag, lines: [] };
      }
    } else {
      const close = CLOSING.exec(line);
      if (close && close[1]![0] === open.marker[0] && close[1]!.length >= open.marker.length) {
        fences.push(finish(open));
        open = null;
      } else {
        open.lines.push(line);
      }
    }
    outside.push(inFence || open ? '' : line);
  }
  return { fences, unclosed: open && finish(open), outside: outside.join('\n') };
}

/** Drops a stray "rust" line left by a broken fence, leading blank lines and trailing whitespace. */
function clean(code: string): string {
  return code.replace(/^(\s*\n)*[ \t]*(rust|rs)[ \t]*(\n|$)/i, '').replace(/^(\s*\n)+/, '').trimEnd();
}

/**
 * The longest run of consecutive top-level items (blank and `//` lines between them allowed), each
 * from a line that starts an item to its balanced closing brace or `;`. An item still open at the
 * end of the reply (the model hit max tokens) runs to the end.
 */
function longestItemRun(text: string): string | null {
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.reduce((start, line) => (starts.push(start), start + line.length + 1), 0);
  const isStart = (i: number) => ITEM_START.test(lines[i]!.trimStart());
  const endOf = (i: number) => itemEnd(text, starts[i]! + lines[i]!.length - lines[i]!.trimStart().length);
  const lastLine = (end: number) => (end === -1 ? lines.length - 1 : starts.findLastIndex((start) => start <= end));
  let best: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    let end = isStart(i) ? endOf(i) : null;
    if (end === null) continue;
    let last = lastLine(end);
    while (end !== -1) {
      let next = last + 1;
      while (next < lines.length && /^\s*(\/\/.*)?$/.test(lines[next]!)) next++;
      if (next >= lines.length || !isStart(next) || (end = endOf(next)) === null) break;
      last = lastLine(end);
    }
    const run = clean(lines.slice(i, last + 1).join('\n'));
    if (best === null || run.length >= best.length) best = run;
    i = last;
  }
  return best;
}

/**
 * Where the item starting at `from` ends (offset of its last character), -1 when it is still open
 * at the end of the text, null when its head reads as prose. Braces inside string and char
 * literals and comments do not count.
 */
function itemEnd(text: string, from: number): number | null {
  let depth = 0;
  let headDone = false;
  for (let i = from; i < text.length; i++) {
    SKIPPED.lastIndex = i;
    const skipped = SKIPPED.exec(text);
    if (skipped) i += skipped[0].length - 1;
    else if (text.startsWith('/*', i)) i = blockCommentEnd(text, i);
    else if ('([{'.includes(text[i]!)) {
      if (text[i] === '{' && depth === 0 && !headDone) {
        if (isProse(text.slice(from, i))) return null;
        headDone = true;
      }
      depth++;
    } else if (')]}'.includes(text[i]!)) {
      depth--;
      if (depth < 0) return null;
      if (depth === 0 && text[i] === '}') return i;
    } else if (text[i] === ';' && depth === 0) {
      return isProse(text.slice(from, i)) ? null : i;
    }
  }
  return headDone ? -1 : null;
}

/** Prose in an item's head (before its `{` or `;`, attributes aside) means the "item" was a sentence. */
function isProse(head: string): boolean {
  return /[.?]\s|\w!\s|[.?]\s*$|[^:]:\s*$/m.test(head.replace(/^\s*#!?\[.*\]\s*$/gm, ''));
}

function blockCommentEnd(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    if (text.startsWith('/*', i)) (depth++, i++);
    else if (text.startsWith('*/', i) && --depth === 0) return i + 1;
  }
  return text.length;
}
