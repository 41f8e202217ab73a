import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import RustEditor, { type LoadRustEditor } from '../../src/ui/code/RustEditor.svelte';

/* The Rust editor in Chromium: CodeMirror loaded lazily, a plain text box while it loads or if it cannot, nothing typed lost. */

const mounted: Record<string, unknown>[] = [];
afterEach(() => {
  mounted.splice(0).forEach((component) => unmount(component));
  document.body.replaceChildren();
});

/** Mounts an editor bound to a rune, so changes flow both ways as with `bind:value`. */
function editor(load?: LoadRustEditor, initial = 'fn main() {}\n') {
  const state = $state({ value: initial });
  const target = document.createElement('div');
  document.body.append(target);
  const props = {
    get value() {
      return state.value;
    },
    set value(text: string) {
      state.value = text;
    },
    label: 'Reference solution',
    id: 'reference',
    describedBy: 'reference-hint',
    ...(load ? { load } : {}),
  };
  mounted.push(mount(RustEditor, { target, props }));
  flushSync();
  return { state, target };
}

/** A loader held back until released, then loading the real CodeMirror (or failing). */
function heldLoader() {
  let release!: (ok: boolean) => void;
  const gate = new Promise<boolean>((resolve) => (release = resolve));
  const load: LoadRustEditor = async () => {
    if (!(await gate)) throw new Error('network down');
    return (await import('../../src/ui/code/rust-editor-view')).createRustEditor;
  };
  return { load, release };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
};

describe('RustEditor', () => {
  it('becomes a CodeMirror editor with line numbers, labelled by its visible label, and edits flow both ways', async () => {
    const { state, target } = editor();
    await until(() => target.querySelector('.cm-content') !== null);
    const content = target.querySelector<HTMLElement>('.cm-content')!;
    expect(content.getAttribute('role')).toBe('textbox');
    expect(content.getAttribute('aria-labelledby')).toBe('reference-label');
    expect(content.getAttribute('aria-describedby')).toBe('reference-hint');
    expect(document.getElementById('reference-label')?.textContent).toBe('Reference solution');
    expect(target.querySelector('textarea')).toBeNull();
    expect(target.querySelectorAll('.cm-lineNumbers .cm-gutterElement').length).toBeGreaterThan(0);
    // Rust highlighting: `fn` is a keyword token.
    expect([...content.querySelectorAll('span')].some((s) => s.textContent === 'fn')).toBe(true);

    // Typing in CodeMirror reaches the bound value; undo (history) takes it back.
    content.focus();
    document.execCommand('insertText', false, 'let x = 1; ');
    await until(() => state.value.includes('let x = 1; '));
    const { undo } = await import('@codemirror/commands');
    const { EditorView } = await import('@codemirror/view');
    undo(EditorView.findFromDOM(content)!);
    await until(() => state.value === 'fn main() {}\n');

    // A change from outside (a template loaded) replaces the editor's text.
    state.value = 'fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n';
    flushSync();
    expect(EditorView.findFromDOM(content)!.state.doc.toString()).toBe(state.value);
  });

  it('is a plain text box while CodeMirror loads, and keeps what was typed there', async () => {
    const { load, release } = heldLoader();
    const { state, target } = editor(load);
    const plain = target.querySelector('textarea')!;
    expect(plain.getAttribute('aria-labelledby')).toBe('reference-label');
    plain.value = 'fn typed_while_loading() {}\n';
    plain.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(state.value).toBe('fn typed_while_loading() {}\n');

    release(true);
    await until(() => target.querySelector('.cm-content') !== null);
    expect(target.querySelector('textarea')).toBeNull();
    expect(target.querySelector('.cm-content')!.textContent).toContain('fn typed_while_loading() {}');
    expect(state.value).toBe('fn typed_while_loading() {}\n');
  });

  it('stays a working plain text box when CodeMirror cannot load, and says so', async () => {
    const { load, release } = heldLoader();
    const { state, target } = editor(load);
    release(false);
    await until(() => target.textContent?.includes('could not load') ?? false);
    const plain = target.querySelector('textarea')!;
    expect(plain.value).toBe('fn main() {}\n');
    plain.value = 'fn still_works() {}\n';
    plain.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(state.value).toBe('fn still_works() {}\n');
    expect(target.querySelector('.cm-content')).toBeNull();
  });
});
