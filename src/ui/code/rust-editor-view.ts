import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { rust } from '@codemirror/lang-rust';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';

/*
 * CodeMirror 6 set up for Rust. This module is only ever imported dynamically (by RustEditor.svelte),
 * so CodeMirror stays out of the page's first download. Tab is left to move the focus on (no
 * indentWithTab): Enter indents, and a keyboard user is never trapped in the editor.
 */

/** A live editor, as RustEditor.svelte drives it. */
export interface RustEditorView {
  text(): string;
  /** Replaces the whole text (an outside change, e.g. a template loaded); not an undo step of the user's. */
  setText(text: string): void;
  /** Replaces the attributes of the editable element (see {@link RustEditorOptions.attributes}). */
  setAttributes(attributes: Record<string, string>): void;
  destroy(): void;
}

export interface RustEditorOptions {
  doc: string;
  /** Put on the editable element: its accessible name and description (aria-labelledby, aria-describedby…). */
  attributes: Record<string, string>;
  onChange(text: string): void;
}

export function createRustEditor(parent: HTMLElement, options: RustEditorOptions): RustEditorView {
  let applyingOutside = false;
  const attributes = new Compartment();
  const contentAttributes = (extra: Record<string, string>) =>
    EditorView.contentAttributes.of({ spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off', ...extra });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        // rustfmt's four spaces (CodeMirror's default is two).
        indentUnit.of('    '),
        bracketMatching(),
        rust(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        attributes.of(contentAttributes(options.attributes)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applyingOutside) options.onChange(update.state.doc.toString());
        }),
        editorTheme,
      ],
    }),
  });
  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      applyingOutside = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      } finally {
        applyingOutside = false;
      }
    },
    setAttributes: (extra) => view.dispatch({ effects: attributes.reconfigure(contentAttributes(extra)) }),
    destroy: () => view.destroy(),
  };
}

const editorTheme = EditorView.theme({
  '&': {
    fontSize: '0.9rem',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    background: 'var(--surface)',
  },
  '&.cm-focused': { outline: '3px solid var(--accent)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.45', minHeight: 'var(--editor-min-height, 8rem)', maxHeight: '28rem' },
  '.cm-content': { padding: '0.4rem 0' },
  // The current line is marked only while the editor has the focus.
  '&:not(.cm-focused) .cm-activeLine, &:not(.cm-focused) .cm-activeLineGutter': { background: 'transparent' },
  '.cm-gutters': { background: 'var(--bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)', borderRadius: '6px 0 0 6px' },
});
