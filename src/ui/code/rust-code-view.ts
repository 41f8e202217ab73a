/*
 * A read-only CodeMirror view of Rust code with the judge's findings under their lines. This module
 * pulls in CodeMirror: import it dynamically (RustCode.svelte does), never from the initial bundle.
 */
import { EditorState, RangeSet, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, WidgetType, gutter, lineNumbers, highlightSpecialChars } from '@codemirror/view';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { rust } from '@codemirror/lang-rust';
import { caretIndent, underline, type CodeMark } from './code-marks';

/** The finding under its line: caret line, then the message, as rustc lays them out. */
class MarkWidget extends WidgetType {
  constructor(
    readonly indent: string,
    readonly carets: string,
    readonly heading: string,
  ) {
    super();
  }

  override eq(other: MarkWidget): boolean {
    return other.indent === this.indent && other.carets === this.carets && other.heading === this.heading;
  }

  toDOM(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'cm-judge-mark';
    const caretLine = document.createElement('div');
    caretLine.className = 'cm-judge-caret';
    caretLine.setAttribute('aria-hidden', 'true');
    caretLine.textContent = `${this.indent}${this.carets}`;
    const heading = document.createElement('div');
    heading.className = 'cm-judge-heading';
    heading.textContent = this.heading;
    box.append(caretLine, heading);
    return box;
  }

  override ignoreEvent(): boolean {
    return false;
  }
}

class ErrorMarker extends GutterMarker {
  override eq(other: GutterMarker): boolean {
    return other instanceof ErrorMarker;
  }

  override toDOM(): Node {
    const mark = document.createElement('span');
    mark.className = 'cm-judge-gutter-mark';
    mark.textContent = '✗';
    return mark;
  }
}

const errorMarker = new ErrorMarker();

/** Decorations and gutter markers for `marks` in `state`'s document; marks past its end are skipped. */
function markDecorations(state: EditorState, marks: readonly CodeMark[]): { decorations: Extension; gutterMarks: RangeSet<GutterMarker> } {
  const ranges: Range<Decoration>[] = [];
  const gutterRanges: Range<GutterMarker>[] = [];
  const lines = [...new Set(marks.map((m) => m.line))].filter((n) => n >= 1 && n <= state.doc.lines).sort((a, b) => a - b);
  for (const number of lines) {
    const line = state.doc.line(number);
    ranges.push(Decoration.line({ class: 'cm-judge-line' }).range(line.from));
    gutterRanges.push(errorMarker.range(line.from));
    for (const mark of marks.filter((m) => m.line === number)) {
      const column = mark.column ?? 1 + [...line.text].findIndex((ch) => ch.trim() !== '');
      const widget = new MarkWidget(caretIndent(line.text, Math.max(1, column)), underline(line.text, mark.column), mark.heading);
      ranges.push(Decoration.widget({ widget, block: true, side: 1 }).range(line.to));
    }
  }
  return { decorations: EditorView.decorations.of(Decoration.set(ranges, true)), gutterMarks: RangeSet.of(gutterRanges, true) };
}

const theme = EditorView.theme({
  '&': { fontSize: '0.85rem', border: '1px solid var(--border)', borderRadius: '8px', backgroundColor: '#fbfcfd' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
  '.cm-content': { padding: '0.5rem 0' },
  '.cm-gutters': { backgroundColor: '#f1f3f6', color: 'var(--muted)', borderRight: '1px solid var(--border)', borderRadius: '8px 0 0 8px' },
  '.cm-judge-gutter': { minWidth: '1.1rem', textAlign: 'center' },
  '.cm-judge-gutter-mark': { color: 'var(--bad)', fontWeight: '700' },
  '.cm-judge-line': { backgroundColor: '#fdecec' },
  '.cm-judge-mark': { padding: '0 6px 0.25rem', color: 'var(--bad)', backgroundColor: '#fdecec', whiteSpace: 'pre', tabSize: '4' },
  '.cm-judge-caret': { fontWeight: '700', lineHeight: '1.3' },
  '.cm-judge-heading': { fontWeight: '600', whiteSpace: 'pre-wrap' },
  '&.cm-focused': { outline: '3px solid var(--accent)', outlineOffset: '2px' },
});

/**
 * Shows `code` in `parent`, highlighted as Rust, with line numbers and each mark under its line.
 * The view can be focused, scrolled and copied from, never edited. Destroy it when done.
 */
export function createRustCodeView(parent: HTMLElement, code: string, marks: readonly CodeMark[], label: string): EditorView {
  const base = EditorState.create({ doc: code });
  const { decorations, gutterMarks } = markDecorations(base, marks);
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        lineNumbers(),
        gutter({ class: 'cm-judge-gutter', markers: () => gutterMarks }),
        highlightSpecialChars(),
        rust(),
        syntaxHighlighting(defaultHighlightStyle),
        EditorState.readOnly.of(true),
        EditorState.tabSize.of(4),
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
        decorations,
        theme,
      ],
    }),
  });
}
